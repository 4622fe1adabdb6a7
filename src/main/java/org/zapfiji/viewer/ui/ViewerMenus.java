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

package org.zapfiji.viewer.ui;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;

import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.ui.record.RecordMovieDialog;
import org.zapfiji.viewer.ui.record.SnapshotSaver;

/**
 * The viewer window's menus. Items that have a key in the panel show it, but do
 * not bind it themselves: the panel's keymap does, so a remapped key is not
 * shadowed by a menu accelerator.
 */
final class ViewerMenus {

	private final ViewerFrame frame;

	ViewerMenus(final ViewerFrame frame) {
		this.frame = frame;
	}

	JMenuBar menuBar() {
		final JMenuBar bar = new JMenuBar();
		bar.add(fileMenu());
		bar.add(viewMenu());
		bar.add(helpMenu());
		return bar;
	}

	private JMenu fileMenu() {
		final JMenu menu = new JMenu("File");
		menu.add(item("Save snapshot…", e -> SnapshotSaver.ask(frame.panel())));
		menu.add(item("Record movie…   F10", e -> RecordMovieDialog.show(frame
			.panel())));
		menu.addSeparator();
		final JMenuItem close = item("Close", e -> frame.dispose());
		close.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_W, java.awt.Toolkit
			.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
		menu.add(close);
		return menu;
	}

	private JMenu viewMenu() {
		final JMenu menu = new JMenu("View");
		final JCheckBoxMenuItem split = new JCheckBoxMenuItem("Split view   " +
			SplitView.TRIGGER);
		split.addActionListener(e -> frame.splitView().setSplit(split
			.isSelected()));
		frame.splitView().addSplitListener(() -> split.setSelected(frame.splitView()
			.isSplit()));
		menu.add(split);
		final JCheckBoxMenuItem trilinear = new JCheckBoxMenuItem(
			"Trilinear interpolation   I");
		trilinear.addActionListener(e -> {
			final ViewerState state = frame.panel().state();
			state.setInterpolation(trilinear.isSelected() ? Interpolation.TRILINEAR
				: Interpolation.NEAREST);
		});
		menu.addMenuListener(new javax.swing.event.MenuListener() {

			@Override
			public void menuSelected(final javax.swing.event.MenuEvent e) {
				trilinear.setSelected(frame.panel().state().snapshot()
					.interpolation() == Interpolation.TRILINEAR);
			}

			@Override
			public void menuDeselected(final javax.swing.event.MenuEvent e) {}

			@Override
			public void menuCanceled(final javax.swing.event.MenuEvent e) {}
		});
		menu.add(trilinear);
		return menu;
	}

	private JMenu helpMenu() {
		final JMenu menu = new JMenu("Help");
		menu.add(item("Keys   F1", e -> frame.showKeys()));
		menu.add(item("Keymap file…", e -> KeymapFileDialog.show(frame)));
		return menu;
	}

	private static JMenuItem item(final String label,
		final java.util.function.Consumer<ActionEvent> action)
	{
		final JMenuItem item = new JMenuItem(label);
		item.addActionListener(action::accept);
		return item;
	}
}
