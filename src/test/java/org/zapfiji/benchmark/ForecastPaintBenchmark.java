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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import net.imglib2.img.array.ArrayImgs;

import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.ForecastScrub;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.activity.StepsAhead;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.ImageArrays;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;

/**
 * Issue 8's painting targets on ZAPBench-scale synthetic data: one 1920 × 1080
 * XY view of activity painted through the segmentation in ≤ 10 ms, and
 * scrubbing time at ≥ 20 frames per second.
 * <p>
 * Data: a uint32 segmentation of 2048 × 1328 × 72 voxels (0.406 × 0.406 × 4 µm)
 * held in memory, with 71,721 roundish somata about 6 µm across (radius 6
 * voxels in x and y, one plane above and below, on a jittered grid); traces of
 * {@value #FRAMES} frames (not ZAPBench's 7,879, to keep the files at 172 MB) ×
 * 71,721 neurons float32 as a Zarr v3 array with ZAPBench's [512, 512] chunks,
 * uncompressed; forecasts of one test condition, windows × 32 steps × 71,721
 * neurons in ZAPBench's Zarr v2 layout. Files are written once into
 * {@code target/benchmarks/forecast-paint} and kept.
 * <p>
 * Measured, with the viewer's renderer ({@link ViewRenderer}) on one thread
 * (what a viewer window uses on a 2-core machine: cores − 1) and on all cores:
 * <ul>
 * <li>paint: the three {@link ActivitySource} channels over the segmentation at
 * a fixed frame, colours already computed; beside it, the same view of the
 * plain segmentation as one grey source;</li>
 * <li>scrub: each frame a different time point, through {@link ActivityModes}
 * as ZAP Inspect Forecast sets it up: read the traces (and the prediction at
 * steps ahead h through {@link StepsAhead}), compute the colours by label,
 * render; in recorded and in difference mode.</li>
 * </ul>
 * Medians and 99th percentiles of the wall time in ms, and the mean CPU time of
 * the process per frame, which a shared machine's load does not inflate (it
 * includes the JIT and garbage collector threads). Usage:
 * {@code ForecastPaintBenchmark [frames [windows]]}; run with {@code -Xmx4g}.
 */
public final class ForecastPaintBenchmark {

	private static final int X = 2048, Y = 1328, Z = 72, SEGMENTS = 71_721;

	private static final int FRAMES = 600, STEPS = 32, STEPS_AHEAD = 1;

	private static final int WIDTH = 1920, HEIGHT = 1080;

	private ForecastPaintBenchmark() {}

