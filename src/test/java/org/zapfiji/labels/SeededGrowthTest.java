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

package org.zapfiji.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.testdata.MiniZapbench;

/**
 * Seeded growth from the true neuron centers of the mini-ZAPBench recovers its
 * segmentation, and does so identically whatever the chunking.
 */
class SeededGrowthTest {

	@TempDir
	static Path folder;

	private static Volume raw;

	private static double[] truth;

	private static LabeledMarks marks;

	@BeforeAll
	static void write() throws Exception {
		MiniZapbench.write(folder, MiniZapbench.DEFAULT_SEED);
		raw = new ZarrFormat().open(folder.resolve("volumes/20240930/raw"));
		final Volume segmentation = new ZarrFormat().open(folder.resolve(
			"volumes/20240930/segmentation"));
		truth = LabelArrays.all(segmentation);
		final List<double[]> centers = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		final List<Mark> accepted = new ArrayList<>();
		for (int i = 0; i < centers.size(); i++)
			accepted.add(Mark.builder(i + 1, centers.get(i)[0], centers.get(i)[1],
				centers.get(i)[2]).status(MarkStatus.ACCEPTED).build());
		marks = LabeledMarks.select(accepted, LabeledMarks.acceptedOnly(), LabelGrid
			.of(raw, new int[] { 64, 64, 8 }));
	}

	@Test
	void growthFromTheTrueCentersRecoversTheSegmentation() throws Exception {
		final double[] grown = LabelArrays.all(growth(marks));
		final int n = marks.count();
		final long[] both = new long[n + 1], mine = new long[n + 1], theirs =
			new long[n + 1];
		for (int v = 0; v < grown.length; v++) {
			final int a = (int) grown[v];
			final int b = (int) truth[v];
			mine[a]++;
			theirs[b]++;
			if (a == b) both[a]++;
		}
		double sum = 0;
		int poor = 0;
		for (int k = 1; k <= n; k++) {
			final double iou = both[k] / (double) (mine[k] + theirs[k] - both[k]);
			sum += iou;
			if (iou < 0.5) poor++;
		}
		final double mean = sum / n;
		System.out.printf(
			"seeded growth on the mini-ZAPBench: mean IoU %.3f over %d neurons, %d below 0.5%n",
			mean, n, poor);
		assertTrue(mean >= 0.8, "mean IoU " + mean);
	}

	@Test
	void chunksDoNotChangeTheResult() throws Exception {
		final LabeledMarks other = LabeledMarks.select(marksOf(marks), LabeledMarks
			.acceptedOnly(), LabelGrid.of(raw, new int[] { 256, 192, 8 }));
		final LabeledMarks small = LabeledMarks.select(marksOf(marks), LabeledMarks
			.acceptedOnly(), LabelGrid.of(raw, new int[] { 37, 29, 3 }));
		final double[] whole = LabelArrays.all(growth(other));
		assertArrayEquals(whole, LabelArrays.all(growth(marks)));
		assertArrayEquals(whole, LabelArrays.all(growth(small)));
	}

	private static SeededGrowth growth(final LabeledMarks m) {
		return new SeededGrowth(m.grid(), m, raw, 0, new ChunkCache(64 << 20), 0.6,
			5, Double.NaN);
	}

	private static List<Mark> marksOf(final LabeledMarks m) {
		final List<Mark> all = new ArrayList<>();
		for (int i = 1; i <= m.count(); i++)
			all.add(m.mark(i));
		return all;
	}
}
