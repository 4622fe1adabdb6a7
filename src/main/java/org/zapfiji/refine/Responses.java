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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What detection does with a block's filter response: noise and maxima. */
final class Responses {

	private Responses() {}

	/**
	 * The response's noise: 1.4826 × the median absolute deviation from the
	 * median, from a sample of at most 65,536 voxels; robust to the neurons,
	 * which fill a minority of a block.
	 */
	static double noise(final float[] response) {
		final int step = Math.max(1, response.length / 65536);
		final float[] sample = new float[(response.length + step - 1) / step];
		for (int i = 0, j = 0; i < response.length; i += step)
			sample[j++] = response[i];
		Arrays.sort(sample);
		final float median = sample[sample.length / 2];
		for (int i = 0; i < sample.length; i++)
			sample[i] = Math.abs(sample[i] - median);
		Arrays.sort(sample);
		return Math.max(1e-6, 1.4826 * sample[sample.length / 2]);
	}

	/**
	 * Local maxima (over the 26 neighbours) in the block's core above
	 * {@code floor}, with a sub-voxel position per axis.
	 */
	static List<Candidate> maxima(final float[] r, final byte[] best,
		final int[] size, final long[] min, final DetectionGrid grid,
		final int block, final double floor, final double noise,
		final double[] scales)
	{
		final long[] c0 = grid.coreMin(block), c1 = grid.coreMax(block);
		final double[] spacing = grid.spacing();
		final List<Candidate> found = new ArrayList<>();
		for (long z = c0[2]; z < c1[2]; z++)
			for (long y = c0[1]; y < c1[1]; y++)
				for (long x = c0[0]; x < c1[0]; x++) {
					final int lx = (int) (x - min[0]), ly = (int) (y - min[1]), lz =
						(int) (z - min[2]);
					final int i = lx + size[0] * (ly + size[1] * lz);
					if (r[i] <= floor || !isMaximum(r, size, lx, ly, lz, i)) continue;
					final int[] at = { lx, ly, lz };
					final double[] p = new double[3];
					for (int d = 0; d < 3; d++)
						p[d] = (min[d] + at[d] + vertex(r, size, at, d)) * spacing[d];
					found.add(new Candidate(p, r[i] / noise, scales[best[i]]));
				}
		return found;
	}

	/**
	 * Greater than the neighbours before it in memory order and not less than
	 * those after, so a plateau yields one maximum.
	 */
	private static boolean isMaximum(final float[] r, final int[] size,
		final int x, final int y, final int z, final int i)
	{
		final float v = r[i];
		for (int dz = -1; dz <= 1; dz++)
			for (int dy = -1; dy <= 1; dy++)
				for (int dx = -1; dx <= 1; dx++) {
					if (dx == 0 && dy == 0 && dz == 0) continue;
					final int nx = x + dx, ny = y + dy, nz = z + dz;
					if (nx < 0 || ny < 0 || nz < 0 || nx >= size[0] || ny >= size[1] ||
						nz >= size[2]) continue;
					final int j = nx + size[0] * (ny + size[1] * nz);
					if (j < i ? r[j] >= v : r[j] > v) return false;
				}
		return true;
	}

	/** Vertex of the parabola through the maximum and its neighbours, ±0.5. */
	private static double vertex(final float[] r, final int[] size,
		final int[] at, final int axis)
	{
		if (at[axis] == 0 || at[axis] == size[axis] - 1) return 0;
		final int stride = axis == 0 ? 1 : axis == 1 ? size[0] : size[0] * size[1];
		final int i = at[0] + size[0] * (at[1] + size[1] * at[2]);
		final double lo = r[i - stride], c = r[i], hi = r[i + stride];
		final double curvature = lo - 2 * c + hi;
		if (curvature >= 0) return 0;
		return Math.max(-0.5, Math.min(0.5, 0.5 * (lo - hi) / curvature));
	}
}