	public static void main(final String... args) throws Exception {
		final int frames = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		final int windows = args.length > 1 ? Integer.parseInt(args[1]) : 32;
		final Path root = Paths.get(System.getProperty("zapfiji.benchmark.folder",
			"target/benchmarks")).resolve("forecast-paint-" + windows);
		long start = System.nanoTime();
		final Conditions conditions = writeOnce(root, windows);
		final int[] labels = segmentation();
		System.out.printf(Locale.ROOT,
			"segmentation %d x %d x %d uint32, %d segments, traces %d x %d, " +
				"forecasts %d windows x %d steps; prepared in %.1f s; %d cores, " +
				"max heap %.1f GB, load average %s%n", X, Y, Z, SEGMENTS, FRAMES,
			SEGMENTS, windows, STEPS, (System.nanoTime() - start) / 1e9, Runtime
				.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() /
					1e9, loadAverage());
		final ChunkedArray array = ImageArrays.of(ArrayImgs.unsignedInts(labels, X,
			Y, Z), new int[] { 128, 128, 8 }, List.of("x", "y", "z"), "memory");
		final Volume volume = new Volume("segmentation", List.of(array), List.of(
			new double[] { 1, 1, 1 }), List.of("x", "y", "z"), new double[] { 0.406,
				0.406, 4 }, List.of("\u00b5m", "\u00b5m", "\u00b5m"), Map.of());
		final ChunkCache cache = new ChunkCache(2L << 30);
		for (final long[] g : ChunkWriter.gridPositions(array.metadata()
			.gridShape()))
			cache.get(volume.level(0), g);

		final TraceTable traces = TraceTables.open(root.resolve("traces"));
		final List<Forecast> forecasts = Forecasts.open(root, null);
		// as ZAP Inspect Forecast scrubs: steps ahead through the forecast scrub
		final ForecastScrub ahead = new ForecastScrub(forecasts, conditions,
			STEPS_AHEAD);
		start = System.nanoTime();
		final ActivityModes modes = new ActivityModes(traces, ahead);
		ahead.addListener(modes::changed);
		System.out.printf(Locale.ROOT,
			"colour scales of the 4 modes (ActivityModes, %d sampled frames): " +
				"%.2f s%n", Math.min(FRAMES, ActivityModes.SAMPLED_FRAMES), (System
					.nanoTime() - start) / 1e9);

		try (ChunkLoader loader = new ChunkLoader(cache, 1)) {
			final ViewerSource plain = new VolumeSource(volume, 0, loader);
			final Affine3D view = ViewerStates.fitted(List.of(plain), Plane.XY, WIDTH,
				HEIGHT);
			final int[] fixed = modes.colors(100);
			final List<ViewerSource> painted = channels(plain,
				new ActivitySource.LabelColors()
				{

					@Override
					public int numTimepoints() {
						return FRAMES;
					}

					@Override
					public int[] colors(final int t) {
						return fixed;
					}
				});
			final List<ViewerSource> live = channels(plain,
				new ActivitySource.LabelColors()
				{

					@Override
					public int numTimepoints() {
						return modes.frames();
					}

					@Override
					public int[] colors(final int t) throws IOException {
						return modes.colors(t);
					}
				});
			final int first = conditions.firstTestTarget(0) + STEPS_AHEAD - 1;
			System.out.printf(
				"%d x %d XY view, nearest, fitted; %d frames each; median (p99)%n",
				WIDTH, HEIGHT, frames);
			for (final int threads : new int[] { 1, Runtime.getRuntime()
				.availableProcessors() })
				try (ViewRenderer renderer = new ViewRenderer(threads)) {
					final String on = threads + " thread" + (threads > 1 ? "s" : "");
					final int[] argb = new int[WIDTH * HEIGHT];
					print("plain segmentation, 1 grey source, " + on, time(frames,
						i -> renderer.render(snapshot(List.of(plain), List.of(
							new SourceDisplay(0xffffff, 0, SEGMENTS, true)), view, 100),
							WIDTH, HEIGHT, argb, true)), false);
					print("paint: 3 activity channels, colours ready, " + on, time(frames,
						i -> draw(renderer, snapshot(painted, displays(), view, 100),
							argb)), false);
					modes.setMode(ActivityColors.Mode.RECORDED);
					print("scrub recorded, frames 0.." + (FRAMES - 1) + ", " + on, time(
						frames, i -> draw(renderer, snapshot(live, displays(), view, i %
							FRAMES), argb)), true);
					modes.setMode(ActivityColors.Mode.DIFFERENCE);
					print("scrub difference, h = " + STEPS_AHEAD + ", frames " + first +
						".." + (first + windows - 1) + ", " + on, time(frames, i -> renderer
							.render(snapshot(live, displays(), view, first + i % windows),
								WIDTH, HEIGHT, argb, true)), true);
					// the other scrub: one window followed through its 32 steps, each
					// step in other chunks of the forecast
					final int fixedFirst = ahead.fixWindowAt(first).firstFrame;
					print("scrub difference, fixed window, steps 1..32, " + on, time(
						frames, i -> renderer.render(snapshot(live, displays(), view,
							fixedFirst + i % 32), WIDTH, HEIGHT, argb, true)), true);
					ahead.release();
				}
		}
		System.out.println("load average after: " + loadAverage());
	}

