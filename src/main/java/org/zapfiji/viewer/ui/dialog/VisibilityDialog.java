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

import java.awt.GridLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.SwingUtilities;

import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;

/**
 * BigDataViewer's "visibility and grouping" (F6), without grouping: per source
 * whether it is shown, and which one is current (the one navigation steps and
 * tools use).
 */
final class VisibilityDialog extends JDialog {

	private static final long serialVersionUID = 1L;

	private final DisplayEdits edits;

	private final JPanel grid = new JPanel();

	private final List<JRadioButton> current = new ArrayList<>();

	private final List<JCheckBox> visible = new ArrayList<>();

	private boolean updating;

	VisibilityDialog(final Window owner, final ViewerState state) {
		super(owner, "Visibility");
		edits = new DisplayEdits(state);
		grid.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
		add(grid);
		rebuild();
		state.addListener(change -> SwingUtilities.invokeLater(this::refresh));
	}

	void refresh() {
		final ViewerSnapshot s = edits.snapshot();
		if (s.sources().size() != visible.size()) {
			rebuild();
			pack();
			return;
		}
		updating = true;
		try {
			for (int i = 0; i < visible.size(); i++) {
				visible.get(i).setSelected(s.display(i).visible());
				current.get(i).setSelected(i == s.currentSource());
			}
		}
		finally {
			updating = false;
		}
	}

	List<JCheckBox> visibleBoxes() {
		return visible;
	}

	List<JRadioButton> currentButtons() {
		return current;
	}

	private void rebuild() {
		grid.removeAll();
		current.clear();
		visible.clear();
		final ViewerSnapshot s = edits.snapshot();
		grid.setLayout(new GridLayout(0, 3, 12, 2));
		grid.add(new JLabel("source"));
		grid.add(new JLabel("current"));
		grid.add(new JLabel("visible"));
		final ButtonGroup group = new ButtonGroup();
		for (int i = 0; i < s.sources().size(); i++) {
			final int source = i;
			final JRadioButton radio = new JRadioButton();
			final JCheckBox box = new JCheckBox();
			group.add(radio);
			radio.addActionListener(e -> {
				if (!updating) edits.setCurrent(source);
			});
			box.addActionListener(e -> {
				if (!updating) edits.setVisible(source, box.isSelected());
			});
			grid.add(new JLabel((i + 1) + ": " + s.sources().get(i).name()));
			grid.add(radio);
			grid.add(box);
			current.add(radio);
			visible.add(box);
		}
		refresh();
		grid.revalidate();
	}
}
