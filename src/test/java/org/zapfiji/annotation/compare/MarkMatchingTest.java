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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;

class MarkMatchingTest {

	static Mark at(final long id, final double x, final double y,
		final double z)
	{
		return Mark.builder(id, x, y, z).build();
	}

	/**
	 * b–p (0.9) is the closest pair, so greedy takes it and strands a; the
	 * optimum pairs a–p (1.1) and b–q (1.5).
	 */
	@Test
	void oneToManyCandidatesWhereGreedyLosesAPair() {
		final List<Mark> reference = List.of(at(1, 0, 0, 0), at(2, 2, 0, 0));
		final List<Mark> test = List.of(at(11, 1.1, 0, 0), at(12, 3.5, 0, 0));
		final MarkMatching m = MarkMatching.of(reference, test, 1.6);
		assertEquals(2, m.matches().size());
		assertEquals(11, m.matches().get(0).test().id());
		assertEquals(12, m.matches().get(1).test().id());
		assertEquals(2.6, m.totalDistance(), 1e-12);
		final AgreementMetrics metrics = AgreementMetrics.of(m);
		assertEquals(1.0, metrics.f1());
		assertEquals(1.3, metrics.meanDistance(), 1e-12);
		assertEquals(1.3, metrics.medianDistance(), 1e-12);
	}

	/**
	 * Two pairs either way, but greedy's first pick a–p (1.0, the shortest edge)
	 * forces b–q at 1.9 (total 2.9); the optimum a–q + b–p costs 1.2 + 1.1 = 2.3.
	 */
	@Test
	void sameCardinalityButGreedyCostsMore() {
		// q is 1.2 from a = (0, 0) and 1.9 from b = (2.1, 0).
		final double qx = (1.44 - 3.61 + 2.1 * 2.1) / (2 * 2.1);
		final double qy = Math.sqrt(1.44 - qx * qx);
		final List<Mark> reference = List.of(at(1, 0, 0, 0), at(2, 2.1, 0, 0));
		final List<Mark> test = List.of(at(11, 1.0, 0, 0), at(12, qx, qy, 0));
		final MarkMatching m = MarkMatching.of(reference, test, 2.0);
		assertEquals(2, m.matches().size());
		assertEquals(12, m.matches().get(0).test().id());
		assertEquals(11, m.matches().get(1).test().id());
		assertEquals(2.3, m.totalDistance(), 1e-9);
	}

	@Test
	void equalDistancesGiveOnePairAndAMiss() {
		final MarkMatching m = MarkMatching.of(List.of(at(1, 0, 0, 0), at(2, 2, 0,
			0)), List.of(at(11, 1, 0, 0)), 1.0);
		assertEquals(1, m.matches().size());
		assertEquals(1.0, m.matches().get(0).distance());
		assertEquals(1, m.missed().size());
		assertEquals(0, m.falsePositives().size());
	}

	@Test
	void squareOfEqualDistancesPairsAll() {
		final MarkMatching m = MarkMatching.of(List.of(at(1, 0, 0, 0), at(2, 1, 1,
			0)), List.of(at(11, 1, 0, 0), at(12, 0, 1, 0)), 1.0);
		assertEquals(2, m.matches().size());
		assertEquals(2.0, m.totalDistance(), 1e-12);
	}

	@Test
	void distanceIsInclusiveAndAnisotropyIsInMicrometers() {
		final MarkMatching m = MarkMatching.of(List.of(at(1, 0, 0, 0)), List.of(at(
			11, 0, 0, 4.0)), 4.0);
		assertEquals(1, m.matches().size());
		assertEquals(0, MarkMatching.of(List.of(at(1, 0, 0, 0)), List.of(at(11, 0,
			0, 4.001)), 4.0).matches().size());
	}

	@Test
	void emptySets() {
		final AgreementMetrics noReference = AgreementMetrics.of(MarkMatching.of(
			List.of(), List.of(at(11, 0, 0, 0)), 1));
		assertEquals(1, noReference.falsePositives());
		assertEquals(0.0, noReference.precision());
		assertTrue(Double.isNaN(noReference.recall()));
		assertEquals(0.0, noReference.f1());
		assertTrue(Double.isNaN(noReference.meanDistance()));
		final AgreementMetrics none = AgreementMetrics.of(MarkMatching.of(List.of(),
			List.of(), 1));
		assertTrue(Double.isNaN(none.f1()));
		final AgreementMetrics noTest = AgreementMetrics.of(MarkMatching.of(List.of(
			at(1, 0, 0, 0)), List.of(), 1));
		assertEquals(1, noTest.falseNegatives());
		assertEquals(0.0, noTest.recall());
	}

	@Test
	void nonPositiveDistanceIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> MarkMatching.of(List
			.of(), List.of(), 0));
	}

	/** Random small dense cases against every possible matching. */
	@Test
	void agreesWithExhaustiveSearch() {
		final Random random = new Random(42);
		for (int trial = 0; trial < 300; trial++) {
			final List<Mark> a = randomMarks(random, 1 + random.nextInt(5), 0);
			final List<Mark> b = randomMarks(random, 1 + random.nextInt(5), 100);
			final double max = 1 + random.nextDouble() * 3;
			final MarkMatching m = MarkMatching.of(a, b, max);
			final double[] best = exhaustive(a, b, max, 0, new boolean[b.size()]);
			assertEquals(best[0], m.matches().size(), "trial " + trial);
			assertEquals(best[1], m.totalDistance(), 1e-9, "trial " + trial);
		}
	}

	private static List<Mark> randomMarks(final Random random, final int n,
		final long firstId)
	{
		final List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < n; i++)
			marks.add(at(firstId + i + 1, random.nextDouble() * 4, random
				.nextDouble() * 4, random.nextDouble()));
		return marks;
	}

	/** {most pairs, least total distance} over all matchings of a[i..]. */
	private static double[] exhaustive(final List<Mark> a, final List<Mark> b,
		final double max, final int i, final boolean[] used)
	{
		if (i == a.size()) return new double[] { 0, 0 };
		double[] best = exhaustive(a, b, max, i + 1, used);
		for (int j = 0; j < b.size(); j++) {
			final double d = MarkMatching.distance(a.get(i), b.get(j));
			if (used[j] || d > max) continue;
			used[j] = true;
			final double[] rest = exhaustive(a, b, max, i + 1, used);
			used[j] = false;
			final double[] with = { rest[0] + 1, rest[1] + d };
			if (with[0] > best[0] || with[0] == best[0] && with[1] < best[1] - 1e-12)
				best = with;
		}
		return best;
	}
}