	/**
	 * One frame as a viewer window draws it: never waiting for a block (all are
	 * in the cache, so the frame must come out complete).
	 */
	private static void draw(final ViewRenderer renderer,
		final ViewerSnapshot snapshot, final int[] argb) throws IOException
	{
		if (!renderer.render(snapshot, WIDTH, HEIGHT, argb, false).complete())
			throw new IllegalStateException(
				"a block was not in the cache: the frame came out incomplete");
	}

	/** The three channels as ZAP Inspect Forecast makes them. */
	private static List<ViewerSource> channels(final ViewerSource segmentation,
		final ActivitySource.LabelColors colors)
	{
		final List<ViewerSource> sources = new ArrayList<>();
		for (int c = 0; c < 3; c++)
			sources.add(new ActivitySource(segmentation, colors, c, "activity"));
		return sources;
	}

	private static List<SourceDisplay> displays() {
		final List<SourceDisplay> displays = new ArrayList<>();
		for (int c = 0; c < 3; c++)
			displays.add(new SourceDisplay(ActivitySource.DISPLAY_COLORS[c], 0, 255,
				true));
		return displays;
	}

	private static ViewerSnapshot snapshot(final List<ViewerSource> sources,
		final List<SourceDisplay> displays, final Affine3D view, final int t)
	{
		return new ViewerSnapshot(sources, displays, 0, view, t,
			Interpolation.NEAREST, Map.of());
	}

	interface Frame {

		void run(int i) throws IOException;
	}

	/**
	 * Median and 99th percentile of the wall time in ms, after a warm-up of a
	 * third, and the mean CPU time of the whole process per frame (all threads;
	 * the clock ticks in 10 ms, so per run, not per frame): on a machine shared
	 * with other work, wall time includes waiting for a core, CPU time does not.
	 */
	private static double[] time(final int frames, final Frame frame)
		throws IOException
	{
		final double[] ms = new double[frames];
		long cpuStart = 0;
		for (int i = -frames / 3; i < frames; i++) {
			if (i == 0) cpuStart = CPU.getProcessCpuTime();
			final long start = System.nanoTime();
			frame.run(i + frames / 3);
			if (i >= 0) ms[i] = (System.nanoTime() - start) / 1e6;
		}
		final double cpu = (CPU.getProcessCpuTime() - cpuStart) / 1e6 / frames;
		Arrays.sort(ms);
		return new double[] { ms[frames / 2], ms[Math.min(frames - 1,
			(int) (frames * 0.99))], cpu };
	}

	private static final com.sun.management.OperatingSystemMXBean CPU =
		(com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean();

	private static void print(final String what, final double[] ms,
		final boolean fps)
	{
		System.out.printf(Locale.ROOT, "  %-58s %6.2f (%6.2f) ms  cpu %6.2f ms%s%n",
			what, ms[0], ms[1], ms[2], fps ? String.format(Locale.ROOT, "  %5.1f fps",
				1000 / ms[0]) : "");
	}

	/**
	 * Roundish somata on a jittered grid, x fastest: radius 6 voxels (2.4 µm) in
	 * x and y on the middle plane, smaller on the planes above and below.
	 */
	static int[] segmentation() {
		final int[] v = new int[X * Y * Z];
		final SplittableRandom random = new SplittableRandom(71721);
		int label = 0;
		for (int z = 2; z < Z - 1 && label < SEGMENTS; z += 7)
			for (int y = 8; y < Y - 8 && label < SEGMENTS; y += 17)
				for (int x = 8; x < X - 8 && label < SEGMENTS; x += 17)
					stamp(v, ++label, x + random.nextInt(-2, 3), y + random.nextInt(-2,
						3), z + random.nextInt(-1, 2));
		if (label < SEGMENTS) throw new IllegalStateException("only " + label +
			" segments fit");
		return v;
	}

	private static void stamp(final int[] v, final int label, final int cx,
		final int cy, final int cz)
	{
		for (int z = Math.max(0, cz - 1); z <= Math.min(Z - 1, cz + 1); z++)
			for (int y = cy - 6; y <= cy + 6; y++)
				for (int x = cx - 6; x <= cx + 6; x++) {
					final double dz = z - cz;
					if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= 36 * (1 - dz * dz /
						4)) v[(z * Y + y) * X + x] = label;
				}
	}

