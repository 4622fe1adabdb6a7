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

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

import org.zapfiji.activity.NeuronRanking;

/**
 * Neurons by forecast error, worst first, so that one click goes to where a
 * model fails: a table of rank, label and MAE, a "Go to worst" button, and
 * listeners told the label of the row a user clicks or presses Enter on (the
 * inspector centres the view on it and plots its trace). The order is the
 * ranking's and cannot be resorted, so row {@code r} is always rank
 * {@code r + 1}.
 */
public final class NeuronRankingTable extends JPanel {

	private static final long serialVersionUID = 1L;

	/** Action name of Enter in the table's input map (remappable). */
	public static final String GO_TO_NEURON = "go to neuron";

	private final RankingModel model = new RankingModel();

	private final JTable table = new JTable(model);

	private final JLabel caption = new JLabel("No forecast scored yet");

	private final JButton worst = new JButton("Go to worst");

	private final List<IntConsumer> listeners = new CopyOnWriteArrayList<>();

	public NeuronRankingTable() {
		super(new BorderLayout());
		table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
		table.setAutoCreateRowSorter(false);
		table.setFillsViewportHeight(true);
		table.getTableHeader().setReorderingAllowed(false);
		final DefaultTableCellRenderer right = new DefaultTableCellRenderer();
		right.setHorizontalAlignment(JLabel.RIGHT);
		for (int c = 0; c < 3; c++)
			table.getColumnModel().getColumn(c).setCellRenderer(right);
		table.addMouseListener(new MouseAdapter() {

			@Override
			public void mouseClicked(final MouseEvent e) {
				final int row = table.rowAtPoint(e.getPoint());
				if (row >= 0) goToRow(row);
			}
		});
		table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(
			KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), GO_TO_NEURON);
		table.getActionMap().put(GO_TO_NEURON, new AbstractAction(GO_TO_NEURON) {

			private static final long serialVersionUID = 1L;

			@Override
			public void actionPerformed(final ActionEvent e) {
				final int row = table.getSelectedRow();
				if (row >= 0) goToRow(row);
			}
		});
		worst.addActionListener(e -> goToWorst());
		worst.setEnabled(false);
		final JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
		top.add(worst);
		top.add(caption);
		add(top, BorderLayout.NORTH);
		final JScrollPane scroll = new JScrollPane(table);
		scroll.setColumnHeaderView(table.getTableHeader()); // before it is shown
																												// too
		scroll.setPreferredSize(new Dimension(280, 320));
		add(scroll, BorderLayout.CENTER);
	}

	/**
	 * Shows {@code ranking} (null clears), under a caption such as the model and
	 * condition it ranks. Call on the EDT.
	 */
	public void setRanking(final NeuronRanking ranking, final String what) {
		model.setRanking(ranking);
		caption.setText(ranking == null ? "No forecast scored yet" : String.format(
			Locale.ROOT, "%,d neurons%s", ranking.size(), what == null || what
				.isEmpty() ? "" : " · " + what));
		worst.setEnabled(ranking != null && ranking.size() > 0);
	}

	public NeuronRanking ranking() {
		return model.ranking;
	}

	/** Told the label of the neuron a user goes to. */
	public void addLabelListener(final IntConsumer listener) {
		listeners.add(listener);
	}

	public void removeLabelListener(final IntConsumer listener) {
		listeners.remove(listener);
	}

	/** Selects row {@code row} (rank {@code row + 1}) and tells the listeners. */
	public void goToRow(final int row) {
		final NeuronRanking r = model.ranking;
		if (r == null || row < 0 || row >= r.size()) return;
		table.getSelectionModel().setSelectionInterval(row, row);
		table.scrollRectToVisible(table.getCellRect(row, 0, true));
		final int label = r.entries().get(row).label();
		for (final IntConsumer l : listeners)
			l.accept(label);
	}

	/**
	 * Selects and shows the row of {@code label} without telling the listeners:
	 * when a neuron is chosen elsewhere (a click in the viewer), the table shows
	 * its rank. Returns the row, or -1 if the label is not ranked.
	 */
	public int showLabel(final int label) {
		final NeuronRanking r = model.ranking;
		final NeuronRanking.Entry e = r == null ? null : r.ofLabel(label);
		if (e == null) {
			table.clearSelection();
			return -1;
		}
		final int row = e.rank() - 1;
		table.getSelectionModel().setSelectionInterval(row, row);
		table.scrollRectToVisible(table.getCellRect(row, 0, true));
		return row;
	}

	/** The first row: the neuron the model predicts worst. */
	public void goToWorst() {
		goToRow(0);
	}

	/** The table itself, for tests and key bindings. */
	public JTable table() {
		return table;
	}

	/** The "Go to worst" button. */
	public JButton worstButton() {
		return worst;
	}

	/** Rank, label, MAE of a ranking, read-only. */
	private static final class RankingModel extends AbstractTableModel {

		private static final long serialVersionUID = 1L;

		private static final String[] COLUMNS = { "Rank", "Label", "MAE" };

		NeuronRanking ranking;

		void setRanking(final NeuronRanking ranking) {
			this.ranking = ranking;
			fireTableDataChanged();
		}

		@Override
		public int getRowCount() {
			return ranking == null ? 0 : ranking.size();
		}

		@Override
		public int getColumnCount() {
			return COLUMNS.length;
		}

		@Override
		public String getColumnName(final int column) {
			return COLUMNS[column];
		}

		@Override
		public Object getValueAt(final int row, final int column) {
			final NeuronRanking.Entry e = ranking.entries().get(row);
			if (column == 0) return e.rank();
			if (column == 1) return e.label();
			return String.format(Locale.ROOT, "%.5g", e.mae());
		}

		@Override
		public boolean isCellEditable(final int row, final int column) {
			return false;
		}
	}
}
