/*-
 * #%L
 * ZAP Fiji: annotate, label and inspect whole-brain zebrafish recordings.
 * %%
 * Copyright (C) 2026 ZAP Fiji developers.
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */

package org.zapfiji.viewer.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import javax.swing.JPanel;

import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.ui.input.Binding;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.FixedSource;
import org.zapfiji.viewer.ui.input.InputBindings;
import org.zapfiji.viewer.ui.input.Keymap;
import org.zapfiji.viewer.ui.input.NavigationBehaviours;

class HelpTableModelTest {

	@Test
	void everyBindingIsARowAsItIsNow() {
		final JPanel panel = new JPanel();
		final SynchronizedViewerState state = ViewerStates.of(List.of(
			new FixedSource("a", 3)), 100, 100);
		final Keymap keymap = Keymap.defaults();
		keymap.set("help", List.of());
		final InputBindings bindings = new InputBindings(panel, keymap);
		NavigationBehaviours.install(bindings, state, panel);
		ViewerActions.install(bindings, state, panel);
		final HelpTableModel model = new HelpTableModel();
		model.refresh(bindings.bindings());
		assertEquals(bindings.bindings().size(), model.getRowCount());
		assertEquals(61, model.getRowCount(), "every default action");
		assertEquals("Keys", model.getColumnName(1));
		final List<Binding> all = bindings.bindings();
		for (int row = 0; row < all.size(); row++) {
			assertEquals(all.get(row).action(), model.getValueAt(row, 0));
			assertEquals(all.get(row).keys(), model.getValueAt(row, 1));
			assertEquals(all.get(row).description(), model.getValueAt(row, 2));
		}
		assertEquals("not mapped", model.getValueAt(model.getRowCount() - 1, 1),
			"help is last and the keymap unmapped it");
		assertEquals("button2, button3", model.getValueAt(0, 1));

		bindings.add("add mark", "mark a neuron at the mouse", "A",
			(ClickBehaviour) (x, y) -> {});
		model.refresh(bindings.bindings());
		assertEquals(62, model.getRowCount());
		assertEquals("A", model.getValueAt(61, 1));
	}
}
