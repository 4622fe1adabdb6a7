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

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.tiff.TiffVolumes;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrCompressor;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.Progress;

/**
 * Whole-volume input and output, timed end to end (one-shot operations on
 * hundreds of megabytes, so a plain main with medians rather than JMH):
 * <ol>
 * <li>reading one full ZAPBench frame, 2048 × 1328 × 72 uint16 stored as
 * ZAPBench stores its raw video (Zarr v3, chunks 512 × 512 × 1 × 1, Blosc zstd
 * level 4 with byte shuffle), from a warm page cache, on all cores;</li>
 * <li>converting a 302 MB TIFF → Zarr → TIFF (uncompressed, Blosc lz4, Blosc
 * zstd), against a raw copy of the same file in the same run: the faster of
 * {@code Files.copy} and a copy through a 1 MiB buffer, page cache warm, not
 * forced to disk. Zarr → TIFF forces the TIFF to disk before the rename (a user
 * file), so it is also compared with the buffer copy forced the same way. A
 * file-by-file copy of the uncompressed Zarr (576 files) shows what creating
 * that many files costs by itself. Repetitions interleave copies and
 * conversions; medians are reported, with the CPU time of all threads.</li>
 * </ol>
 * Voxels are tiles of the demo recording (test-data/zebrafish-demo.tif) with
 * fresh noise, so they compress like microscopy, not like zeros. Data is
 * generated once into {@code target/benchmarks/volume-io}. Usage:
 * {@code VolumeIoBenchmark [repetitions] [all|frame|conversion]}, optionally
 * with {@code -Dzapfiji.benchmark.folder=<folder>}.
 */
public final class VolumeIoBenchmark {

	/**
	 * Where the files go: {@code target/benchmarks/volume-io}, or the folder of
	 * system property {@code zapfiji.benchmark.folder} (e.g. a folder on
	 * {@code /dev/shm}, to compare the conversions' own work with a copy when the
	 * disk's write-back makes every timing on it vary by a factor of 3).
	 */
	private static final Path FOLDER = Paths.get(System.getProperty(
		"zapfiji.benchmark.folder", "target/benchmarks/volume-io"));

	private static final int THREADS = Runtime.getRuntime().availableProcessors();

	private VolumeIoBenchmark() {}

	public static void main(final String[] args) throws Exception {
		final int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		final String part = args.length > 1 ? args[1] : "all";
		Files.createDirectories(FOLDER);
		final DemoTiles tiles = new DemoTiles(Paths.get("test-data",
			"zebrafish-demo.tif"));
		System.out.println("threads: " + THREADS + ", repetitions: " + repetitions);
		if (!part.equals("conversion")) frameRead(tiles, repetitions);
		if (!part.equals("frame")) conversion(tiles, repetitions);
	}

	/**
	 * The ZAPBench-sized frame as Zarr v3 under {@code target/benchmarks},
	 * written on first use: shared with the viewer's panning benchmark.
	 */
	static Path zapbenchFrame() throws Exception {
		Files.createDirectories(FOLDER);
		return zapbenchFrame(new DemoTiles(Paths.get("test-data",
			"zebrafish-demo.tif")));
	}

	/**
	 * {@link #zapbenchFrame()} as a volume with ZAPBench's voxel size (0.406 ×
	 * 0.406 × 4 µm, 0.9141 s).
	 */
	static Volume zapbenchFrameVolume() throws Exception {
		final ZarrArray array = ZarrArray.open(zapbenchFrame());
		final List<String> axes = array.metadata().axisNames();
		final double[] spacing = new double[axes.size()];
		final List<String> units = new ArrayList<>();
		for (final String axis : axes) {
			final int i = List.of("x", "y", "z", "t").indexOf(axis);
			spacing[units.size()] = new double[] { 0.406, 0.406, 4, 0.9141 }[i];
			units.add(i == 3 ? "s" : "\u00b5m");
		}
		return Volume.single("zapbench frame", array, axes, spacing, units);
	}

