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
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;

/**
 * A whole brain's marks against a jittered copy: every kept mark must find its
 * original, and the run must stay far from quadratic (the benchmark,
 * {@code MarkComparisonBenchmark}, gives the figure; this only guards against a
 * slip to an all-pairs search).
 */
class MarkComparisonScaleTest {

	@Test
	void seventyThousandJitteredMarksMatchTheirOriginals() {
		final Random random = new Random(1);
		final List<Mark> reference = new ArrayList<>();
		for (int i = 0; i < 70_000; i++)
			reference.add(Mark.builder(i + 1, random.nextDouble() * 831, random
				.nextDouble() * 539, random.nextDouble() * 288).build());
		final List<Mark> test = new ArrayList<>();
		for (final Mark m : reference)
			if (m.id() % 20 != 0) test.add(Mark.builder(m.id() + 1_000_000, m.x() +
				0.6, m.y() + 0.8, m.z()).build());
		final MarkMatching matching = assertTimeoutPreemptively(Duration.ofSeconds(
			30), () -> MarkMatching.of(reference, test, 5.0));
		assertEquals(test.size(), matching.matches().size());
		assertEquals(3500, matching.missed().size());
		// Pairing each copy with its original costs exactly 1 µm per pair; the
		// optimum may swap near neighbours of dropped marks, never cost more.
		assertTrue(matching.totalDistance() <= test.size() + 1e-6);
		assertTrue(matching.matches().stream().filter(m -> m.test().id() != m
			.reference().id() + 1_000_000).count() < 100);
	}
}
