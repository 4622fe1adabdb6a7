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

package org.zapfiji.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrGroup;

/**
 * Writes a mini-ZAPBench: a small, generated recording laid out and described
 * like Google's ZAPBench release (gs://zapbench-release), so that readers,
 * viewers and metrics can be tested on the real layout without downloading
 * terabytes. Nothing in it comes from a real recording.
 * <p>
 * Under the root folder:
 *
 * <pre>
 * zarr.json                                group; attributes hold the conditions
 * volumes/20240930/raw                     x,y,z,t uint16, Zarr v3
 * volumes/20240930/segmentation            x,y,z uint64 labels, Zarr v3
 * volumes/20240930/df_over_f_xyz_chunked/s0, s1, s2   x,y,z,t float32, Zarr v3
 * volumes/20240930/traces                  t × neuron float32, Zarr v3
 * inference/20250131/100000001/1/{predictions,targets}/test_condition_0, ...
 * </pre>
 *
 * Output depends only on the seed: every random number comes from
 * {@link Random} streams derived from it, every transcendental function is
 * {@link StrictMath}, and files are written in a fixed order.
 * <p>
 * The trace of neuron k (column k, label k + 1) in frame t is exactly the mean
 * of the s0 ΔF/F over the neuron's segment, computed in double precision and
 * rounded once to float.
 */
public final class MiniZapbench {

	static final int WIDTH = 256;

	static final int HEIGHT = 192;

	static final int DEPTH = 8;

	static final int FRAMES = 64;

	static final int NEURONS = 150;

	static final double PIXEL_WIDTH = 0.406;

	static final double PIXEL_DEPTH = 4.0;

	static final double FRAME_INTERVAL = 0.9141;

	/** ZAPBench's prediction window: 32 steps ahead. */
	static final int HORIZON = 32;

	/** ZAPBench's constants.CONDITION_OFFSETS, over 7879 frames. */
	static final int[] ZAPBENCH_OFFSETS = { 0, 649, 2422, 3078, 3735, 5047, 5638,
		6623, 7279, 7879 };

	static final int ZAPBENCH_FRAMES = 7879;

	static final List<String> CONDITION_NAMES = List.of("gain", "dots", "flash",
		"taxis", "turning", "position", "open loop", "rotation", "dark");

	/** ZAPBench's constants.CONDITIONS_HOLDOUT. */
	static final List<Integer> HELD_OUT = List.of(3);

	static final int CONDITION_PADDING = 1;

	/** Conditions that get forecasts: two trained on and the held-out one. */
	static final int[] FORECAST_CONDITIONS = { 0, 1, 3 };

	static final String VOLUMES = "volumes/20240930";

	static final String EXPERIMENT = "inference/20250131/100000001/1";

	public static final long DEFAULT_SEED = 20240930;

	/**
	 * Raised whenever the same seed would write different files, so that copies
	 * kept on disk between runs (benchmarks keep one under a folder named with
	 * it) are written again; recorded as the root attribute
	 * {@code generator_version}. 2: forecast windows where the recorded constants
	 * put them, {@code max_context_length} and the split fractions recorded.
	 */
	public static final int VERSION = 2;

	private MiniZapbench() {}