	private static Path zapbenchFrame(final DemoTiles tiles) throws Exception {
		final Path path = FOLDER.resolve("zapbench-frame.zarr");
		final ArrayMetadata meta = frameMetadata();
		if (!Files.exists(path.resolve("zarr.json"))) {
			final ZarrArray created = ZarrArray.create(path, meta, ZarrLayout.v3()
				.withCompressor(ZarrCompressor.blosc("zstd", 4, BloscCodec.Shuffle.BYTE,
					0)));
			final long t0 = System.nanoTime();
			forEachChunk(created, p -> created.writeChunk(p, tiles.chunk(meta, p)));
			report("write frame (generate + encode)", bytes(meta), System.nanoTime() -
				t0, null);
		}
		return path;
	}

	private static ArrayMetadata frameMetadata() {
		return ArrayMetadata.of(new long[] { 2048, 1328, 72, 1 }, new int[] { 512,
			512, 1, 1 }, DataType.UINT16, 0L, List.of("x", "y", "z", "t"));
	}

	private static void frameRead(final DemoTiles tiles, final int repetitions)
		throws Exception
	{
		final Path path = zapbenchFrame(tiles);
		final ArrayMetadata meta = frameMetadata();
		final ZarrArray array = ZarrArray.open(path);
		final long stored = folderBytes(path);
		System.out.printf(Locale.ROOT, "frame: %s, %.1f MB stored (ratio %.2f)%n",
			meta, stored / 1e6, bytes(meta) / (double) stored);
		readAllFiles(path); // warm the page cache
		final long[] fileRead = new long[repetitions];
		final long[] decode = new long[repetitions];
		final long[] oneThread = new long[repetitions];
		for (int r = 0; r < repetitions; r++) {
			fileRead[r] = time(() -> readAllFiles(path));
			decode[r] = time(() -> forEachChunk(array, p -> array.readChunk(p)));
			oneThread[r] = time(() -> {
				for (final long[] p : ChunkWriter.gridPositions(meta.gridShape()))
					array.readChunk(p);
			});
		}
		report("read chunk files only (I/O floor)", stored, median(fileRead), null);
		report("read frame, " + THREADS + " threads (target <= 1.5 s)", bytes(meta),
			median(decode), null);
		report("read frame, 1 thread", bytes(meta), median(oneThread), null);
	}

