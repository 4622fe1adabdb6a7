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
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.Volume;
import org.zapfiji.viewer.MemoryVolumes;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * Frame time of a 1920 × 1080 oblique view through a ZAPBench-sized frame (2048
 * × 1328 × 72 uint16, 0.406 × 0.406 × 4 µm) held in memory, beside the floor:
 * one thread gathering the same samples from one flat array, with no chunks, no
 * colours and no blending.
 * <p>
 * Usage: {@code ViewRenderBenchmark [frames [chunkX chunkY chunkZ]]}; without a
 * chunk shape, both {@link #LAYOUTS}. Prints the median and the fastest frame
 * per configuration. Needs about 2 GB of heap.
 */
public final class ViewRenderBenchmark {

	static final long[] DIMS = { 2048, 1328, 72 };

	static final double[] SPACING = { 0.406, 0.406, 4 };

	static final int WIDTH = 1920, HEIGHT = 1080;

	private ViewRenderBenchmark() {}

	public static void main(final String... args) throws IOException {
		final int frames = args.length > 0 ? Integer.parseInt(args[0]) : 40;
		final short[] voxels = MemoryVolumes.noise(DIMS, 42);
		if (args.length > 3) run(voxels, frames, new int[] { Integer.parseInt(
			args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]) });
		else for (final int[] chunk : LAYOUTS)
			run(voxels, frames, chunk);
	}

	/**
	 * Chunks of 128 × 128 × 8, and ZAPBench's raw layout, one 512 × 512 slice per
	 * chunk, which makes trilinear sampling cross chunks at every pixel.
	 */
	private static final int[][] LAYOUTS = { { 128, 128, 8 }, { 512, 512, 1 } };

	private static void run(final short[] voxels, final int frames,
		final int[] chunk) throws IOException
	{
		final Volume volume = MemoryVolumes.of("frame", voxels, DIMS, chunk,
			SPACING, 1);
		final ChunkCache cache = new ChunkCache(1L << 30);
		for (final long[] g : ChunkWriter.gridPositions(volume.level(0).metadata()
			.gridShape()))
			cache.get(volume.level(0), g);
		try (ChunkLoader loader = new ChunkLoader(cache, 1)) {
			final ViewerSource source = new VolumeSource(volume, 0, loader);
			final Affine3D view = obliqueView(source);
			System.out.printf(
				"%d x %d oblique view through %s uint16 in memory, chunks %s, %d cores; median (fastest) of %d frames%n",
				WIDTH, HEIGHT, Arrays.toString(DIMS), Arrays.toString(chunk), Runtime
					.getRuntime().availableProcessors(), frames);
			final Affine3D screenToVoxel = source.voxelToGlobal(0, 0).then(view)
				.inverse();
			for (final Interpolation interpolation : Interpolation.values()) {
				final ViewerSnapshot s = new ViewerSnapshot(List.of(source), List.of(
					new SourceDisplay(0xffffff, 0, 65535, true)), 0, view, 0,
					interpolation, Map.of());
				final double[] floor = time(frames, () -> SampleGather.gather(voxels,
					DIMS, screenToVoxel, WIDTH, HEIGHT, interpolation));
				print("plain-array gather, 1 thread", interpolation, floor);
				for (final int threads : new int[] { 1, Runtime.getRuntime()
					.availableProcessors() })
				{
					try (ViewRenderer renderer = new ViewRenderer(threads)) {
						final int[] argb = new int[WIDTH * HEIGHT];
						final double[] ours = time(frames, () -> renderer.render(s, WIDTH,
							HEIGHT, argb, false));
						print("ViewRenderer, " + threads + " thread" + (threads > 1 ? "s"
							: ""), interpolation, ours);
						System.out.printf("    per core: %.2f x the floor%n", ours[0] *
							threads / floor[0]);
					}
				}
			}
		}
	}

	/** The view the benchmark draws: tilted 25° and 15°, whole frame in view. */
	static Affine3D obliqueView(final ViewerSource source) {
		final Affine3D fitted = ViewerStates.fitted(List.of(source), Plane.XY,
			WIDTH, HEIGHT);
		return ViewTransforms.rotate(ViewTransforms.rotate(fitted, 1, Math
			.toRadians(25), WIDTH / 2.0, HEIGHT / 2.0, 0), 0, Math.toRadians(15),
			WIDTH / 2.0, HEIGHT / 2.0, 0);
	}

	interface Frame {

		void run() throws IOException;
	}

	/** Median and minimum in ms, after warming up. */
	static double[] time(final int frames, final Frame frame) throws IOException {
		for (int i = 0; i < Math.max(5, frames / 4); i++)
			frame.run();
		final double[] ms = new double[frames];
		for (int i = 0; i < frames; i++) {
			final long start = System.nanoTime();
			frame.run();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[frames / 2], ms[0] };
	}

	private static void print(final String what,
		final Interpolation interpolation, final double[] ms)
	{
		System.out.printf("  %-9s %-32s %7.1f ms  (%.1f)%n", interpolation.name()
			.toLowerCase(), what, ms[0], ms[1]);
	}
}
