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

import java.awt.BorderLayout;
import java.awt.Window;
import java.util.ArrayList;
import java.util.List;

import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateChange;

/**
 * BigDataViewer's "brightness settings" (S): per source a colour and a display
 * range. Edits go straight into the viewer state; changes made elsewhere (a
 * macro, another dialog) show here as they happen.
 */
final class BrightnessDialog extends JDialog {

	private static final long serialVersionUID = 1L;

	private final DisplayEdits edits;

	private final JPanel rowsPanel = new JPanel();

	private final List<SourceRangeRow> rows = new ArrayList<>();

	BrightnessDialog(final Window owner, final ViewerState state) {
		super(owner, "Brightness and colour");
		edits = new DisplayEdits(state);
		rowsPanel.setLayout(new BoxLayout(rowsPanel, BoxLayout.Y_AXIS));
		final JPanel top = new JPanel(new BorderLayout());
		top.add(rowsPanel, BorderLayout.NORTH);
		add(new JScrollPane(top));
		rebuild();
		state.addListener(change -> {
			if (change == ViewerStateChange.DISPLAY ||
				change == ViewerStateChange.SOURCES) SwingUtilities.invokeLater(
					this::refresh);
		});
	}

	/** Rows for the sources as they are now. */
	void refresh() {
		if (rows.size() != edits.snapshot().sources().size()) {
			rebuild();
			pack();
		}
		else for (final SourceRangeRow row : rows)
			row.refresh();
	}

	List<SourceRangeRow> rows() {
		return rows;
	}

	private void rebuild() {
		rowsPanel.removeAll();
		rows.clear();
		for (int i = 0; i < edits.snapshot().sources().size(); i++) {
			final SourceRangeRow row = new SourceRangeRow(edits, i);
			rows.add(row);
			rowsPanel.add(row);
			rowsPanel.add(Box.createVerticalStrut(4));
		}
		rowsPanel.revalidate();
	}
}
