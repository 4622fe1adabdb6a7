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
import static org.zapfiji.testdata.DemoData.DEPTH;
import static org.zapfiji.testdata.DemoData.FRAMES;
import static org.zapfiji.testdata.DemoData.HEIGHT;
import static org.zapfiji.testdata.DemoData.PIXEL_DEPTH;
import static org.zapfiji.testdata.DemoData.PIXEL_WIDTH;
import static org.zapfiji.testdata.DemoData.WIDTH;

import java.util.List;
import java.util.Random;

import ij.ImageStack;
import ij.process.ShortProcessor;

/**
 * Draws the demo recording: a dim, smoothly varying background, one Gaussian
 * blob per nucleus, and camera noise, as an ImageJ stack in hyperstack order
 * (all planes of frame 1, then of frame 2, ...).
 * <p>
 * Each nucleus is sampled at voxel centers. Its lateral width is the imaged
 * width; along z the nucleus is blurred by the light sheet, so its axial sigma
 * is {@code sqrt(sigma² + Z_PSF_SIGMA_UM²)} and its peak drops by
 * {@code sigma / sigmaZ} (the blur spreads the light, it does not add any).
 * With 4 µm between planes a nucleus shows on one to three planes.
 * <p>
 * All planes of a volume share one time point; the plane-by-plane timing of a
 * real light-sheet scan is not modelled. Only {@link StrictMath} is used for
 * transcendental functions, so every JVM writes the same bytes.
 */
final class DemoRenderer {

	/** Mean background, in counts. */
	static final double BACKGROUND = 100;

	/** Largest relative deviation of the background from its mean. */
	static final double BACKGROUND_VARIATION = 0.15;

	static final int BACKGROUND_WAVES = 3;

	static final double MIN_WAVELENGTH_UM = 40;

	static final double MAX_WAVELENGTH_UM = 120;

	/** Axial standard deviation of the light sheet and detection, in µm. */
	static final double Z_PSF_SIGMA_UM = 1.3;

	/** Camera read noise, in counts. */
	static final double READ_NOISE = 2.0;

	/** How far a blob is drawn, in standard deviations. */
	private static final double REACH = 4.0;

	private DemoRenderer() {}

	static ImageStack render(final List<DemoNeuron> neurons,
		final Random backgroundRandom, final Random noise)
	{
		final float[][] background = background(backgroundRandom);
		final ImageStack stack = new ImageStack(WIDTH, HEIGHT);
		for (int t = 0; t < FRAMES; t++) {
			final float[][] expected = new float[DEPTH][];
			for (int z = 0; z < DEPTH; z++)
				expected[z] = background[z].clone();
			for (final DemoNeuron neuron : neurons)
				addNucleus(expected, neuron, neuron.activity()[t]);
			for (int z = 0; z < DEPTH; z++)
				stack.addSlice(null, withNoise(expected[z], noise));
		}
		return stack;
	}

	/**
	 * Tissue autofluorescence and scattered light: a few long plane waves with
	 * random direction (mostly lateral), wavelength and phase.
	 */
	private static float[][] background(final Random random) {
		final double[][] waves = new double[BACKGROUND_WAVES][];
		for (int w = 0; w < BACKGROUND_WAVES; w++) {
			final double k = 2 * Math.PI / uniform(random, MIN_WAVELENGTH_UM,
				MAX_WAVELENGTH_UM);
			final double azimuth = uniform(random, 0, 2 * Math.PI);
			final double elevation = uniform(random, -0.3, 0.3);
			waves[w] = new double[] { //
				k * StrictMath.cos(elevation) * StrictMath.cos(azimuth), //
				k * StrictMath.cos(elevation) * StrictMath.sin(azimuth), //
				k * StrictMath.sin(elevation), uniform(random, 0, 2 * Math.PI) };
		}
		final float[][] background = new float[DEPTH][WIDTH * HEIGHT];
		for (int z = 0; z < DEPTH; z++)
			for (int y = 0; y < HEIGHT; y++)
				for (int x = 0; x < WIDTH; x++) {
					double sum = 0;
					for (final double[] w : waves)
						sum += StrictMath.cos(w[0] * x * PIXEL_WIDTH + w[1] * y *
							PIXEL_WIDTH + w[2] * z * PIXEL_DEPTH + w[3]);
					background[z][y * WIDTH + x] = (float) (BACKGROUND * (1 +
						BACKGROUND_VARIATION * sum / BACKGROUND_WAVES));
				}
		return background;
	}

	private static void addNucleus(final float[][] volume,
		final DemoNeuron neuron, final double activity)
	{
		final double sigma = neuron.sigma();
		final double sigmaZ = Math.sqrt(sigma * sigma + Z_PSF_SIGMA_UM *
			Z_PSF_SIGMA_UM);
		final double peak = neuron.brightness() * activity * sigma / sigmaZ;
		final double[] gx = profile(neuron.x(), sigma, PIXEL_WIDTH, WIDTH);
		final double[] gy = profile(neuron.y(), sigma, PIXEL_WIDTH, HEIGHT);
		final double[] gz = profile(neuron.z(), sigmaZ, PIXEL_DEPTH, DEPTH);
		for (int z = 0; z < DEPTH; z++) {
			if (gz[z] == 0) continue;
			for (int y = 0; y < HEIGHT; y++) {
				if (gy[y] == 0) continue;
				final double zy = peak * gz[z] * gy[y];
				for (int x = 0; x < WIDTH; x++)
					if (gx[x] != 0) volume[z][y * WIDTH + x] += (float) (zy * gx[x]);
			}
		}
	}

	/**
	 * A unit-peak Gaussian sampled at the voxel centers of one axis; zero beyond
	 * {@link #REACH} standard deviations.
	 */
	private static double[] profile(final double center, final double sigma,
		final double spacing, final int size)
	{
		final double[] g = new double[size];
		for (int i = 0; i < size; i++) {
			final double d = (i * spacing - center) / sigma;
			if (Math.abs(d) <= REACH) g[i] = StrictMath.exp(-0.5 * d * d);
		}
		return g;
	}

	/**
	 * Shot noise with a variance equal to the mean (one count per photoelectron)
	 * plus read noise, drawn as a Gaussian: at 80 counts and more that is
	 * indistinguishable from Poisson noise, and {@link Random#nextGaussian()} is
	 * specified exactly.
	 */
	private static ShortProcessor withNoise(final float[] expected,
		final Random noise)
	{
		final short[] pixels = new short[expected.length];
		for (int i = 0; i < expected.length; i++) {
			final double mean = expected[i];
			final double value = mean + Math.sqrt(mean + READ_NOISE * READ_NOISE) *
				noise.nextGaussian();
			pixels[i] = (short) Math.max(0, Math.min(65535, Math.round(value)));
		}
		return new ShortProcessor(WIDTH, HEIGHT, pixels, null);
	}
}
