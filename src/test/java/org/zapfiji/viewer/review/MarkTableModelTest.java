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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JTable;
import javax.swing.RowSorter;
import javax.swing.SortOrder;
import javax.swing.event.TableModelEvent;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * The table of marks follows the store row by row: a verdict updates one row
 * (and a sorted table moves only that row), a delete or an add one row, and
 * only a large change replaces all; with 100,000 marks a refresh after one edit
 * stays well within a frame's time budget several times over.
 */
class MarkTableModelTest {

	private static Mark mark(final long id, final double score) {
		return Mark.builder(id, id % 97, id % 89, id % 13).refinement("log", score)
			.annotator("ana").build();
	}

	private static List<Mark> marks(final int n) {
		final List<Mark> marks = new ArrayList<>();
		for (long id = 1; id <= n; id++)
			marks.add(mark(id, (id * 7919 % 1000) / 1000.0));
		return marks;
	}

	/** The events a refresh fires, as "type first last". */
	private static List<String> events(final MarkTableModel model,
		final List<Mark> now)
	{
		final List<String> events = new ArrayList<>();
		model.addTableModelListener(e -> events.add((e
			.getType() == TableModelEvent.INSERT ? "insert" : e
				.getType() == TableModelEvent.DELETE ? "delete" : "update") + " " + e
					.getFirstRow() + " " + (e.getLastRow() == Integer.MAX_VALUE ? "all"
						: e.getLastRow())));
		model.refresh(now);
		return events;
	}

	@Test
	void aRefreshTellsOnlyTheRowsThatChanged() {
		final MarkTableModel model = new MarkTableModel();
		final List<Mark> marks = marks(5);
		model.refresh(marks);
		assertEquals(5, model.getRowCount());
		assertEquals(3L, model.getValueAt(2, 0));
		assertEquals("unreviewed", model.getValueAt(2, 1));
		assertEquals("ana", model.getValueAt(2, 2));
		assertEquals(3.0, model.getValueAt(2, 3));
		assertEquals(0, model.getValueAt(2, 7));
		assertEquals("", model.getValueAt(2, 8));

		final List<Mark> now = new ArrayList<>(marks);
		now.set(2, marks.get(2).toBuilder().status(MarkStatus.ACCEPTED).comment(
			"ok").build());
		assertEquals(List.of("update 2 2"), events(model, now));
		assertEquals("accepted", model.getValueAt(2, 1));
		assertEquals("ok", model.getValueAt(2, 8));
		assertEquals(0, model.refresh(now), "nothing new");

		now.remove(1);
		now.add(mark(99, 0.5));
		final MarkTableModel fresh = copy(model);
		assertEquals(List.of("delete 1 1", "insert 4 4"), events(fresh, now));
		assertEquals(1, fresh.rowOf(3), "rows after the deleted one move up");
		assertEquals(4, fresh.rowOf(99));
		assertEquals(-1, fresh.rowOf(2));

		final List<Mark> many = marks(MarkTableModel.MOST_SINGLE_CHANGES + 10);
		assertEquals(List.of("update 0 all"), events(copy(fresh), many),
			"a large change replaces the rows");
	}

	@Test
	void aSortedTableOfAHundredThousandMarksMovesOneRowAfterAVerdict() {
		final MarkTableModel model = new MarkTableModel();
		final List<Mark> marks = marks(100_000);
		model.refresh(marks);
		final JTable table = MarkTableWindow.sortedTable(model);
		table.getRowSorter().setSortKeys(List.of(new RowSorter.SortKey(1,
			SortOrder.ASCENDING), new RowSorter.SortKey(0, SortOrder.ASCENDING)));
		assertEquals(1L, model.getValueAt(table.convertRowIndexToModel(0), 0),
			"all unreviewed: by id");

		final List<Mark> now = new ArrayList<>(marks);
		now.set(49_999, marks.get(49_999).toBuilder().status(MarkStatus.UNCERTAIN)
			.build());
		final long start = System.nanoTime();
		final int changed = model.refresh(now);
		final double ms = (System.nanoTime() - start) / 1e6;
		assertEquals(1, changed);
		assertEquals(50_000L, model.getValueAt(table.convertRowIndexToModel(0), 0),
			"'uncertain' sorts before 'unreviewed'");
		assertEquals(1L, model.getValueAt(table.convertRowIndexToModel(1), 0));
		assertEquals(100_000, table.getRowCount());
		System.out.printf("refresh of 100,000 marks after one verdict: %.1f ms%n",
			ms);
		assertTrue(ms < 2000, "refresh took " + ms + " ms");

		table.getRowSorter().setSortKeys(List.of(new RowSorter.SortKey(6,
			SortOrder.DESCENDING)));
		final double top = (Double) model.getValueAt(table.convertRowIndexToModel(
			0), 6);
		assertEquals(0.999, top, 1e-12, "by score, highest first");
	}

	private static MarkTableModel copy(final MarkTableModel model) {
		final MarkTableModel copy = new MarkTableModel();
		final List<Mark> rows = new ArrayList<>();
		for (int r = 0; r < model.getRowCount(); r++)
			rows.add(model.markAt(r));
		copy.refresh(rows);
		return copy;
	}
}
