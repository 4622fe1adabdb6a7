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

import static org.zapfiji.testdata.CalciumTraces.uniform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Places the neurons of the mini-ZAPBench and gives each a shape, a rest
 * brightness and calcium activity.
 * <p>
 * Centers are drawn uniformly and rejected when two ellipsoids, grown by
 * {@link #SEPARATION}, would touch: every neuron keeps its own segment and no
 * voxel is claimed twice. About 150 neurons in the 104 × 78 × 32 µm crop is
 * ZAPBench's density (71,721 neurons in 2048 × 1328 × 72 voxels).
 * <p>
 * Activity: half of the neurons are tuned to one stimulus condition and fire a
 * transient 0.5–3 s after it starts; every neuron also fires spontaneously,
 * about once a minute, and jitters by {@link #REST_JITTER} from frame to frame.
 * Transients rise within a fraction of a frame and decay over 2–4 s, as nuclear
 * GCaMP does.
 */
final class MiniNeurons {

	static final double MIN_RADIUS_XY_UM = 2.0;

	static final double MAX_RADIUS_XY_UM = 2.8;

	static final double MIN_RADIUS_Z_UM = 3.0;

	static final double MAX_RADIUS_Z_UM = 4.5;

	/** Ellipsoids grown by this factor may not overlap. */
	static final double SEPARATION = 1.25;

	static final double MARGIN_XY_UM = 2.0;

	static final double MARGIN_Z_UM = 1.0;

	static final double MEDIAN_BRIGHTNESS = 300;

	static final double BRIGHTNESS_SPREAD = 0.3;

	static final double MIN_BRIGHTNESS = 180;

	static final double MAX_BRIGHTNESS = 700;

	static final double REST_JITTER = 0.02;

	static final double TUNED_FRACTION = 0.5;

	static final double SPONTANEOUS_INTERVAL_S = 60;

	static final double MIN_AMPLITUDE = 0.5;

	static final double MAX_AMPLITUDE = 2.0;

	static final double RISE_S = 0.2;

	static final double MIN_DECAY_S = 2.0;

	static final double MAX_DECAY_S = 4.0;

	private static final int MAX_ATTEMPTS = 200_000;

	private MiniNeurons() {}

	/**
	 * {@code count} neurons sorted by z, then y, then x, so label k + 1 (the k-th
	 * neuron) reads plane by plane.
	 *
	 * @param conditionStarts first frame of each condition
	 */
	static List<MiniNeuron> create(final int count, final Random placement,
		final Random properties, final int[] conditionStarts)
	{
		final List<double[]> shapes = place(count, placement);
		shapes.sort(Comparator.<double[]> comparingDouble(s -> s[2])
			.thenComparingDouble(s -> s[1]).thenComparingDouble(s -> s[0]));
		final List<MiniNeuron> neurons = new ArrayList<>(count);
		for (final double[] s : shapes) {
			final double brightness = Math.max(MIN_BRIGHTNESS, Math.min(
				MAX_BRIGHTNESS, MEDIAN_BRIGHTNESS * StrictMath.exp(BRIGHTNESS_SPREAD *
					properties.nextGaussian())));
			neurons.add(new MiniNeuron(s[0], s[1], s[2], s[3], s[4], brightness,
				activity(properties, conditionStarts)));
		}
		return neurons;
	}

	/** Centers and radii: {x, y, z, radiusXY, radiusZ} in µm. */
	private static List<double[]> place(final int count, final Random random) {
		final double maxX = (MiniZapbench.WIDTH - 1) * MiniZapbench.PIXEL_WIDTH;
		final double maxY = (MiniZapbench.HEIGHT - 1) * MiniZapbench.PIXEL_WIDTH;
		final double maxZ = (MiniZapbench.DEPTH - 1) * MiniZapbench.PIXEL_DEPTH;
		final List<double[]> shapes = new ArrayList<>(count);
		for (int attempt = 0; shapes.size() < count; attempt++) {
			if (attempt == MAX_ATTEMPTS) throw new IllegalStateException("Placed " +
				shapes.size() + " of " + count + " neurons in " + MAX_ATTEMPTS +
				" attempts; the crop is too small.");
			final double[] s = { uniform(random, MARGIN_XY_UM, maxX - MARGIN_XY_UM),
				uniform(random, MARGIN_XY_UM, maxY - MARGIN_XY_UM), uniform(random,
					MARGIN_Z_UM, maxZ - MARGIN_Z_UM), uniform(random, MIN_RADIUS_XY_UM,
						MAX_RADIUS_XY_UM), uniform(random, MIN_RADIUS_Z_UM,
							MAX_RADIUS_Z_UM) };
			if (apartFromAll(s, shapes)) shapes.add(s);
		}
		return shapes;
	}

	private static boolean apartFromAll(final double[] s,
		final List<double[]> shapes)
	{
		for (final double[] o : shapes) {
			final double rxy = SEPARATION * (s[3] + o[3]);
			final double rz = SEPARATION * (s[4] + o[4]);
			final double dx = (s[0] - o[0]) / rxy;
			final double dy = (s[1] - o[1]) / rxy;
			final double dz = (s[2] - o[2]) / rz;
			if (dx * dx + dy * dy + dz * dz < 1) return false;
		}
		return true;
	}

	/** Fluorescence per frame relative to rest. */
	static double[] activity(final Random random, final int[] conditionStarts) {
		final int frames = MiniZapbench.FRAMES;
		final double dt = MiniZapbench.FRAME_INTERVAL;
		final double[] trace = new double[frames];
		for (int t = 0; t < frames; t++)
			trace[t] = 1 + REST_JITTER * random.nextGaussian();
		final List<Double> onsets = new ArrayList<>();
		if (random.nextDouble() < TUNED_FRACTION) {
			final int c = random.nextInt(conditionStarts.length - 1);
			onsets.add(conditionStarts[c] * dt + uniform(random, 0.5, 3.0));
		}
		final double duration = frames * dt;
		for (double s = nextInterval(random); s < duration; s += nextInterval(
			random))
			onsets.add(s);
		for (final double onset : onsets)
			addTransient(trace, onset, uniform(random, MIN_AMPLITUDE, MAX_AMPLITUDE),
				uniform(random, MIN_DECAY_S, MAX_DECAY_S));
		return trace;
	}

	/**
	 * Exponential waiting time: spontaneous transients form a Poisson process.
	 */
	private static double nextInterval(final Random random) {
		return -SPONTANEOUS_INTERVAL_S * StrictMath.log(1 - random.nextDouble());
	}

	private static void addTransient(final double[] trace, final double onset,
		final double amplitude, final double decay)
	{
		for (int t = 0; t < trace.length; t++) {
			final double since = t * MiniZapbench.FRAME_INTERVAL - onset;
			if (since > 0) trace[t] += amplitude * (1 - StrictMath.exp(-since /
				RISE_S)) * StrictMath.exp(-since / decay);
		}
	}
}
