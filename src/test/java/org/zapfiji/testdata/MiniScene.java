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

import static org.zapfiji.testdata.MiniZapbench.DEPTH;
import static org.zapfiji.testdata.MiniZapbench.HEIGHT;
import static org.zapfiji.testdata.MiniZapbench.PIXEL_DEPTH;
import static org.zapfiji.testdata.MiniZapbench.PIXEL_WIDTH;
import static org.zapfiji.testdata.MiniZapbench.WIDTH;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The mini-ZAPBench crop drawn voxel by voxel: segmentation labels, the
 * fluorescence of each frame, the camera image and ΔF/F. Volumes are flat
 * arrays with x fastest: voxel (x, y, z) is at {@code x + WIDTH * (y + HEIGHT *
 * z)}.
 * <p>
 * Each nucleus glows as a soft-edged ellipsoid (a logistic fall-off around its
 * surface) over a dim background that varies smoothly by ±15 %. Its segment is
 * the set of voxels whose centers lie inside the ellipsoid.
 * <p>
 * ΔF/F is computed from the noise-free fluorescence against the rest
 * fluorescence F0 (every neuron at activity 1), then rounded to multiples of
 * 2<sup>-10</sup> and clipped to ZAPBench's [-0.25, 1.5]. The rounding keeps
 * the files small (byte-shuffled floats with zero low bytes compress well) and
 * makes every sum of ΔF/F values exact in double precision, so a segment mean
 * does not depend on the order of summation. Outside every nucleus' reach ΔF/F
 * is exactly 0.
 */
final class MiniScene {

	static final double BACKGROUND = 100;

	static final double BACKGROUND_VARIATION = 0.15;

	/** Width of the soft edge, in units of the radii. */
	static final double EDGE = 0.12;

	/** How far a nucleus glows, in units of its radii. */
	static final double REACH = 1.8;

	static final double READ_NOISE = 2.0;

	/**
	 * Photoelectrons per count: shot noise has variance mean / gain. With 2,
	 * background noise is about 7 counts, which keeps the raw video small.
	 */
	static final double GAIN = 2.0;

	static final double QUANTUM = 1.0 / 1024;

	static final float MIN_DFF = -0.25f;

	static final float MAX_DFF = 1.5f;

	static final int VOXELS = WIDTH * HEIGHT * DEPTH;

	private final List<MiniNeuron> neurons;

	private final double[] background;

	private final double[] rest;

	private final int[] labels;

	private final int[][] footprints;

	private final double[][] weights;

	private MiniScene(final List<MiniNeuron> neurons, final double[] background,
		final int[] labels, final int[][] footprints, final double[][] weights)
	{
		this.neurons = neurons;
		this.background = background;
		this.labels = labels;
		this.footprints = footprints;
		this.weights = weights;
		this.rest = background.clone();
		for (int n = 0; n < neurons.size(); n++)
			for (int i = 0; i < footprints[n].length; i++)
				rest[footprints[n][i]] += neurons.get(n).brightness() * weights[n][i];
	}

	static MiniScene draw(final List<MiniNeuron> neurons, final Random random) {
		final int[] labels = new int[VOXELS];
		final double[] nearest = new double[VOXELS];
		Arrays.fill(nearest, 1);
		final int[][] footprints = new int[neurons.size()][];
		final double[][] weights = new double[neurons.size()][];
		for (int n = 0; n < neurons.size(); n++)
			footprint(neurons.get(n), n + 1, labels, nearest, footprints, weights);
		for (int n = 0; n < neurons.size(); n++)
			if (!contains(labels, n + 1)) throw new IllegalStateException("label " +
				(n + 1) + " has no voxel");
		return new MiniScene(List.copyOf(neurons), background(random), labels,
			footprints, weights);
	}

	private static void footprint(final MiniNeuron m, final int label,
		final int[] labels, final double[] nearest, final int[][] footprints,
		final double[][] weights)
	{
		final int x0 = Math.max(0, (int) Math.floor((m.x() - REACH * m.radiusXY()) /
			PIXEL_WIDTH));
		final int x1 = Math.min(WIDTH - 1, (int) Math.ceil((m.x() + REACH * m
			.radiusXY()) / PIXEL_WIDTH));
		final int y0 = Math.max(0, (int) Math.floor((m.y() - REACH * m.radiusXY()) /
			PIXEL_WIDTH));
		final int y1 = Math.min(HEIGHT - 1, (int) Math.ceil((m.y() + REACH * m
			.radiusXY()) / PIXEL_WIDTH));
		final int z0 = Math.max(0, (int) Math.floor((m.z() - REACH * m.radiusZ()) /
			PIXEL_DEPTH));
		final int z1 = Math.min(DEPTH - 1, (int) Math.ceil((m.z() + REACH * m
			.radiusZ()) / PIXEL_DEPTH));
		final int[] index = new int[(x1 - x0 + 1) * (y1 - y0 + 1) * (z1 - z0 + 1)];
		final double[] weight = new double[index.length];
		int count = 0;
		for (int z = z0; z <= z1; z++)
			for (int y = y0; y <= y1; y++)
				for (int x = x0; x <= x1; x++) {
					final double r = m.normalizedDistance(x * PIXEL_WIDTH, y *
						PIXEL_WIDTH, z * PIXEL_DEPTH);
					if (r > REACH) continue;
					final int v = x + WIDTH * (y + HEIGHT * z);
					index[count] = v;
					weight[count++] = 1 / (1 + StrictMath.exp((r - 1) / EDGE));
					if (r < nearest[v]) {
						nearest[v] = r;
						labels[v] = label;
					}
				}
		footprints[label - 1] = Arrays.copyOf(index, count);
		weights[label - 1] = Arrays.copyOf(weight, count);
	}

