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

import org.scijava.plugin.Plugin;

/**
 * The intensity-weighted centroid of the signal above background within the
 * search ellipsoid, moved there and computed again until it settles.
 * <p>
 * Robust for the flat-topped nuclei of light-sheet data and for anisotropic
 * voxels: with 4 µm planes a nucleus spans two or three planes, and their
 * weights place the center between planes, where a maximum could only pick a
 * plane.
 */
@Plugin(type = Refiner.class, name = CentroidRefiner.NAME)
public final class CentroidRefiner implements Refiner {

	public static final String NAME = "centroid";

	private static final int MAX_ITERATIONS = 20;

	/** Settled when a step moves less than this, in µm. */
	private static final double TOLERANCE = 0.01;

	@Override
	public String description() {
		return "intensity-weighted centroid above background, iterated";
	}

	@Override
	public Refinement refine(final VoxelBox box, final double[] click,
		final double[] markRadius)
	{
		final double[] radius = Ellipsoids.search(markRadius, box.spacing);
		if (box.isEmpty()) return Refinement.notFound(click, NAME);
		final Background background = Background.of(box);
		double[] center = click.clone();
		double mass = 0;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			final double[] sum = new double[4];
			accumulate(box, center, radius, background.level, sum);
			mass = sum[3];
			if (!(mass > 0)) return Refinement.notFound(click, NAME);
			final double[] next = { sum[0] / mass, sum[1] / mass, sum[2] / mass };
			final double step = distance(next, center);
			center = next;
			if (step < TOLERANCE) break;
		}
		if (Ellipsoids.normalized(center, click, radius) > 1) return Refinement
			.notFound(click, NAME);
		final double score = peakAbove(box, center, radius, background) /
			background.spread;
		return new Refinement(center, score, true, NAME);
	}

	/** Sums of weight × position and of weight, over the ellipsoid. */
	private static void accumulate(final VoxelBox box, final double[] center,
		final double[] radius, final double level, final double[] sum)
	{
		for (int z = 0; z < box.size[2]; z++)
			for (int y = 0; y < box.size[1]; y++)
				for (int x = 0; x < box.size[0]; x++) {
					final double px = box.position(0, x), py = box.position(1, y), pz =
						box.position(2, z);
					if (Ellipsoids.normalized(px, py, pz, center, radius) > 1) continue;
					final double w = box.value(x, y, z) - level;
					if (w <= 0) continue;
					sum[0] += w * px;
					sum[1] += w * py;
					sum[2] += w * pz;
					sum[3] += w;
				}
	}

	/** Mean signal above background within half the radius of the center. */
	static double peakAbove(final VoxelBox box, final double[] center,
		final double[] radius, final Background background)
	{
		final double[] half = { radius[0] / 2, radius[1] / 2, radius[2] / 2 };
		double sum = 0;
		int n = 0;
		for (int z = 0; z < box.size[2]; z++)
			for (int y = 0; y < box.size[1]; y++)
				for (int x = 0; x < box.size[0]; x++)
					if (Ellipsoids.normalized(box.position(0, x), box.position(1, y), box
						.position(2, z), center, half) <= 1)
					{
						sum += box.value(x, y, z) - background.level;
						n++;
					}
		return n == 0 ? 0 : sum / n;
	}

	private static double distance(final double[] a, final double[] b) {
		final double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}
}
