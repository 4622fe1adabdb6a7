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
import static org.zapfiji.annotation.compare.MarkMatchingTest.at;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

class MarkComparisonTest {

	private static Region box(final long id, final double x0, final double x1) {
		return new Region(id, new double[] { x0, -10, -10 }, new double[] { x1, 10,
			10 }, "box", "ana", RegionStatus.COMPLETE, Instant.EPOCH, null);
	}

	/**
	 * Reference at x = 0, 10, 20, 30; test at 0.5, 10.5, 40 and 29.2 (just
	 * outside region [0, 29]). Overall: 3 TP (0, 10, 30), 1 FP (40), 1 FN (20).
	 * Region [0, 29]: reference 0, 10, 20; test 0.5, 10.5: TP 2, FN 1, FP 0.
	 * Region [25, 45]: reference 30; test 29.2, 40: TP 1 (0.8 µm), FP 1.
	 */
	@Test
	void overallAndPerRegionCounts() {
		final List<Mark> reference = List.of(at(1, 0, 0, 0), at(2, 10, 0, 0), at(3,
			20, 0, 0), at(4, 30, 0, 0));
		final List<Mark> test = List.of(at(11, 0.5, 0, 0), at(12, 10.5, 0, 0), at(
			13, 40, 0, 0), at(14, 29.2, 0, 0));
		final Region left = box(100, 0, 29);
		final Region right = box(101, 25, 45);
		final MarkComparison c = MarkComparison.of(reference, test, 2.0, List.of(
			left, right));
		assertEquals(new AgreementMetrics(3, 1, 1, 0.6, 0.5), rounded(c.overall()));
		assertEquals(0.75, c.overall().precision());
		assertEquals(0.75, c.overall().recall());
		final AgreementMetrics l = c.perRegion().get(left);
		assertEquals(2, l.truePositives());
		assertEquals(0, l.falsePositives());
		assertEquals(1, l.falseNegatives());
		assertEquals(0.8, 2.0 * l.truePositives() / (2 * l.truePositives() + 1),
			1e-12);
		assertEquals(0.8, l.f1(), 1e-12);
		final AgreementMetrics r = c.perRegion().get(right);
		assertEquals(1, r.truePositives());
		assertEquals(1, r.falsePositives());
		assertEquals(0, r.falseNegatives());
		assertEquals(0.8, r.meanDistance(), 1e-12);
	}

	private static AgreementMetrics rounded(final AgreementMetrics m) {
		return new AgreementMetrics(m.truePositives(), m.falsePositives(), m
			.falseNegatives(), Math.round(m.meanDistance() * 1e9) / 1e9, Math.round(m
				.medianDistance() * 1e9) / 1e9);
	}
}
