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

package org.zapfiji.annotation.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.zapfiji.annotation.compare.MarkMatchingTest.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

class MarkMergeTest {

	@Test
	void everyKindOfCaseIsSortedAndNothingIsDropped() {
		final Mark shared = at(1, 0, 0, 0);
		final Mark mine = at(2, 10, 0, 0).toBuilder().status(MarkStatus.ACCEPTED)
			.build();
		final Mark theirs = mine.toBuilder().status(MarkStatus.REJECTED).build();
		final Mark anaOnly = at(3, 20, 0, 0);
		final Mark boNear = at(4, 20.5, 0, 0);
		final Mark anaFar = at(5, 50, 0, 0);
		final Mark boFar = at(6, 80, 0, 0);
		final List<Mark> ana = List.of(shared, mine, anaOnly, anaFar);
		final List<Mark> bo = List.of(shared, theirs, boNear, boFar);
		final MergeResult r = MarkMerge.merge(ana, bo, 1.0);
		assertEquals(Set.of(1L, 5L, 6L), ids(r.merged()));
		assertEquals(1, r.identical());
		assertEquals(2, r.single());
		assertEquals(1, r.conflicts().size());
		assertEquals(mine, r.conflicts().get(0).first());
		assertEquals(theirs, r.conflicts().get(0).second());
		assertEquals(1, r.probableDuplicates().size());
		assertEquals(3, r.probableDuplicates().get(0).first().id());
		assertEquals(4, r.probableDuplicates().get(0).second().id());
		assertEquals(0.5, r.probableDuplicates().get(0).distance(), 1e-12);
		assertFalse(r.isComplete());
		assertEquals("merged 3 marks (1 identical in both, 2 from one set only); " +
			"1 id conflicts and 1 probable duplicates need a decision", r.summary());
		assertEveryInputAccountedFor(ana, bo, r);
	}

	private static void assertEveryInputAccountedFor(final List<Mark> a,
		final List<Mark> b, final MergeResult r)
	{
		final List<Mark> out = new ArrayList<>(r.merged());
		for (int i = 0; i < r.identical(); i++)
			out.add(r.merged().get(i));
		r.conflicts().forEach(c -> {
			out.add(c.first());
			out.add(c.second());
		});
		r.probableDuplicates().forEach(d -> {
			out.add(d.first());
			out.add(d.second());
		});
		final List<Mark> in = new ArrayList<>(a);
		in.addAll(b);
		assertEquals(in.size(), out.size());
		assertTrue(out.containsAll(in) && in.containsAll(out));
	}

	@Test
	void identicalSetsMergeCompletely() {
		final List<Mark> a = List.of(at(1, 0, 0, 0), at(2, 5, 0, 0));
		final MergeResult r = MarkMerge.merge(a, a, 2.0);
		assertEquals(a, r.merged());
		assertTrue(r.isComplete());
	}

	@Test
	void emptySetsMerge() {
		assertTrue(MarkMerge.merge(List.of(), List.of(), 1).merged().isEmpty());
	}

	@Test
	void duplicateIdWithinOneSetIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> MarkMerge.merge(List.of(
			at(1, 0, 0, 0), at(1, 5, 0, 0)), List.of(), 1));
	}

	private static Set<Long> ids(final List<Mark> marks) {
		return marks.stream().map(Mark::id).collect(Collectors.toSet());
	}
}
