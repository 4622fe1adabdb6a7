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
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.zapfiji.activity.ForecastErrors;
import org.zapfiji.activity.ForecastScoring;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.Progress;

/**
 * ZAPBench's MAE per step (and per neuron) over forecasts shaped like
 * ZAPBench's: windows × 32 steps × 71,721 neurons float32, predictions and
 * targets as ZAPBench writes them (Zarr v2, chunks [32, 1, 16384], no
 * compressor), streamed chunk by chunk from a warm page cache; beside it, in
 * the same run, NumPy through Debian's python3-zarr on the same files, reading
 * 32 windows at a time and computing the same sums in float64.
 * <p>
 * Usage: {@code ForecastMetricsBenchmark [windows [threads [repetitions]]]}:
 * 200 windows by default (2 × 1.8 GB); 1557 is ZAPBench's whole test set (2 ×
 * 14.3 GB, so the page cache stays warm only with more than 29 GB of free
 * memory). The files are written once into
 * {@code target/benchmarks/forecasts-<windows>} and kept. GB/s counts the bytes
 * of both arrays (10^9 bytes per second); the best of the repetitions is
 * reported, after one warming pass over the files.
 */
public final class ForecastMetricsBenchmark {

	private static final int STEPS = 32;

	private static final int NEURONS = 71_721;

	private static final String NUMPY = String.join("\n", //
		"import sys, json, time, zarr", //
		"import numpy as np", //
		"root, reps = sys.argv[1], int(sys.argv[2])", //
		"p = zarr.open(root + '/predictions/test_condition_0', mode='r')", //
		"t = zarr.open(root + '/targets/test_condition_0', mode='r')", //
		"seconds = []", //
		"for _ in range(reps):", //
		"    start = time.perf_counter()", //
		"    steps = np.zeros(p.shape[1]); neurons = np.zeros(p.shape[2])", //
		"    for w in range(0, p.shape[0], 32):", //
		"        d = np.abs(np.nan_to_num(t[w:w + 32]) - np.nan_to_num(p[w:w + 32]))",
		"        steps += d.sum(axis=(0, 2), dtype=np.float64)", //
		"        neurons += d.sum(axis=(0, 1), dtype=np.float64)", //
		"    seconds.append(time.perf_counter() - start)", //
		"n = p.shape[0] * p.shape[2]", //
		"print(json.dumps({'seconds': seconds, 'step': (steps / n).tolist()}))",
		"");

	private ForecastMetricsBenchmark() {}

	public static void main(final String... args) throws Exception {
		final int windows = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		final int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime
			.getRuntime().availableProcessors();
		final int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
		final int neurons = Integer.getInteger("zapfiji.benchmark.neurons",
			NEURONS);
		final Path root = Paths.get(System.getProperty("zapfiji.benchmark.folder",
			"target/benchmarks")).resolve("forecasts-" + windows + "x" + neurons);
		final long bytes = 2L * windows * STEPS * neurons * 4;
		System.out.printf(Locale.ROOT,
			"forecasts %d windows x %d steps x %d neurons float32, predictions + " +
				"targets %.2f GB, %d threads, load average %s%n", windows, STEPS,
			neurons, bytes / 1e9, threads, loadAverage());
		writeOnce(root, windows, neurons, threads);
		warm(root);
		double best = Double.MAX_VALUE;
		ForecastErrors errors = null;
		for (int r = 0; r < repetitions; r++) {
			final long start = System.nanoTime();
			errors = ForecastScoring.compute(Forecasts.open(root, null), threads,
				Progress.silent()).get(0);
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
		}
		System.out.printf(Locale.ROOT,
			"ZAP Fiji (Java, %d threads): %7.2f s  %6.2f GB/s  MAE step 1 %.6f, " +
				"step 32 %.6f%n", threads, best, bytes / best / 1e9, errors
					.maePerStep()[0], errors.maePerStep()[STEPS - 1]);
		if (DebianPython.run("import numpy, zarr").status != 0) {
			System.out.println("NumPy: not measured (needs Debian's python3-numpy " +
				"and python3-zarr)");
			return;
		}
		final JsonObject numpy = JsonParser.parseString(DebianPython.run(NUMPY, root
			.toString(), "" + repetitions).expectSuccess()).getAsJsonObject();
		double numpyBest = Double.MAX_VALUE;
		for (final com.google.gson.JsonElement s : numpy.getAsJsonArray("seconds"))
			numpyBest = Math.min(numpyBest, s.getAsDouble());
		final JsonArray step = numpy.getAsJsonArray("step");
		double worst = 0;
		for (int s = 0; s < STEPS; s++)
			worst = Math.max(worst, Math.abs(step.get(s).getAsDouble() - errors
				.maePerStep()[s]) / step.get(s).getAsDouble());
		System.out.printf(Locale.ROOT,
			"NumPy %s + zarr %s (32 windows at a time): %7.2f s  %6.2f GB/s; " +
				"largest relative difference per step %.1e%n", version("numpy"),
			version("zarr"), numpyBest, bytes / numpyBest / 1e9, worst);
		System.out.println("load average after: " + loadAverage());
	}

