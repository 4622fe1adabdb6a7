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
 * Places the neurons of the demo recording and gives each a size, a rest
 * brightness and an activity trace.
 * <p>
 * Centers are drawn uniformly and rejected when closer than one nucleus
 * diameter to an earlier one, measured in microns, so that neurons on
 * neighbouring planes (4 µm apart) still count as close. Centers keep a margin
 * from the crop's faces so every nucleus has its peak inside the image.
 */
final class DemoNeurons {

	static final int COUNT = 150;

	static final double MIN_DISTANCE_UM = 5.0;

	static final double MARGIN_XY_UM = 2.0;

	static final double MARGIN_Z_UM = 1.0;

	static final double MIN_SIGMA_UM = 1.6;

	static final double MAX_SIGMA_UM = 2.2;

	/** Median in-focus peak above background at rest, in counts. */
	static final double MEDIAN_BRIGHTNESS = 300;

	/** Standard deviation of the log of the rest brightness. */
	static final double BRIGHTNESS_SPREAD = 0.3;

	static final double MIN_BRIGHTNESS = 180;

	static final double MAX_BRIGHTNESS = 700;

	/** Chance that a neuron fires during the few frames of the demo. */
	static final double ACTIVE_FRACTION = 0.12;

	private static final int MAX_ATTEMPTS = 100_000;

	private DemoNeurons() {}

	/**
	 * Creates {@link #COUNT} neurons sorted by z, then y, then x, so the table
	 * reads plane by plane. Placement and properties use separate random streams:
	 * changing how brightness is drawn does not move any neuron.
	 */
	static List<DemoNeuron> create(final Random placement,
		final Random properties)
	{
		final List<double[]> centers = placeCenters(placement);
		centers.sort(Comparator.<double[]> comparingDouble(c -> c[2])
			.thenComparingDouble(c -> c[1]).thenComparingDouble(c -> c[0]));
		final List<DemoNeuron> neurons = new ArrayList<>(centers.size());
		for (final double[] c : centers) {
			final double sigma = roundToNanometre(uniform(properties, MIN_SIGMA_UM,
				MAX_SIGMA_UM));
			final double brightness = Math.max(MIN_BRIGHTNESS, Math.min(
				MAX_BRIGHTNESS, MEDIAN_BRIGHTNESS * StrictMath.exp(BRIGHTNESS_SPREAD *
					properties.nextGaussian())));
			final double[] activity = properties.nextDouble() < ACTIVE_FRACTION
				? CalciumTraces.withTransient(properties, DemoData.FRAMES,
					DemoData.FRAME_INTERVAL) : CalciumTraces.atRest(properties,
						DemoData.FRAMES);
			neurons.add(new DemoNeuron(c[0], c[1], c[2], sigma, brightness,
				activity));
		}
		return neurons;
	}

	private static List<double[]> placeCenters(final Random random) {
		final double maxX = (DemoData.WIDTH - 1) * DemoData.PIXEL_WIDTH;
		final double maxY = (DemoData.HEIGHT - 1) * DemoData.PIXEL_WIDTH;
		final double maxZ = (DemoData.DEPTH - 1) * DemoData.PIXEL_DEPTH;
		final List<double[]> centers = new ArrayList<>(COUNT);
		for (int attempt = 0; centers.size() < COUNT; attempt++) {
			if (attempt == MAX_ATTEMPTS) throw new IllegalStateException("Placed " +
				centers.size() + " of " + COUNT + " neurons " + MIN_DISTANCE_UM +
				" µm apart in " + MAX_ATTEMPTS + " attempts; the crop is too small.");
			final double[] c = { //
				roundToNanometre(uniform(random, MARGIN_XY_UM, maxX - MARGIN_XY_UM)),
				roundToNanometre(uniform(random, MARGIN_XY_UM, maxY - MARGIN_XY_UM)),
				roundToNanometre(uniform(random, MARGIN_Z_UM, maxZ - MARGIN_Z_UM)) };
			if (farFromAll(c, centers)) centers.add(c);
		}
		return centers;
	}

	private static boolean farFromAll(final double[] c,
		final List<double[]> centers)
	{
		for (final double[] other : centers) {
			final double dx = c[0] - other[0];
			final double dy = c[1] - other[1];
			final double dz = c[2] - other[2];
			if (dx * dx + dy * dy + dz * dz < MIN_DISTANCE_UM * MIN_DISTANCE_UM)
				return false;
		}
		return true;
	}

	/** Rounds to the three decimals of the ground-truth table. */
	private static double roundToNanometre(final double microns) {
		return Math.rint(microns * 1000) / 1000;
	}
}
