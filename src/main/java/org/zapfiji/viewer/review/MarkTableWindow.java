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

package org.zapfiji.viewer.review;

import java.awt.BorderLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableRowSorter;

import org.zapfiji.viewer.annotation.MarkEditor;

/**
 * A window with the project's marks in a sortable table (click a column
 * header); a click or Enter on a row goes to that mark in the viewer and
 * selects it. It follows the store: after edits the rows are refreshed at most
 * {@value #REFRESH_MS} ms apart and only the rows that changed are redrawn and
 * re-sorted (see {@link MarkTableModel}), and the viewer's selected mark is
 * selected in the table.
 */
public final class MarkTableWindow extends JFrame {

	private static final long serialVersionUID = 1L;

	/** Edits coming faster than this are shown together. */
	static final int REFRESH_MS = 100;

	private final transient ReviewTool review;

	private final transient MarkEditor editor;

	private final MarkTableModel model = new MarkTableModel();

	private final JTable table = sortedTable(model);

	private final JLabel count = new JLabel();

	private final transient AtomicBoolean pending = new AtomicBoolean();

	private final Timer refresher;

	private final transient Runnable changed;

	private long shownSelection;

	MarkTableWindow(final ReviewTool review, final String title) {
		super(title);
		this.review = review;
		this.editor = review.editor();
		table.addMouseListener(new MouseAdapter() {

			@Override
			public void mouseClicked(final MouseEvent e) {
				if (SwingUtilities.isLeftMouseButton(e)) goToRow(table.rowAtPoint(e
					.getPoint()));
			}
		});
		table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(
			KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "go to mark");
		table.getActionMap().put("go to mark", new AbstractAction() {

			private static final long serialVersionUID = 1L;

			@Override
			public void actionPerformed(final ActionEvent e) {
				goToRow(table.getSelectedRow());
			}
		});
		getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
		count.setBorder(javax.swing.BorderFactory.createEmptyBorder(3, 6, 3, 6));
		getContentPane().add(count, BorderLayout.SOUTH);
		table.getRowSorter().addRowSorterListener(e -> {
			if (e.getType() == javax.swing.event.RowSorterEvent.Type.SORTED)
				SwingUtilities.invokeLater(this::showSelectedRow);
		});
		refresher = new Timer(REFRESH_MS, e -> refresh());
		refresher.setRepeats(false);
		changed = () -> {
			if (pending.compareAndSet(false, true)) SwingUtilities.invokeLater(
				refresher::restart);
		};
		editor.addListener(changed);
		addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosed(final WindowEvent e) {
				editor.removeListener(changed);
				refresher.stop();
			}
		});
		setDefaultCloseOperation(DISPOSE_ON_CLOSE);
		refresh();
		setSize(820, 480);
	}

	/**
	 * A table of {@code model} sorted by clicking a header: comparators without a
	 * collator (a collator makes sorting 100,000 strings slow), and a row that
	 * changes moves to its sorted place.
	 */
	static JTable sortedTable(final MarkTableModel model) {
		final JTable table = new JTable(model);
		final TableRowSorter<MarkTableModel> sorter = new TableRowSorter<>(model);
		for (int c = 0; c < model.getColumnCount(); c++)
			sorter.setComparator(c, MarkTableModel.comparator(c));
		sorter.setSortsOnUpdates(true);
		table.setRowSorter(sorter);
		table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
		final int[] widths = { 150, 80, 70, 55, 55, 55, 50, 40, 160 };
		for (int c = 0; c < widths.length; c++)
			table.getColumnModel().getColumn(c).setPreferredWidth(widths[c]);
		table.setDefaultRenderer(Double.class, new Decimals());
		return table;
	}

	/**
	 * Numbers as a reader wants them: µm to 0.01, scores to three digits, no
	 * score blank.
	 */
	private static final class Decimals extends DefaultTableCellRenderer {

		private static final long serialVersionUID = 1L;

		Decimals() {
			setHorizontalAlignment(RIGHT);
		}

		@Override
		protected void setValue(final Object value) {
			final double v = value instanceof Double ? (Double) value : Double.NaN;
			setText(Double.isNaN(v) ? "" : String.format(Locale.ROOT, Math.abs(v) < 1
				? "%.3g" : "%.2f", v));
		}
	}

	/** The table, for tests that click its rows. */
	public JTable table() {
		return table;
	}

	MarkTableModel model() {
		return model;
	}

	/** Takes the store's marks now into the table; on the event thread. */
	void refresh() {
		pending.set(false);
		model.refresh(editor.store().marks());
		count.setText(model.getRowCount() + " marks; click a row, or Enter, " +
			"to go to the mark");
		final long selected = editor.selectedId();
		if (selected != shownSelection) {
			shownSelection = selected;
			select(selected);
		}
	}

	private void select(final long id) {
		final int row = model.rowOf(id);
		if (row < 0) {
			table.clearSelection();
			return;
		}
		final int view = table.convertRowIndexToView(row);
		if (view < 0) return;
		table.getSelectionModel().setSelectionInterval(view, view);
		showSelectedRow();
	}

	/** Scrolls to the selected row: after sorting it is somewhere else. */
	private void showSelectedRow() {
		final int view = table.getSelectedRow();
		if (view >= 0) table.scrollRectToVisible(table.getCellRect(view, 0, true));
	}

	private void goToRow(final int viewRow) {
		if (viewRow < 0) return;
		final long id = model.markAt(table.convertRowIndexToModel(viewRow)).id();
		shownSelection = id;
		review.goTo(id);
	}
}
