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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.zapfiji.activity.TraceExtraction;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;

/**
 * Trace extraction from one ZAPBench-sized frame: a 2048 × 1328 × 72 float32
 * ΔF/F volume in ZAPBench's chunks ([512, 512, 72, 1], x, y, z, t) and a uint64
 * segmentation of 71,721 ellipsoidal somata (radius 6 voxels in x and y, one
 * plane above and below; about 11 % of the voxels) in the same chunks, both in
 * memory, so the figure is the extraction's own, not a decoder's.
 * <p>
 * Timed: the one-time pass over the labels (converted into the volume's chunk
 * order, cached, counted), the first frame and the next frames (labels from the
 * cache), on all cores and on one, beside a plain one-thread loop that adds
 * every voxel to its label's sum. The target is 0.5 s per frame. Run with the
 * launcher's collector ({@code -XX:+UseZGC}) or G1; usage:
 * {@code java -Xmx6g ... TraceExtractionBenchmark [repetitions [threads]]}.
 */
public final class TraceExtractionBenchmark {

	private static final int X = 2048, Y = 1328, Z = 72, SEGMENTS = 71_721;

	private TraceExtractionBenchmark() {}

	public static void main(final String... args) throws IOException {
		final int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		final int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime
			.getRuntime().availableProcessors();
		final long t0 = System.nanoTime();
		final MemoryArray labels = segmentation();
		final MemoryArray values = deltaFOverF();
		System.out.printf(Locale.ROOT,
			"frame %d x %d x %d, %d segments, %d threads, generated in %.1f s, " +
				"max heap %.1f GB, load average %s%n", X, Y, Z, SEGMENTS, threads,
			(System.nanoTime() - t0) / 1e9, Runtime.getRuntime().maxMemory() / 1e9,
			loadAverage());
		final Volume volume = Volume.single("dF/F", values, List.of("t", "z", "y",
			"x"), new double[] { 0.9141, 4, 0.406, 0.406 }, List.of("s", "µm", "µm",
				"µm"));
		final Volume segmentation = Volume.single("segmentation", labels, List.of(
			"z", "y", "x"), new double[] { 4, 0.406, 0.406 }, List.of("µm", "µm",
				"µm"));
		final float[][] result = new float[2][];
		final TraceExtraction extraction = new TraceExtraction(volume, segmentation,
			new ChunkCache(3L << 30));
		long start = System.nanoTime();
		extraction.scan(threads, Progress.silent());
		System.out.printf(Locale.ROOT,
			"labels into the frame's chunk order, cached, counted (once): %6.3f s%n",
			(System.nanoTime() - start) / 1e9);
		start = System.nanoTime();
		extraction.extract(0, 0, threads, (rows, count) -> result[0] = rows.clone(),
			Progress.silent());
		System.out.printf(Locale.ROOT, "first frame (%d threads): %6.3f s%n",
			threads, (System.nanoTime() - start) / 1e9);
		report("next frame", extraction, threads, repetitions, result, 0);
		report("next frame", extraction, 1, repetitions, result, 1);
		if (!Arrays.equals(result[0], result[1])) throw new IllegalStateException(
			"1 and " + threads + " threads disagree");
		final double[] sums = new double[SEGMENTS + 1];
		final double[] plain = new double[repetitions];
		for (int r = 0; r < repetitions; r++) {
			Arrays.fill(sums, 0);
			start = System.nanoTime();
			plainLoop(values, labels, sums);
			plain[r] = (System.nanoTime() - start) / 1e9;
		}
		System.out.printf(Locale.ROOT,
			"plain loop, every voxel into sums[label] (1 thread):   %6.3f s%n",
			median(plain));
		System.out.println("load average after: " + loadAverage());
	}

	private static void report(final String what,
		final TraceExtraction extraction, final int threads, final int repetitions,
		final float[][] result, final int slot) throws IOException
	{
		final double[] seconds = new double[repetitions];
		for (int r = 0; r < repetitions; r++) {
			final long start = System.nanoTime();
			extraction.extract(0, 0, threads, (rows, count) -> result[slot] = rows
				.clone(), Progress.silent());
			seconds[r] = (System.nanoTime() - start) / 1e9;
		}
		System.out.printf(Locale.ROOT,
			"%s, labels cached (%d threads), median of %d: %6.3f s (%.0f Mvoxels/s)%n",
			what, threads, repetitions, median(seconds), (double) X * Y * Z / median(
				seconds) / 1e6);
	}

