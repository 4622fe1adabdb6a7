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

import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.function.Function;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

/**
 * One non-modal dialog of the viewer, made the first time it is asked for and
 * shown again (refreshed, in front) after that: pressing S twice gives one
 * brightness dialog, not two. Its owner is the panel's window, so it stays in
 * front of the viewer and closes with it.
 */
final class DialogSlot<T extends JDialog> {

	private final JComponent panel;

	private final Function<Window, T> create;

	private final java.util.function.Consumer<T> refresh;

	private T dialog;

	DialogSlot(final JComponent panel, final Function<Window, T> create,
		final java.util.function.Consumer<T> refresh)
	{
		this.panel = panel;
		this.create = create;
		this.refresh = refresh;
	}

	/** Shows the dialog, making it first if needed. On the event thread. */
	T open() {
		if (dialog == null || !dialog.isDisplayable()) {
			dialog = create.apply(SwingUtilities.getWindowAncestor(panel));
			dialog.setDefaultCloseOperation(JDialog.HIDE_ON_CLOSE);
			closeOnEscape(dialog);
			dialog.pack();
			dialog.setLocationRelativeTo(panel);
		}
		refresh.accept(dialog);
		dialog.setVisible(true);
		dialog.toFront();
		return dialog;
	}

	/**
	 * BigDataViewer's "close dialog window" keys: Escape, ctrl-W and meta-W.
	 */
	static void closeOnEscape(final JDialog dialog) {
		final JRootPane root = dialog.getRootPane();
		final String close = "close dialog window";
		for (final KeyStroke k : new KeyStroke[] { KeyStroke.getKeyStroke(
			KeyEvent.VK_ESCAPE, 0), KeyStroke.getKeyStroke(KeyEvent.VK_W,
				InputEvent.CTRL_DOWN_MASK), KeyStroke.getKeyStroke(KeyEvent.VK_W,
					InputEvent.META_DOWN_MASK) })
			root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(k, close);
		root.getActionMap().put(close, new AbstractAction() {

			private static final long serialVersionUID = 1L;

			@Override
			public void actionPerformed(final ActionEvent e) {
				dialog.setVisible(false);
			}
		});
	}
}
