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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.swing.table.AbstractTableModel;

import org.zapfiji.annotation.Mark;

/**
 * The marks of a project as table rows: id, status, annotator, x, y, z (µm),
 * score, round, comment. The rows are a snapshot list of the store's immutable
 * marks, so drawing and sorting never ask the store; the window {@link #refresh
 * refreshes} the snapshot after edits.
 * <p>
 * A refresh tells the table only what changed (rows updated, deleted,
 * inserted), so a sorted table of 100,000 marks moves one row after a verdict
 * instead of sorting everything again; only a large change (an import, undoing
 * a batch) replaces all rows. On the event thread, as Swing models are.
 */
final class MarkTableModel extends AbstractTableModel {

	private static final long serialVersionUID = 1L;

	static final String[] COLUMNS = { "id", "status", "annotator", "x (µm)",
		"y (µm)", "z (µm)", "score", "round", "comment" };

	private static final Class<?>[] TYPES = { Long.class, String.class,
		String.class, Double.class, Double.class, Double.class, Double.class,
		Integer.class, String.class };

	/** A refresh changing more rows than this replaces them all. */
	static final int MOST_SINGLE_CHANGES = 1000;

	private transient List<Mark> rows = new ArrayList<>();

	private transient Map<Long, Integer> rowOf = new HashMap<>();

	@Override
	public int getRowCount() {
		return rows.size();
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
	public Class<?> getColumnClass(final int column) {
		return TYPES[column];
	}

	@Override
	public Object getValueAt(final int row, final int column) {
		final Mark m = rows.get(row);
		switch (column) {
			case 0:
				return m.id();
			case 1:
				return m.status().id();
			case 2:
				return m.annotator();
			case 3:
				return m.x();
			case 4:
				return m.y();
			case 5:
				return m.z();
			case 6:
				return m.score();
			case 7:
				return m.round();
			case 8:
				return m.comment();
			default:
				throw new IndexOutOfBoundsException("no column " + column);
		}
	}

	/**
	 * A comparator per column for the row sorter: natural, without a collator.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Comparator<?> comparator(final int column) {
		return (Comparator) Comparator.naturalOrder();
	}

	/** The mark shown in model row {@code row}. */
	Mark markAt(final int row) {
		return rows.get(row);
	}

	/** The model row of mark {@code id}, -1 if it has none. */
	int rowOf(final long id) {
		final Integer r = rowOf.get(id);
		return r == null ? -1 : r;
	}

	/**
	 * Brings the rows to {@code marks} (the store's marks now, in any order),
	 * telling listeners row by row what changed.
	 *
	 * @return how many rows changed
	 */
	int refresh(final List<Mark> marks) {
		final List<Mark> added = new ArrayList<>();
		final List<Integer> updated = new ArrayList<>();
		final List<Mark> updates = new ArrayList<>();
		final boolean[] kept = new boolean[rows.size()];
		int keptCount = 0;
		for (final Mark m : marks) {
			final Integer r = rowOf.get(m.id());
			if (r == null) {
				added.add(m);
				continue;
			}
			kept[r] = true;
			keptCount++;
			final Mark old = rows.get(r);
			if (old != m && !old.equals(m)) {
				updated.add(r);
				updates.add(m);
			}
		}
		final int deleted = rows.size() - keptCount;
		final int changes = added.size() + updated.size() + deleted;
		if (changes == 0) return 0;
		if (changes > MOST_SINGLE_CHANGES) {
			replaceAll(marks);
			return changes;
		}
		for (int i = 0; i < updated.size(); i++) {
			final int r = updated.get(i);
			rows.set(r, updates.get(i));
			fireTableRowsUpdated(r, r);
		}
		if (deleted > 0) {
			for (int r = kept.length - 1; r >= 0; r--)
				if (!kept[r]) {
					rows.remove(r);
					fireTableRowsDeleted(r, r);
				}
			index();
		}
		if (!added.isEmpty()) {
			final int start = rows.size();
			for (final Mark m : added) {
				rowOf.put(m.id(), rows.size());
				rows.add(m);
			}
			fireTableRowsInserted(start, rows.size() - 1);
		}
		return changes;
	}

	private void replaceAll(final List<Mark> marks) {
		rows = new ArrayList<>(marks);
		index();
		fireTableDataChanged();
	}

	private void index() {
		final Map<Long, Integer> index = new HashMap<>(rows.size() * 2);
		for (int r = 0; r < rows.size(); r++)
			index.put(rows.get(r).id(), r);
		rowOf = index;
	}
}