	/** The reference: one pass, no chunk order tricks, one thread. */
	private static void plainLoop(final MemoryArray values,
		final MemoryArray labels, final double[] sums)
	{
		for (final long[] g : ChunkWriter.gridPositions(labels.metadata()
			.gridShape()))
		{
			final long[] l = (long[]) labels.readChunk(g).data();
			final float[] v = (float[]) values.readChunk(new long[] { 0, g[0], g[1],
				g[2] }).data();
			for (int i = 0; i < l.length; i++)
				sums[(int) l[i]] += v[i];
		}
	}

	/** Ellipsoids on a jittered grid, in chunks [72, 512, 512] (z, y, x). */
	private static MemoryArray segmentation() {
		final MemoryArray array = new MemoryArray(ArrayMetadata.of(new long[] { Z,
			Y, X }, new int[] { Z, 512, 512 }, DataType.UINT64, 0L, List.of("z", "y",
				"x")));
		for (final long[] g : ChunkWriter.gridPositions(array.metadata()
			.gridShape()))
		{
			final int[] cell = array.metadata().cellShape(g);
			array.writeChunk(g, new Chunk(cell, new long[cell[0] * cell[1] *
				cell[2]]));
		}
		final SplittableRandom random = new SplittableRandom(71721);
		int label = 0;
		for (int z = 2; z < Z - 1 && label < SEGMENTS; z += 7)
			for (int y = 8; y < Y - 8 && label < SEGMENTS; y += 17)
				for (int x = 8; x < X - 8 && label < SEGMENTS; x += 17)
					stamp(array, ++label, x + random.nextInt(-2, 3), y + random.nextInt(
						-2, 3), z + random.nextInt(-1, 2));
		if (label < SEGMENTS) throw new IllegalStateException("only " + label +
			" segments fit");
		return array;
	}

	private static void stamp(final MemoryArray array, final long label,
		final int cx, final int cy, final int cz)
	{
		for (int z = Math.max(0, cz - 1); z <= Math.min(Z - 1, cz + 1); z++)
			for (int y = cy - 6; y <= cy + 6; y++)
				for (int x = cx - 6; x <= cx + 6; x++) {
					final double dz = z - cz;
					if ((x - cx) * (x - cx) + (y - cy) * (y - cy) > 36 * (1 - dz * dz /
						4)) continue;
					final long[] data = (long[]) array.readChunk(new long[] { 0, y / 512,
						x / 512 }).data();
					final int h = Math.min(512, Y - y / 512 * 512);
					data[z + Z * ((y % 512) + h * (x % 512))] = label;
				}
	}

	/** Values in [-0.25, 1.5), in chunks [1, 72, 512, 512] (t, z, y, x). */
	private static MemoryArray deltaFOverF() {
		final MemoryArray array = new MemoryArray(ArrayMetadata.of(new long[] { 1,
			Z, Y, X }, new int[] { 1, Z, 512, 512 }, DataType.FLOAT32, 0.0, List.of(
				"t", "z", "y", "x")));
		for (final long[] g : ChunkWriter.gridPositions(array.metadata()
			.gridShape()))
		{
			final int[] cell = array.metadata().cellShape(g);
			final float[] v = new float[cell[1] * cell[2] * cell[3]];
			final SplittableRandom random = new SplittableRandom(Arrays.hashCode(g));
			for (int i = 0; i < v.length; i++)
				v[i] = (float) (random.nextDouble() * 1.75 - 0.25);
			array.writeChunk(g, new Chunk(cell, v));
		}
		return array;
	}

	private static double median(final double[] values) {
		final double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (final IOException e) {
			return "unknown";
		}
	}

	/** Chunks held in memory. */
	private static final class MemoryArray implements ChunkedArray {

		private final ArrayMetadata meta;

		private final Map<List<Long>, Chunk> chunks = new ConcurrentHashMap<>();

		MemoryArray(final ArrayMetadata meta) {
			this.meta = meta;
		}

		@Override
		public ArrayMetadata metadata() {
			return meta;
		}

		@Override
		public String location() {
			return "memory";
		}

		@Override
		public Chunk readChunk(final long[] g) {
			return chunks.get(key(g));
		}

		@Override
		public void writeChunk(final long[] g, final Chunk chunk) {
			chunks.put(key(g), chunk);
		}

		private static List<Long> key(final long[] g) {
			final Long[] boxed = new Long[g.length];
			for (int i = 0; i < g.length; i++)
				boxed[i] = g[i];
			return List.of(boxed);
		}
	}
}
