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

import javax.swing.JComponent;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.InputBindings;

/**
 * The viewer's dialogs on BigDataViewer's keys: brightness and colour (S),
 * visibility (F6) and the help window (H, F1). Each is non-modal, owned by the
 * panel's window, made on first use and brought back to the front after.
 */
public final class ViewerActions {

	private ViewerActions() {}

	public static void install(final InputBindings bindings,
		final ViewerState state, final JComponent panel)
	{
		final DialogSlot<BrightnessDialog> brightness = new DialogSlot<>(panel,
			owner -> new BrightnessDialog(owner, state), BrightnessDialog::refresh);
		final DialogSlot<VisibilityDialog> visibility = new DialogSlot<>(panel,
			owner -> new VisibilityDialog(owner, state), VisibilityDialog::refresh);
		final DialogSlot<HelpWindow> help = new DialogSlot<>(panel,
			owner -> new HelpWindow(owner, bindings), HelpWindow::refresh);
		bindings.add("brightness settings",
			"colour and display range of each source", "S", (ClickBehaviour) (x,
				y) -> brightness.open());
		bindings.add("visibility and grouping",
			"which sources are shown, which is current", "F6", (ClickBehaviour) (x,
				y) -> visibility.open());
		bindings.add("help", "this list of keys and mouse actions", "H, F1",
			(ClickBehaviour) (x, y) -> help.open());
	}
}