	/**
	 * Writes targets (ΔF/F-like values) and predictions (targets plus an error
	 * growing with the step) unless a previous run left them complete.
	 */
	private static void writeOnce(final Path root, final int windows,
		final int neurons, final int threads) throws Exception
	{
		final Path done = root.resolve("complete");
		if (Files.exists(done)) return;
		final long start = System.nanoTime();
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { neurons, STEPS,
			windows }, new int[] { Math.min(neurons, 16384), 1, Math.min(windows,
				32) }, DataType.FLOAT32, 0.0, List.of());
		final ZarrArray targets = ZarrArray.create(root.resolve(
			"targets/test_condition_0"), meta, ZarrLayout.v2().withCompressor(null));
		final ZarrArray predictions = ZarrArray.create(root.resolve(
			"predictions/test_condition_0"), meta, ZarrLayout.v2().withCompressor(
				null));
		final ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			final List<Future<?>> all = new ArrayList<>();
			for (final long[] g : ChunkWriter.gridPositions(meta.gridShape()))
				all.add(pool.submit(() -> {
					final int[] cell = meta.cellShape(g);
					final float[] t = new float[cell[0] * cell[1] * cell[2]];
					final float[] p = new float[t.length];
					final SplittableRandom random = new SplittableRandom(Arrays.hashCode(
						g));
					final double sigma = 0.01 + 0.004 * g[1];
					for (int i = 0; i < t.length; i++) {
						t[i] = (float) (random.nextDouble() * 0.5 - 0.1);
						p[i] = (float) (t[i] + (random.nextDouble() - 0.5) * 4 * sigma);
					}
					targets.writeChunk(g, new Chunk(cell, t));
					predictions.writeChunk(g, new Chunk(cell, p));
					return null;
				}));
			for (final Future<?> f : all)
				f.get();
		}
		finally {
			pool.shutdownNow();
		}
		Files.writeString(done, "");
		System.out.printf(Locale.ROOT, "written in %.1f s to %s%n", (System
			.nanoTime() - start) / 1e9, root.toAbsolutePath());
	}

	/** Reads every file once, so the timed passes find them in the cache. */
	private static void warm(final Path root) throws IOException {
		final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 22);
		final List<Path> files;
		try (Stream<Path> all = Files.walk(root)) {
			files = all.filter(Files::isRegularFile).collect(Collectors.toList());
		}
		for (final Path f : files)
			try (FileChannel c = FileChannel.open(f, StandardOpenOption.READ)) {
				while (c.read(buffer.clear()) > 0) {
					// just reading
				}
			}
	}

	private static String version(final String module) {
		return DebianPython.run("import " + module + "; print(" + module +
			".__version__)").out.trim();
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (final IOException e) {
			return "unknown";
		}
	}
}
