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

package org.zapfiji.refine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Each refiner on a synthetic spot of known sub-voxel center, with ZAPBench's
 * anisotropic voxels, background and noise: the click lands on the center.
 */
class RefinersTest {

	private static final double[] SPACING = { 0.406, 0.406, 4 };

	private static final double[] CENTER = { 10.3, 9.7, 14.6 };

	private static final double[] RADIUS = { 2.5, 2.5, 4 };

	private static final List<Refiner> ALL = List.of(new CentroidRefiner(),
		new LocalMaximumRefiner(), new GaussianFitRefiner());

	@Test
	void everyMethodFindsTheCenterOfASpot() {
		final VoxelBox box = spot(new Random(1), 400);
		final double[] click = { CENTER[0] + 0.6, CENTER[1] - 0.55, CENTER[2] +
			2.0 };
		for (final Refiner r : ALL) {
			final double smoothing = r instanceof LocalMaximumRefiner ? 1.0 : 0;
			final VoxelBox seen = smoothing > 0 ? Smoothing.gaussian(box,
				new double[] { smoothing, smoothing, smoothing }) : box;
			final Refinement found = r.refine(seen, click, RADIUS);
			assertTrue(found.found(), r.description());
			final double[] p = found.position();
			assertTrue(Math.hypot(p[0] - CENTER[0], p[1] - CENTER[1]) <= 0.25, found
				.toString());
			assertTrue(Math.abs(p[2] - CENTER[2]) <= 1.0, found.toString());
			assertTrue(found.score() > 10, "a clear spot scores high: " + found);
		}
	}

	@Test
	void theGaussianFitIsTheMostPreciseOnAGaussianSpot() {
		final Refinement fit = new GaussianFitRefiner().refine(spot(new Random(2),
			400), new double[] { 10, 10, 12 }, RADIUS);
		assertEquals(GaussianFitRefiner.NAME, fit.method());
		assertArrayEquals(CENTER, fit.position(), 0.3);
		assertEquals(CENTER[2], fit.position()[2], 0.3,
			"sub-plane z from 4 µm planes");
	}

	@Test
	void pureBackgroundIsNotASpot() {
		final VoxelBox flat = spot(new Random(3), 0);
		final Refinement r = new LocalMaximumRefiner().refine(flat, CENTER, RADIUS);
		assertTrue(r.score() < 6, "noise scores low: " + r);
		final VoxelBox empty = VoxelBox.of(new long[3], new int[3], SPACING,
			new double[0]);
		for (final Refiner refiner : ALL) {
			final Refinement none = refiner.refine(empty, CENTER, RADIUS);
			assertFalse(none.found());
			assertArrayEquals(CENTER, none.position(), 0, "the click is kept");
		}
	}

	/** A Gaussian spot of the given amplitude over background 100 with noise. */
	static VoxelBox spot(final Random random, final double amplitude) {
		final int[] size = { 50, 50, 8 };
		final double[] sigma = { 1.3, 1.3, 3.0 };
		final double[] values = new double[size[0] * size[1] * size[2]];
		int i = 0;
		for (int z = 0; z < size[2]; z++)
			for (int y = 0; y < size[1]; y++)
				for (int x = 0; x < size[0]; x++) {
					final double[] p = { x * SPACING[0], y * SPACING[1], z * SPACING[2] };
					double e = 0;
					for (int d = 0; d < 3; d++)
						e += Math.pow((p[d] - CENTER[d]) / sigma[d], 2);
					values[i++] = 100 + amplitude * Math.exp(-0.5 * e) + 5 * random
						.nextGaussian();
				}
		return VoxelBox.of(new long[3], size, SPACING, values);
	}
}