	/** A ΔF/F-like value of neuron n at frame t: a slow wave and some noise. */
	private static float trace(final int n, final int t) {
		final long h = (n * 0x9E3779B97F4A7C15L + t) * 0xBF58476D1CE4E5B9L;
		return (float) (0.3 * Math.sin(t * 0.05 + n * 0.7) + 0.1 + (h >>> 40) /
			(double) (1L << 24) * 0.05);
	}

	/**
	 * Traces (Zarr v3, chunks [512, 512]), forecasts of test condition 0 (Zarr
	 * v2, chunks [32, 1, 16384] as ZAPBench writes them) whose targets are the
	 * traces, and a conditions file of one condition over all frames, unless a
	 * previous run left them complete.
	 */
	private static Conditions writeOnce(final Path root, final int windows)
		throws IOException
	{
		final Path conditionsFile = root.resolve("conditions.json");
		final Path done = root.resolve("complete");
		if (Files.exists(done)) return Conditions.read(conditionsFile);
		Files.createDirectories(root);
		Files.writeString(conditionsFile, "{\"condition_offsets\": [0, " + FRAMES +
			"]}\n");
		final Conditions conditions = Conditions.read(conditionsFile);
		if (conditions.testWindows(0) < windows) throw new IllegalArgumentException(
			"at most " + conditions.testWindows(0) + " windows fit in " + FRAMES +
				" frames");
		final ArrayMetadata table = ArrayMetadata.of(new long[] { SEGMENTS,
			FRAMES }, new int[] { 512, 512 }, DataType.FLOAT32, 0.0, List.of());
		final ZarrArray traces = ZarrArray.create(root.resolve("traces"), table,
			ZarrLayout.v3().withCompressor(null));
		for (final long[] g : ChunkWriter.gridPositions(table.gridShape())) {
			final int[] cell = table.cellShape(g);
			final float[] v = new float[cell[0] * cell[1]];
			for (int t = 0; t < cell[1]; t++)
				for (int n = 0; n < cell[0]; n++)
					v[t * cell[0] + n] = trace((int) g[0] * 512 + n, (int) g[1] * 512 +
						t);
			traces.writeChunk(g, new Chunk(cell, v));
		}
		final int first = conditions.firstTestTarget(0);
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { SEGMENTS, STEPS,
			windows }, new int[] { 16384, 1, Math.min(windows, 32) },
			DataType.FLOAT32, 0.0, List.of());
		final ZarrArray targets = ZarrArray.create(root.resolve(
			"targets/test_condition_0"), meta, ZarrLayout.v2().withCompressor(null));
		final ZarrArray predictions = ZarrArray.create(root.resolve(
			"predictions/test_condition_0"), meta, ZarrLayout.v2().withCompressor(
				null));
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] cell = meta.cellShape(g);
			final float[] t = new float[cell[0] * cell[1] * cell[2]];
			final float[] p = new float[t.length];
			final SplittableRandom random = new SplittableRandom(Arrays.hashCode(g));
			final int step = (int) g[1] + 1;
			for (int w = 0; w < cell[2]; w++)
				for (int n = 0; n < cell[0]; n++) {
					final int i = w * cell[0] * cell[1] + n;
					t[i] = trace((int) g[0] * 16384 + n, StepsAhead.targetFrame(first,
						(int) g[2] * 32 + w, step));
					p[i] = (float) (t[i] + (random.nextDouble() - 0.5) * 0.02 * step);
				}
			targets.writeChunk(g, new Chunk(cell, t));
			predictions.writeChunk(g, new Chunk(cell, p));
		}
		Files.writeString(done, "");
		return conditions;
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
