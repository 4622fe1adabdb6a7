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
 * The brightest voxel within the search ellipsoid, then the centroid of it and
 * its two neighbours along each axis for the sub-voxel position. Best on a box
 * smoothed at about the neuron's scale (the snapper's smoothing), where a
 * nucleus is a single hill.
 */
@Plugin(type = Refiner.class, name = LocalMaximumRefiner.NAME)
public final class LocalMaximumRefiner implements Refiner {

	public static final String NAME = "local_maximum";

	@Override
	public String description() {
		return "brightest voxel in the radius, refined by its neighbours";
	}

	@Override
	public Refinement refine(final VoxelBox box, final double[] click,
		final double[] markRadius)
	{
		final double[] radius = Ellipsoids.search(markRadius, box.spacing);
		if (box.isEmpty()) return Refinement.notFound(click, NAME);
		int bx = -1, by = -1, bz = -1;
		double best = Double.NEGATIVE_INFINITY;
		for (int z = 0; z < box.size[2]; z++)
			for (int y = 0; y < box.size[1]; y++)
				for (int x = 0; x < box.size[0]; x++) {
					if (Ellipsoids.normalized(box.position(0, x), box.position(1, y), box
						.position(2, z), click, radius) > 1) continue;
					if (box.value(x, y, z) > best) {
						best = box.value(x, y, z);
						bx = x;
						by = y;
						bz = z;
					}
				}
		if (bx < 0) return Refinement.notFound(click, NAME);
		final Background background = Background.of(box);
		final double level = background.level;
		final double[] at = { box.position(0, bx + offset(box, bx, by, bz, 0,
			level)), box.position(1, by + offset(box, bx, by, bz, 1, level)), box
				.position(2, bz + offset(box, bx, by, bz, 2, level)) };
		return new Refinement(at, (best - background.level) / background.spread,
			best > background.level, NAME);
	}

	/**
	 * The sub-voxel offset of the peak along {@code axis}: the centroid of the
	 * maximum and its two neighbours above background, in voxels, within ±0.5. A
	 * centroid rather than a parabola because a nucleus two 4 µm planes thick is
	 * flat on top, and because at the volume's first or last plane only one
	 * neighbour exists.
	 */
	private static double offset(final VoxelBox box, final int x, final int y,
		final int z, final int axis, final double level)
	{
		final int[] p = { x, y, z };
		double sum = 0, weighted = 0;
		for (int k = -1; k <= 1; k++) {
			final int at = p[axis] + k;
			if (at < 0 || at >= box.size[axis]) continue;
			final int[] q = p.clone();
			q[axis] = at;
			final double w = Math.max(0, box.value(q[0], q[1], q[2]) - level);
			sum += w;
			weighted += k * w;
		}
		return sum > 0 ? Math.max(-0.5, Math.min(0.5, weighted / sum)) : 0;
	}
}