	/** Usage: {@code MiniZapbench [folder [seed]]}. */
	public static void main(final String... args) throws IOException {
		final Path root = Paths.get(args.length > 0 ? args[0]
			: "target/mini-zapbench");
		final long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
		final long start = System.nanoTime();
		write(root, seed);
		System.out.printf("mini-ZAPBench (seed %d) written to %s in %.1f s%n", seed,
			root.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
	}

	/** ZAPBench's condition offsets scaled onto {@link #FRAMES}, rounded. */
	static int[] conditionOffsets() {
		final int[] offsets = new int[ZAPBENCH_OFFSETS.length];
		for (int c = 0; c < offsets.length; c++)
			offsets[c] = (int) Math.round((double) ZAPBENCH_OFFSETS[c] * FRAMES /
				ZAPBENCH_FRAMES);
		return offsets;
	}

	static boolean isHeldOut(final int condition) {
		return HELD_OUT.contains(condition);
	}

	/**
	 * The ground truth of {@link #write}: each neuron's center and radii in µm
	 * ({@code x, y, z, radius xy, radius z}), label k + 1 at index k. Voxel (i,
	 * j, k) is centred at (i · 0.406, j · 0.406, k · 4.0).
	 */
	public static List<double[]> neurons(final long seed) {
		final List<double[]> truth = new ArrayList<>();
		for (final MiniNeuron n : neurons(new Random(seed)))
			truth.add(new double[] { n.x(), n.y(), n.z(), n.radiusXY(), n
				.radiusZ() });
		return truth;
	}

	private static List<MiniNeuron> neurons(final Random seeds) {
		return MiniNeurons.create(NEURONS, new Random(seeds.nextLong()), new Random(
			seeds.nextLong()), conditionOffsets());
	}

	/** Writes the whole dataset into {@code root} (created if needed). */
	public static void write(final Path root, final long seed)
		throws IOException
	{
		final Random seeds = new Random(seed);
		final List<MiniNeuron> neurons = neurons(seeds);
		final MiniScene scene = MiniScene.draw(neurons, new Random(seeds
			.nextLong()));
		final long noiseSeed = seeds.nextLong();
		ZarrGroup.create(root, 3, rootAttributes(seed));
		final Path volumes = root.resolve(VOLUMES);
		writeSegmentation(volumes.resolve("segmentation"), scene);
		final float[][] traces = new VolumeRecording(volumes, scene).write(
			noiseSeed);
		writeTraces(volumes.resolve("traces"), traces);
		for (final int condition : FORECAST_CONDITIONS)
			MiniForecasts.write(root.resolve(EXPERIMENT), condition, traces, seed);
	}

	private static Map<String, Object> rootAttributes(final long seed) {
		final Map<String, Object> zapbench = new LinkedHashMap<>();
		zapbench.put("condition_offsets", toList(conditionOffsets()));
		zapbench.put("condition_names", CONDITION_NAMES);
		zapbench.put("condition_padding", CONDITION_PADDING);
		zapbench.put("conditions_holdout", HELD_OUT);
		zapbench.put("max_context_length", MiniForecasts.CONTEXT);
		zapbench.put("val_fraction", MiniForecasts.VAL_FRACTION);
		zapbench.put("test_fraction", MiniForecasts.TEST_FRACTION);
		zapbench.put("prediction_window_length", HORIZON);
		zapbench.put("min_max_values", List.of(-0.25, 1.5));
		final Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("description",
			"mini-ZAPBench: generated test data in the layout of ZAPBench " +
				"(gs://zapbench-release); no real recording");
		attributes.put("seed", seed);
		attributes.put("generator_version", VERSION);
		attributes.put("zapbench_offsets_scaled_from", toList(ZAPBENCH_OFFSETS));
		attributes.put("zapbench_constants", zapbench);
		return attributes;
	}

	private static List<Integer> toList(final int[] values) {
		final Integer[] boxed = new Integer[values.length];
		for (int i = 0; i < values.length; i++)
			boxed[i] = values[i];
		return List.of(boxed);
	}

	private static void writeSegmentation(final Path folder,
		final MiniScene scene) throws IOException
	{
		final int[] labels = scene.labels();
		final long[] wide = new long[labels.length];
		for (int v = 0; v < labels.length; v++)
			wide[v] = labels[v];
		final ZarrArray array = ZarrArray.create(folder, ZapbenchLayouts
			.segmentation(), ZapbenchLayouts.volume(3)).writeAttributes(
				ZapbenchLayouts.dimensionUnits(1, false));
		VolumeChunks.write(array, 0, wide);
	}

	/** Column-chunked [T, N]: fastest first [N, T]. */
	private static void writeTraces(final Path folder, final float[][] traces)
		throws IOException
	{
		final ZarrArray array = ZarrArray.create(folder, ZapbenchLayouts.traces(
			traces[0].length), ZapbenchLayouts.traces());
		final int[] chunk = array.metadata().chunkShape();
		for (final long[] g : VolumeChunks.positions(array)) {
			final int[] cell = array.metadata().cellShape(g);
			final float[] data = new float[cell[0] * cell[1]];
			for (int t = 0; t < cell[1]; t++)
				for (int n = 0; n < cell[0]; n++)
					data[n + cell[0] * t] = traces[(int) g[1] * chunk[1] + t][(int) g[0] *
						chunk[0] + n];
			array.writeChunk(g, new org.zapfiji.data.Chunk(cell, data));
		}
	}
}
