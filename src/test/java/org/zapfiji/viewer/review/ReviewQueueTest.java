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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * The review orders on hand-made marks whose right order is written out, ties
 * included, and the cursor over marks deleted since the queue was made.
 */
class ReviewQueueTest {

	private static Mark mark(final long id, final double x, final double y,
		final double z, final MarkStatus status)
	{
		return Mark.builder(id, x, y, z).status(status).annotator("ana").build();
	}

	private static Mark scored(final long id, final double z,
		final double score)
	{
		return Mark.builder(id, 0, 0, z).refinement("log", score).build();
	}

	private static Mark by(final String annotator, final long id, final double x,
		final Integer frame)
	{
		return Mark.builder(id, x, 0, 0).annotator(annotator).frame(frame).build();
	}

	private static List<Long> ids(final ReviewQueue q) {
		final List<Long> ids = new ArrayList<>();
		for (final ReviewQueue.Entry e : q.entries())
			ids.add(e.id());
		return ids;
	}

	/** The same marks in another order, so input order cannot decide ties. */
	private static List<Mark> shuffled(final List<Mark> marks) {
		final List<Mark> copy = new ArrayList<>(marks);
		Collections.reverse(copy);
		return copy;
	}

	@Test
	void unreviewedFirstPutsOpenMarksFirstThenOrdersByPlace() {
		final List<Mark> marks = List.of( //
			mark(1, 0, 0, 1, MarkStatus.ACCEPTED), //
			mark(2, 0, 0, 5, MarkStatus.CANDIDATE), //
			mark(3, 9, 4, 3, MarkStatus.UNREVIEWED), //
			mark(4, 0, 0, 0, MarkStatus.REJECTED), //
			mark(5, 0, 0, 2, MarkStatus.UNCERTAIN), //
			mark(6, 9, 1, 3, MarkStatus.UNREVIEWED), // same z as 3, smaller y
			mark(8, 2, 1, 3, MarkStatus.CANDIDATE), // same z, y as 6, smaller x
			mark(7, 2, 1, 3, MarkStatus.UNREVIEWED)); // same place as 8: id decides
		final List<Long> expected = List.of(7L, 8L, 6L, 3L, 2L, 4L, 1L, 5L);
		assertEquals(expected, ids(ReviewQueue.unreviewedFirst(marks)));
		assertEquals(expected, ids(ReviewQueue.unreviewedFirst(shuffled(marks))));
		assertEquals(ReviewOrder.UNREVIEWED_FIRST, ReviewQueue.unreviewedFirst(
			marks).order());
	}

	@Test
	void scoreOrderIsHighestFirstWithoutScoresLast() {
		final List<Mark> marks = List.of(scored(1, 0, 0.5), scored(2, 0,
			Double.NaN), scored(3, 4, 0.9), scored(4, 1, 0.9), scored(5, 0, -1),
			scored(6, 0, Double.NaN), scored(7, 0, Double.POSITIVE_INFINITY));
		final List<Long> expected = List.of(7L, 4L, 3L, 1L, 5L, 2L, 6L);
		assertEquals(expected, ids(ReviewQueue.byScore(marks)));
		assertEquals(expected, ids(ReviewQueue.byScore(shuffled(marks))));
		assertEquals("score 0.900", ReviewQueue.byScore(marks).entries().get(1)
			.note());
		assertEquals("no score", ReviewQueue.byScore(marks).entries().get(6)
			.note());
	}

	@Test
	void disagreementListsUnpairedMarksThenPairsFarthestFirst() {
		final List<Mark> marks = List.of( //
			by("ana", 1, 0, null), by("ben", 11, 0.5, null), // 0.5 µm apart
			by("ana", 2, 10, null), by("ben", 12, 12, null), // 2 µm
			by("ana", 3, 20, null), by("ben", 13, 22, null), // 2 µm, tie with 2/12
			by("ana", 4, 30, null), // alone
			by("ben", 14, 50, null), // alone
			by("carl", 21, 30.2, null), // not one of the two
			by("ana", 5, 100, 1), by("ben", 15, 100.5, 2)); // other frames: alone
		final ReviewQueue q = ReviewQueue.disagreement(marks, "ana", "ben", 3);
		final List<Long> expected = List.of( //
			4L, 14L, 5L, 15L, // alone, by place: frame null first, then x
			2L, 12L, 3L, 13L, // 2 µm, the pair whose ana mark comes first by place
			1L, 11L); // 0.5 µm
		assertEquals(expected, ids(q));
		assertEquals(expected, ids(ReviewQueue.disagreement(shuffled(marks), "ana",
			"ben", 3)));
		assertEquals("ana's: no mark of ben within 3 µm", q.entries().get(0)
			.note());
		assertEquals("ben's, paired with ana's 2 µm apart", q.entries().get(5)
			.note());
		assertEquals("disagreement of ana and ben within 3 µm", q.description());
		assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 11L, 12L, 13L, 14L, 15L), ids(
			ReviewQueue.disagreement(marks, "ana", "ben", 0.1)).stream().sorted()
			.collect(java.util.stream.Collectors.toList()),
			"within 0.1 µm nobody agrees: everyone's marks, alone");
		assertEquals(List.of(4L, 14L, 5L, 15L), ids(ReviewQueue.disagreement(marks,
			"ana", "ben", 3)).subList(0, 4));
	}

	@Test
	void disagreementNeedsTwoAnnotatorsAndADistance() {
		final List<Mark> marks = List.of(by("ana", 1, 0, null));
		assertThrows(IllegalArgumentException.class, () -> ReviewQueue.disagreement(
			marks, "ana", "ana", 3));
		assertThrows(IllegalArgumentException.class, () -> ReviewQueue.disagreement(
			marks, "ana", "ben", 0));
		assertEquals(List.of(1L), ids(ReviewQueue.disagreement(marks, "ana", "ben",
			3)), "an annotator alone disagrees everywhere");
	}

	@Test
	void theCursorStepsOverDeletedMarksAndStaysAtTheEnds() {
		final List<Mark> marks = new ArrayList<>();
		for (long id = 1; id <= 5; id++)
			marks.add(mark(id, 0, 0, id, MarkStatus.UNREVIEWED));
		final ReviewQueue q = ReviewQueue.unreviewedFirst(marks);
		final Set<Long> gone = Set.of(2L, 4L);
		assertEquals(-1, q.position());
		assertFalse(q.current().isPresent());
		assertFalse(q.previous(id -> true).isPresent(), "nothing before the start");
		assertEquals(1L, q.next(id -> !gone.contains(id)).get().id());
		assertEquals(3L, q.next(id -> !gone.contains(id)).get().id(),
			"2 was deleted");
		assertEquals(5L, q.next(id -> !gone.contains(id)).get().id());
		assertEquals(Optional.empty(), q.next(id -> !gone.contains(id)));
		assertEquals(5L, q.current().get().id(), "the end keeps the cursor");
		assertEquals(3L, q.previous(id -> !gone.contains(id)).get().id());
		assertTrue(q.moveTo(4));
		assertEquals(5L, q.next(id -> true).get().id());
		assertFalse(q.moveTo(99), "not in the queue");
		assertEquals(4, q.position(), "the cursor stays");
	}
}
