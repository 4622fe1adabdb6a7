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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import org.zapfiji.activity.TraceOutput;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;

/**
 * Reading one neuron's trace for the trace plot (300 frames: 256 of context, 32
 * predicted, a margin) from ZAPBench-wide traces (71,721 neurons, float32) as
 * Zarr v3 in ZAPBench's 512 × 512 chunks and as C-order {@code .npy}, written
 * once to {@code target/benchmarks/traces-<frames>x71721}, from a warm page
 * cache: {@link TraceTable#readNeuron} beside cutting the same column out of
 * whole frames ({@link TraceTable#readFrames}), which is what every read cost
 * before. Medians over random columns and starts; usage:
 * {@code NeuronTraceBenchmark [frames [repetitions]]}, 1024 frames by default
 * (294 MB per file; ZAPBench's 7879 frames take 2.3 GB each).
 */
public final class NeuronTraceBenchmark {

	private static final int NEURONS = 71_721;

	private static final int SPAN = 300;

	private NeuronTraceBenchmark() {}

	public static void main(final String... args) throws IOException {
		final int frames = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
		final int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 15;
		final Path folder = Paths.get("target", "benchmarks", "traces-" + frames +
			"x" + NEURONS);
		Files.createDirectories(folder);
		System.out.printf(Locale.ROOT,
			"one neuron, %d frames, of %d frames × %d neurons float32%n", SPAN,
			frames, NEURONS);
		System.out.printf(Locale.ROOT, "%-6s %14s %14s %9s%n", "format",
			"readNeuron ms", "readFrames ms", "speed-up");
		for (final String name : new String[] { "traces.zarr", "traces.npy" }) {
			final Path file = folder.resolve(name);
			if (!Files.exists(file)) write(file, frames);
			final TraceTable table = TraceTables.open(file);
			final SplittableRandom random = new SplittableRandom(7);
			// warm the page cache and the JIT
			for (int i = 0; i < 3; i++)
				column(table, random.nextInt(NEURONS), 0);
			final double[] fast = new double[repetitions];
			final double[] slow = new double[repetitions];
			for (int r = 0; r < repetitions; r++) {
				final int n = random.nextInt(NEURONS);
				final int from = random.nextInt(frames - SPAN + 1);
				long t0 = System.nanoTime();
				final float[] a = table.readNeuron(n, from, SPAN);
				fast[r] = (System.nanoTime() - t0) / 1e6;
				t0 = System.nanoTime();
				final float[] b = column(table, n, from);
				slow[r] = (System.nanoTime() - t0) / 1e6;
				if (!Arrays.equals(a, b)) throw new AssertionError(name + " column " +
					n + " differs");
			}
			System.out.printf(Locale.ROOT, "%-6s %14.2f %14.2f %8.0f×%n", name
				.substring(7), median(fast), median(slow), median(slow) / median(fast));
		}
	}

	private static float[] column(final TraceTable table, final int n,
		final int from) throws IOException
	{
		final float[] frames = table.readFrames(from, SPAN);
		final float[] out = new float[SPAN];
		for (int t = 0; t < SPAN; t++)
			out[t] = frames[t * NEURONS + n];
		return out;
	}

	private static void write(final Path file, final int frames)
		throws IOException
	{
		final SplittableRandom random = new SplittableRandom(3);
		try (TraceOutput out = TraceOutput.create(file, frames, NEURONS, false)) {
			for (int from = 0; from < frames; from += 512) {
				final int count = Math.min(512, frames - from);
				final float[] block = new float[count * NEURONS];
				for (int i = 0; i < block.length; i++)
					block[i] = (float) random.nextDouble(-1, 3);
				out.write(block, count);
			}
			out.commit();
		}
	}

	private static double median(final double[] v) {
		final double[] s = v.clone();
		Arrays.sort(s);
		return s[s.length / 2];
	}
}