	private static boolean contains(final int[] labels, final int label) {
		for (final int l : labels)
			if (l == label) return true;
		return false;
	}

	/** Three long plane waves, as in the demo recording. */
	private static double[] background(final Random random) {
		final double[][] waves = new double[3][];
		for (int w = 0; w < waves.length; w++) {
			final double angle = 2 * Math.PI * random.nextDouble();
			final double k = 2 * Math.PI / CalciumTraces.uniform(random, 40, 120);
			waves[w] = new double[] { k * StrictMath.cos(angle), k * StrictMath.sin(
				angle), 0.3 * k * random.nextGaussian(), 2 * Math.PI * random
					.nextDouble() };
		}
		final double[] b = new double[VOXELS];
		for (int z = 0; z < DEPTH; z++)
			for (int y = 0; y < HEIGHT; y++)
				for (int x = 0; x < WIDTH; x++) {
					double s = 0;
					for (final double[] w : waves)
						s += StrictMath.sin(w[0] * x * PIXEL_WIDTH + w[1] * y *
							PIXEL_WIDTH + w[2] * z * PIXEL_DEPTH + w[3]);
					b[x + WIDTH * (y + HEIGHT * z)] = BACKGROUND * (1 +
						BACKGROUND_VARIATION * s / waves.length);
				}
		return b;
	}

	/** Segmentation labels, 0 for background, label k for neuron k - 1. */
	int[] labels() {
		return labels.clone();
	}

	int neuronCount() {
		return neurons.size();
	}

	/** Fluorescence above rest in frame {@code t}, noise-free. */
	double[] change(final int t) {
		final double[] change = new double[VOXELS];
		for (int n = 0; n < neurons.size(); n++) {
			final MiniNeuron m = neurons.get(n);
			final double above = m.brightness() * (m.activity()[t] - 1);
			for (int i = 0; i < footprints[n].length; i++)
				change[footprints[n][i]] += above * weights[n][i];
		}
		return change;
	}

	/**
	 * The camera image: shot noise with variance mean / {@link #GAIN} plus read
	 * noise, rounded and clamped to uint16.
	 */
	short[] raw(final double[] change, final Random noise) {
		final short[] raw = new short[VOXELS];
		for (int v = 0; v < VOXELS; v++) {
			final double mean = Math.max(0, rest[v] + change[v]);
			final double value = mean + Math.sqrt(mean / GAIN + READ_NOISE *
				READ_NOISE) * noise.nextGaussian();
			raw[v] = (short) Math.max(0, Math.min(65535, Math.round(value)));
		}
		return raw;
	}

	/**
	 * A standard normal deviate approximated by the sum of four uniform ones
	 * (from the four 16-bit parts of one {@code nextLong}): many times faster
	 * than {@link Random#nextGaussian()}, whose logarithms dominated the
	 * generation time, and no worse for camera noise. Tails end at ±3.46.
	 */
	static double roughGaussian(final Random random) {
		long bits = random.nextLong();
		double sum = 0;
		for (int i = 0; i < 4; i++) {
			sum += (bits & 0xffff) + 0.5;
			bits >>>= 16;
		}
		return (sum / 65536 - 2) * SQRT_3;
	}

	private static final double SQRT_3 = Math.sqrt(3);

	/** ΔF/F = change / F0, rounded to {@link #QUANTUM} and clipped. */
	float[] deltaFOverF(final double[] change) {
		final float[] dff = new float[VOXELS];
		for (int v = 0; v < VOXELS; v++) {
			// + 0.0 turns -0.0 into 0.0
			final double q = Math.rint(change[v] / rest[v] / QUANTUM) * QUANTUM + 0.0;
			dff[v] = (float) Math.max(MIN_DFF, Math.min(MAX_DFF, q));
		}
		return dff;
	}
}
