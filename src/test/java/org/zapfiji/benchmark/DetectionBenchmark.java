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

package org.zapfiji.benchmark;

import java.util.List;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.Volume;
import org.zapfiji.data.filter.GaussianBlur;
import org.zapfiji.refine.Candidate;
import org.zapfiji.refine.CandidateDetector;
import org.zapfiji.task.Progress;

/**
 * Candidate detection on a whole ZAPBench-sized frame (2048 × 1328 × 72 uint16,
 * Zarr v3, chunks in a warm cache) on all cores, beside one Gaussian filter
 * pass over the same frame held as one float array, in the same run. Usage:
 * {@code DetectionBenchmark [scales...]}; needs about 3 GB of heap.
 */
public final class DetectionBenchmark {

	private DetectionBenchmark() {}

	public static void main(final String... args) throws Exception {
		final double[] scales = args.length > 0 ? parse(args) : new double[] { 1.2,
			1.6 };
		final Volume frame = VolumeIoBenchmark.zapbenchFrameVolume();
		final ChunkCache cache = new ChunkCache(1L << 30);
		for (final long[] g : ChunkWriter.gridPositions(frame.level(0).metadata()
			.gridShape()))
			cache.get(frame.level(0), g);
		final int threads = Runtime.getRuntime().availableProcessors();
		final int[] size = { 2048, 1328, 72 };
		final float[] all = new float[size[0] * size[1] * size[2]];
		long start = System.nanoTime();
		GaussianBlur.blur(all, size, new double[] { 1.2 / 0.406, 1.2 / 0.406, 1.2 /
			4 });
		final double gauss = (System.nanoTime() - start) / 1e9;
		System.out.printf(
			"one Gaussian filter pass (sigma 1.2 µm), 1 thread: %.1f s%n", gauss);
		start = System.nanoTime();
		final List<Candidate> found = new CandidateDetector(scales, 4).detect(frame,
			0, null, cache, Progress.silent(), threads);
		final double detect = (System.nanoTime() - start) / 1e9;
		System.out.printf(
			"candidate detection, %d scales, %d threads: %.1f s (%.1f filter passes' worth), %d candidates%n",
			scales.length, threads, detect, detect / gauss, found.size());
	}

	private static double[] parse(final String[] args) {
		final double[] v = new double[args.length];
		for (int i = 0; i < args.length; i++)
			v[i] = Double.parseDouble(args[i]);
		return v;
	}
}
