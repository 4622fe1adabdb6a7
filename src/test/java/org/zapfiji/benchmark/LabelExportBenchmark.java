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
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.CompressionChoice;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.labels.BuiltInKinds;
import org.zapfiji.labels.LabelParameters;
import org.zapfiji.labels.LabelSplit;
import org.zapfiji.labels.LabeledMarks;
import org.zapfiji.labels.TrainingLabelExport;
import org.zapfiji.task.Progress;

/**
 * Training labels at ZAPBench's scale: 70,000 accepted marks (a jittered grid,
 * one every ~12 µm like the 71,721 segmented neurons) over a 2048 × 1328 × 72
 * frame of microscopy tiles, turned into instance labels by seeded growth and
 * by ellipsoids, written as Zarr v3 with Blosc zstd on all cores; beside it in
 * the same run, writing as many bytes as the uint32 label volume holds straight
 * to a file and forcing them to disk. Peak heap is read from the JVM's memory
 * pools after each export; run with {@code -Xmx2g} to hold it to the target.
 * <p>
 * Usage: {@code java -Xmx2g -cp <test classpath>
 * org.zapfiji.benchmark.LabelExportBenchmark [folder]} (default
 * {@code target/benchmarks/labels}).
 */
public final class LabelExportBenchmark {

	private static final int MARKS = 70_000;

	private LabelExportBenchmark() {}

	public static void main(final String... args) throws Exception {
		final Path folder = Paths.get(args.length > 0 ? args[0]
			: "target/benchmarks/labels");
		Files.createDirectories(folder);
		final Volume frame = VolumeIoBenchmark.zapbenchFrameVolume();
		final List<Mark> marks = jitteredGrid(new long[] { 2048, 1328, 72 },
			new double[] { 0.406, 0.406, 4 });
		final int threads = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT,
			"%d marks over %s, %d threads, max heap %.0f MB, load average %s%n", marks
				.size(), frame.metadata(), threads, Runtime.getRuntime().maxMemory() /
					1e6, loadAverage());
		final long labelBytes = 2048L * 1328 * 72 * 4;
		final double raw = rawWrite(folder.resolve("raw.bin"), labelBytes);
		System.out.printf(Locale.ROOT,
			"write %.0f MB raw and force to disk:             %6.1f s%n", labelBytes /
				1e6, raw);
		for (final String kind : new String[] { BuiltInKinds.INSTANCES,
			BuiltInKinds.SPHERES })
		{
			final Path output = folder.resolve(kind);
			delete(output);
			resetPeaks();
			final long start = System.nanoTime();
			new TrainingLabelExport(List.of(kind), LabeledMarks.acceptedOnly(),
				VolumeConversion.to(OutputFormat.ZARR3).withCompression(
					new CompressionChoice("blosc_zstd", -1, "byte")).withThreads(threads),
				new int[] { 256, 256, 16 }, LabelParameters.defaults(), LabelSplit
					.none(), 0, true).export(marks, List.of(), null, frame, Map.of(),
						BuiltInKinds.all(), new ChunkCache(256L << 20), output, Progress
							.silent());
			final double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT,
				"%-10s -> Zarr v3 blosc zstd: %6.1f s (%.1f x the raw write), %.0f MB stored, peak heap %.0f MB%n",
				kind, seconds, seconds / raw, size(output) / 1e6, peakHeap() / 1e6);
		}
		System.out.println("load average after: " + loadAverage());
	}

	/**
	 * At least 70,000 marks: one per ~12 µm cell (cells rounded up), placed at
	 * random within its cell.
	 */
	static List<Mark> jitteredGrid(final long[] shape, final double[] spacing) {
		final double[] extent = new double[3];
		double volume = 1;
		for (int d = 0; d < 3; d++) {
			extent[d] = (shape[d] - 1) * spacing[d];
			volume *= extent[d];
		}
		final double cell = Math.cbrt(volume / MARKS);
		final int[] n = new int[3];
		for (int d = 0; d < 3; d++)
			n[d] = Math.max(1, (int) Math.ceil(extent[d] / cell));
		final Random random = new Random(42);
		final List<Mark> marks = new ArrayList<>();
		long id = 1;
		for (int z = 0; z < n[2]; z++)
			for (int y = 0; y < n[1]; y++)
				for (int x = 0; x < n[0]; x++)
					marks.add(Mark.builder(id++, (x + random.nextDouble()) * extent[0] /
						n[0], (y + random.nextDouble()) * extent[1] / n[1], (z + random
							.nextDouble()) * extent[2] / n[2]).radius(2.5, 2.5, 4).status(
								MarkStatus.ACCEPTED).build());
		return marks;
	}

	private static double rawWrite(final Path file, final long bytes)
		throws IOException
	{
		final ByteBuffer block = ByteBuffer.allocateDirect(1 << 20);
		final long start = System.nanoTime();
		try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE,
			StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))
		{
			for (long written = 0; written < bytes; written += block.capacity()) {
				block.clear();
				while (block.hasRemaining())
					out.write(block);
			}
			out.force(true);
		}
		final double seconds = (System.nanoTime() - start) / 1e9;
		Files.delete(file);
		return seconds;
	}

	private static void resetPeaks() {
		System.gc();
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			pool.resetPeakUsage();
	}

	/** Sum of the heap pools' peaks since {@link #resetPeaks()}. */
	private static long peakHeap() {
		long peak = 0;
		for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
			if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage()
				.getUsed();
		return peak;
	}

	private static long size(final Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile()
				.length()).sum();
		}
	}

	private static void delete(final Path folder) throws IOException {
		if (!Files.exists(folder)) return;
		try (Stream<Path> files = Files.walk(folder)) {
			for (final Path f : (Iterable<Path>) files.sorted(Comparator
				.reverseOrder())::iterator)
				Files.delete(f);
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Paths.get("/proc/loadavg")).trim();
		}
		catch (final IOException e) {
			return "unknown";
		}
	}
}
