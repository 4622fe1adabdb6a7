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

package org.zapfiji.viewer.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.swing.JPanel;

import org.junit.jupiter.api.Test;
import org.zapfiji.activity.ActivityColors.Mode;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.viewer.ui.input.Binding;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.InputBindings;
import org.zapfiji.viewer.ui.input.Keymap;
import org.zapfiji.viewer.ui.input.Trigger;

/**
 * The four forecast actions are bound with the keymap's defaults, each to its
 * mode, without a window.
 */
class ForecastKeysTest {

	@Test
	void eachActionSwitchesToItsMode() throws Exception {
		final TraceTable table = new TraceTable() {

			@Override
			public int frames() {
				return 2;
			}

			@Override
			public int neurons() {
				return 1;
			}

			@Override
			public int frameBlock() {
				return 1;
			}

			@Override
			public String location() {
				return "memory";
			}

			@Override
			public float[] readFrames(final int from, final int count) {
				return new float[] { from };
			}
		};
		final ActivityModes modes = new ActivityModes(table, t -> new float[] { t *
			2f });
		final InputBindings bindings = new InputBindings(new JPanel(), Keymap
			.defaults());
		ForecastKeys.install(bindings, modes);
		final List<Mode> expected = List.of(Mode.RECORDED, Mode.PREDICTED,
			Mode.DIFFERENCE, Mode.ABS_ERROR);
		final List<String> actions = ForecastKeys.actions();
		assertEquals(4, actions.size());
		// in reverse, so each click changes the mode
		for (int i = actions.size() - 1; i >= 0; i--) {
			final Binding b = binding(bindings, actions.get(i));
			assertEquals(Trigger.parseList("alt " + (i + 1)), b.triggers());
			((ClickBehaviour) b.behaviour()).click(0, 0);
			assertEquals(expected.get(i), modes.mode(), actions.get(i));
		}
	}

	private static Binding binding(final InputBindings bindings,
		final String action)
	{
		for (final Binding b : bindings.bindings())
			if (b.action().equals(action)) return b;
		assertTrue(false, action + " is not bound");
		return null;
	}
}
