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

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.refine.CentroidRefiner;
import org.zapfiji.refine.GaussianFitRefiner;
import org.zapfiji.refine.LocalMaximumRefiner;
import org.zapfiji.refine.Refiner;
import org.zapfiji.refine.Snapper;
import org.zapfiji.refine.VoxelBox;
import org.zapfiji.testdata.MiniZapbench;

/**
 * Time of one snap, as an annotator's click costs it: reading the voxels around
 * the click through a warm chunk cache and refining, per method, on the
 * mini-ZAPBench raw recording (its neurons are ZAPBench-sized), beside the time
 * to read the same box alone. Usage: {@code SnapBenchmark [snaps]}.
 */
public final class SnapBenchmark {

	private SnapBenchmark() {}

	public static void main(final String... args) throws Exception {
		final int snaps = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		final Path root = Path.of("target", "benchmarks", "mini-zapbench-v" +
			MiniZapbench.VERSION);
		if (!root.resolve("zarr.json").toFile().exists()) MiniZapbench.write(root,
			MiniZapbench.DEFAULT_SEED);
		final Volume raw = new ZarrFormat().open(root.resolve(
			"volumes/20240930/raw"));
		final List<double[]> truth = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		final Snapper snapper = new Snapper(raw, new ChunkCache(256 << 20));
		final double[] radius = { 2.5, 2.5, 4.0 };
		System.out.printf("%d snaps on %d neurons, radius %s µm; median (p99)%n",
			snaps, truth.size(), Arrays.toString(radius));
		final ChunkCache cache = new ChunkCache(256 << 20);
		final double[] box = { 2 * 2.5, 2 * 2.5, 2 * 6.0 };
		final double[] read = time(snaps, truth, (click, t) -> VoxelBox.read(raw, t,
			click, box, cache));
		System.out.printf("  %-14s %6.2f ms  (%.2f)%n", "read box only", read[0],
			read[1]);
		for (final Refiner method : List.of(new CentroidRefiner(),
			new LocalMaximumRefiner(), new GaussianFitRefiner()))
		{
			final double smoothing = method instanceof LocalMaximumRefiner ? 1.0 : 0;
			final double[] ms = time(snaps, truth, (click, t) -> snapper.snap(click,
				radius, t, method, smoothing));
			System.out.printf("  %-14s %6.2f ms  (%.2f)%n", name(method), ms[0],
				ms[1]);
		}
	}

	interface Snap {

		void run(double[] click, int t) throws Exception;
	}

	static double[] time(final int snaps, final List<double[]> truth,
		final Snap snap) throws Exception
	{
		final Random random = new Random(1);
		final double[] ms = new double[snaps];
		for (int i = -snaps / 4; i < snaps; i++) {
			final double[] n = truth.get(random.nextInt(truth.size()));
			final double[] click = { n[0] + random.nextGaussian() * 0.3, n[1] + random
				.nextGaussian() * 0.3, n[2] + random.nextGaussian() };
			final int t = random.nextInt(64);
			final long start = System.nanoTime();
			snap.run(click, t);
			if (i >= 0) ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[snaps / 2], ms[(int) (snaps * 0.99)] };
	}

	private static String name(final Refiner method) {
		return method.getClass().getSimpleName().replace("Refiner", "");
	}
}
