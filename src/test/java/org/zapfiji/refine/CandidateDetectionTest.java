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

package org.zapfiji.refine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.compare.MarkMatching;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;

/**
 * Issue 6's detection target on the mini-ZAPBench ground truth: F1 ≥ 0.9 when
 * candidates are matched to true centers within 3 µm; the same candidates
 * whatever the number of threads; a region limits them; cancelling stops.
 */
class CandidateDetectionTest {

	static final double[] SCALES = { 1.2, 1.6 };

	static final double THRESHOLD = 4;

	@TempDir
	static Path folder;

	private static Volume raw;

	private static List<Mark> truth;

	@BeforeAll
	static void write() throws IOException {
		MiniZapbench.write(folder, MiniZapbench.DEFAULT_SEED);
		raw = new ZarrFormat().open(folder.resolve("volumes/20240930/raw"));
		truth = marks(MiniZapbench.neurons(MiniZapbench.DEFAULT_SEED));
	}

	@Test
	void findsTheNeuronsOfTheMiniZapbench() throws IOException {
		final List<Candidate> found = new CandidateDetector(SCALES, THRESHOLD)
			.detect(raw, 0, null, new ChunkCache(64 << 20), Progress.silent(), 2);
		final MarkMatching m = MarkMatching.of(truth, candidates(found), 3.0);
		final double precision = m.matches().size() / (double) found.size();
		final double recall = m.matches().size() / (double) truth.size();
		final double f1 = 2 * precision * recall / (precision + recall);
		System.out.printf(
			"detection: %d candidates, %d true, %d matched within 3 µm: precision %.3f recall %.3f F1 %.3f%n",
			found.size(), truth.size(), m.matches().size(), precision, recall, f1);
		assertTrue(f1 >= 0.9, "F1 " + f1);
	}

	@Test
	void threadsAndRegionsDoNotChangeWhatIsFound() throws IOException {
		final CandidateDetector detector = new CandidateDetector(SCALES, THRESHOLD);
		final ChunkCache cache = new ChunkCache(64 << 20);
		final List<Candidate> one = detector.detect(raw, 3, null, cache, Progress
			.silent(), 1);
		final List<Candidate> two = detector.detect(raw, 3, null, cache, Progress
			.silent(), 2);
		assertTrue(one.toString().equals(two.toString()), "same candidates");
		final double[][] region = { { 20, 20, 0 }, { 60, 50, 40 } };
		final List<Candidate> inside = detector.detect(raw, 3, region, cache,
			Progress.silent(), 2);
		assertTrue(!inside.isEmpty() && inside.size() < one.size());
		for (final Candidate c : inside) {
			final double[] p = c.position();
			assertTrue(p[0] >= 19.5 && p[0] <= 60.5 && p[1] >= 19.5 && p[1] <= 50.5, c
				.toString());
		}
	}

	@Test
	void cancellingStops() {
		final Progress canceled = new Progress() {

			@Override
			public void update(final long done, final long total) {}

			@Override
			public void status(final String message) {}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CanceledException.class, () -> new CandidateDetector(SCALES,
			THRESHOLD).detect(raw, 0, null, new ChunkCache(64 << 20), canceled, 2));
	}

	private static List<Mark> marks(final List<double[]> centers) {
		final List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < centers.size(); i++) {
			final double[] c = centers.get(i);
			marks.add(Mark.builder(i + 1, c[0], c[1], c[2]).build());
		}
		return marks;
	}

	private static List<Mark> candidates(final List<Candidate> found) {
		final List<Mark> marks = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			final double[] p = found.get(i).position();
			marks.add(Mark.builder(i + 1, p[0], p[1], p[2]).build());
		}
		return marks;
	}
}