	private static void conversion(final DemoTiles tiles, final int repetitions)
		throws Exception
	{
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 1024, 1024, 72,
			2 }, new int[] { 512, 512, 1, 1 }, DataType.UINT16, 0L, List.of("x", "y",
				"z", "t"));
		final Path tiff = conversionSource(tiles, meta);
		final long size = Files.size(tiff);
		final Path copy = FOLDER.resolve("copy.tif");
		final Path back = FOLDER.resolve("back.tif");
		final List<ZarrCompressor> compressors = Arrays.asList(null, ZarrCompressor
			.blosc("lz4", 5, BloscCodec.Shuffle.BYTE, 0), ZarrCompressor.blosc("zstd",
				4, BloscCodec.Shuffle.BYTE, 0));
		final long[][] copies = new long[4][repetitions];
		final long[][][] toZarr = new long[compressors.size()][2][repetitions];
		final long[][][] toTiff = new long[compressors.size()][2][repetitions];
		Files.readAllBytes(tiff); // warm the page cache
		for (int r = 0; r < repetitions; r++) {
			settle();
			copies[0][r] = time(() -> Files.copy(tiff, copy,
				StandardCopyOption.REPLACE_EXISTING));
			settle();
			copies[1][r] = time(() -> streamCopy(tiff, copy, false));
			settle();
			copies[2][r] = time(() -> streamCopy(tiff, copy, true));
			for (int c = 0; c < compressors.size(); c++) {
				final ZarrCompressor compressor = compressors.get(c);
				final Path zarr = FOLDER.resolve("converted.zarr");
				deleteTree(zarr);
				settle();
				measure(() -> tiffToZarr(tiff, zarr, meta, compressor), toZarr[c], r);
				if (compressor == null) {
					settle();
					copies[3][r] = time(() -> copyTree(zarr, FOLDER.resolve(
						"copy.zarr")));
				}
				settle();
				measure(() -> TiffVolumes.write(volume(ZarrArray.open(zarr)), back,
					THREADS, Progress.silent()), toTiff[c], r);
				deleteTree(zarr);
			}
		}
		reportConversions(meta, size, compressors, copies, toZarr, toTiff);
	}

	/**
	 * Writes every dirty page of the system to disk before a timed step, so that
	 * no step pays for flushing what the one before it wrote: forcing a file (as
	 * a TIFF is forced) on ext4 also waits for other files' pending data, which
	 * made Zarr to TIFF look three times slower right after the uncompressed Zarr
	 * had been copied.
	 */
	private static void settle() throws IOException {
		try {
			new ProcessBuilder("sync").inheritIO().start().waitFor();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (final IOException e) {
			// no sync command (not Linux): the measurement is noisier, not wrong
		}
	}

	/**
	 * The reference is the faster of two plain copies of the TIFF (Files.copy,
	 * which copies inside the kernel, and a copy through a 1 MiB buffer), both
	 * from a warm page cache and not forced to disk, measured in the same run as
	 * the conversions. A TIFF is a user file and is forced to disk before it
	 * replaces the target; the stream copy forced the same way is shown beside it
	 * as the like-for-like reference for Zarr to TIFF.
	 */
	private static void reportConversions(final ArrayMetadata meta,
		final long size, final List<ZarrCompressor> compressors,
		final long[][] copies, final long[][][] toZarr, final long[][][] toTiff)
	{
		final long raw = Math.min(median(copies[0]), median(copies[1]));
		final long forced = median(copies[2]);
		System.out.printf(Locale.ROOT, "conversion source: %s, %.1f MB TIFF%n",
			meta, size / 1e6);
		report("copy TIFF file (Files.copy)", size, median(copies[0]), null);
		report("copy TIFF file (1 MiB buffer)", size, median(copies[1]), null);
		report("copy TIFF file (1 MiB buffer) + force", size, forced, null);
		report("copy uncompressed Zarr, file by file", size, median(copies[3]),
			null);
		System.out.println("percentages: of the faster plain copy [of the " +
			"forced copy, for Zarr -> TIFF, which forces its file too]; " +
			"CPU: seconds on all threads");
		for (int c = 0; c < compressors.size(); c++) {
			final String name = compressors.get(c) == null ? "uncompressed"
				: compressors.get(c).toString();
			report("TIFF -> Zarr, " + name, size, median(toZarr[c][0]), raw);
			System.out.printf(Locale.ROOT, "%70sCPU %.3f s%n", "", median(
				toZarr[c][1]) / 1e9);
			final long t = median(toTiff[c][0]);
			report("Zarr -> TIFF, " + name, size, t, raw);
			System.out.printf(Locale.ROOT, "%70sCPU %.3f s [%.0f %% of the forced " +
				"copy]%n", "", median(toTiff[c][1]) / 1e9, 100.0 * forced / t);
		}
	}

	private static Path conversionSource(final DemoTiles tiles,
		final ArrayMetadata meta) throws Exception
	{
		final Path tiff = FOLDER.resolve("source.tif");
		if (!Files.exists(tiff)) {
			final Path zarr = FOLDER.resolve("source.zarr");
			final ZarrArray created = ZarrArray.create(zarr, meta, ZarrLayout.v3()
				.withCompressor(null));
			forEachChunk(created, p -> created.writeChunk(p, tiles.chunk(meta, p)));
			TiffVolumes.write(volume(created), tiff, THREADS, Progress.silent());
		}
		return tiff;
	}

	private static void tiffToZarr(final Path tiff, final Path zarr,
		final ArrayMetadata meta, final ZarrCompressor compressor)
		throws IOException
	{
		final Volume source = TiffVolumes.open(tiff);
		final ZarrArray target = ZarrArray.create(zarr, meta, ZarrLayout.v3()
			.withCompressor(compressor));
		ChunkWriter.copy(source.level(0), target, THREADS, Progress.silent());
	}

	private static Volume volume(final ChunkedArray array) {
		return Volume.single("benchmark", array, List.of("x", "y", "z", "t"),
			new double[] { 0.406, 0.406, 4, 0.9141 }, List.of("µm", "µm", "µm", "s"));
	}

	/**
	 * Chunks made of demo-recording planes tiled over the frame, with new noise.
	 */
	private static final class DemoTiles {

		private final List<short[]> planes = new ArrayList<>();

		private final int width;

		private final int height;

		DemoTiles(final Path demo) throws IOException {
			final Volume volume = TiffVolumes.open(demo);
			final ChunkedArray array = volume.level(0);
			final long[] shape = array.metadata().shape();
			width = (int) shape[0];
			height = (int) shape[1];
			for (final long[] p : ChunkWriter.gridPositions(array.metadata()
				.gridShape()))
			{
				final Chunk c = array.readChunk(p);
				if (c.shape()[0] == width && c.shape()[1] == height && p[3] == 0) planes
					.add((short[]) c.data());
			}
		}

		Chunk chunk(final ArrayMetadata meta, final long[] p) {
			final int[] shape = meta.cellShape(p);
			final short[] plane = planes.get((int) (p[2] % planes.size()));
			final short[] out = new short[shape[0] * shape[1]];
			final SplittableRandom noise = new SplittableRandom(Arrays.hashCode(p));
			final int x0 = (int) (p[0] * meta.chunkShape()[0]);
			final int y0 = (int) (p[1] * meta.chunkShape()[1]);
			for (int y = 0; y < shape[1]; y++)
				for (int x = 0; x < shape[0]; x++) {
					final int v = (plane[((y0 + y) % height) * width + (x0 + x) % width] &
						0xffff) + noise.nextInt(-4, 5);
					out[y * shape[0] + x] = (short) Math.max(0, v);
				}
			return new Chunk(shape, out);
		}
	}

	private interface ChunkAction {

		void run(long[] position) throws IOException;
	}

	private interface Timed {

		void run() throws Exception;
	}

	private static void forEachChunk(final ChunkedArray array,
		final ChunkAction action) throws Exception
	{
		final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			final List<Future<?>> done = new ArrayList<>();
			for (final long[] p : ChunkWriter.gridPositions(array.metadata()
				.gridShape()))
				done.add(pool.submit(() -> {
					action.run(p);
					return null;
				}));
			for (final Future<?> f : done)
				f.get();
		}
		finally {
			pool.shutdown();
		}
	}

	private static long time(final Timed timed) throws Exception {
		final long t0 = System.nanoTime();
		timed.run();
		return System.nanoTime() - t0;
	}

	/**
	 * Wall time into {@code into[0][r]}, process CPU time into
	 * {@code into[1][r]}.
	 */
	private static void measure(final Timed timed, final long[][] into,
		final int r) throws Exception
	{
		final com.sun.management.OperatingSystemMXBean os =
			(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
		final long cpu = os.getProcessCpuTime();
		into[0][r] = time(timed);
		into[1][r] = os.getProcessCpuTime() - cpu;
	}

	private static long median(final long[] values) {
		final long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void report(final String what, final long bytes,
		final long nanos, final Long reference)
	{
		final String versus = reference == null ? "" : String.format(Locale.ROOT,
			"  %3.0f %%", 100.0 * reference / nanos);
		System.out.printf(Locale.ROOT, "%-52s %8.3f s %9.1f MB/s%s%n", what, nanos /
			1e9, bytes / 1e6 / (nanos / 1e9), versus);
	}

	private static long bytes(final ArrayMetadata meta) {
		return Arrays.stream(meta.shape()).reduce(1, (a, b) -> a * b) * meta
			.dataType().bytes();
	}

	private static long folderBytes(final Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile()
				.length()).sum();
		}
	}

	private static void readAllFiles(final Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (final Path f : (Iterable<Path>) files.filter(
				Files::isRegularFile)::iterator)
				Files.readAllBytes(f);
		}
	}

	/**
	 * Copies a Zarr folder file by file with {@code Files.copy} into a new
	 * folder: the same bytes as the TIFF in the Zarr's 576 files, to show what
	 * creating that many files costs by itself.
	 */
	private static void copyTree(final Path from, final Path to)
		throws IOException
	{
		deleteTree(to);
		try (Stream<Path> files = Files.walk(from)) {
			for (final Path f : (Iterable<Path>) files::iterator) {
				final Path target = to.resolve(from.relativize(f).toString());
				if (Files.isDirectory(f)) Files.createDirectories(target);
				else Files.copy(f, target);
			}
		}
	}

	/** A copy through one 1 MiB buffer, optionally forced to disk at the end. */
	private static void streamCopy(final Path from, final Path to,
		final boolean force) throws IOException
	{
		final byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(from);
				FileOutputStream out = new FileOutputStream(to.toFile()))
		{
			for (int n; (n = in.read(buffer)) > 0;)
				out.write(buffer, 0, n);
			if (force) out.getFD().sync();
		}
	}

	private static void deleteTree(final Path folder) throws IOException {
		if (!Files.exists(folder)) return;
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(f -> f
				.toFile().delete());
		}
	}
}
