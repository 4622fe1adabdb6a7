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

package org.zapfiji.labels;

import org.zapfiji.data.DataType;

/**
 * A Gaussian blob at every mark's center, σ in µm (so it is round in space
 * however anisotropic the voxels): the target of center-regression models. Each
 * voxel holds the largest of the blobs reaching it, so every peak is exactly 1
 * at a center that falls on a voxel and neighbours do not add up to a false
 * peak between them. Cut at 4 σ, where a blob is below 0.0004. float32.
 */
public final class CenterHeatmap extends ComputedArray {

	/** How many σ a blob reaches. */
	static final double CUT = 4;

	private final LabeledMarks marks;

	private final double sigma;

	private final double[] reach;

	/**
	 * @param grid the whole image's grid or a crop of it
	 * @param sigma µm
	 */
	public CenterHeatmap(final LabelGrid grid, final LabeledMarks marks,
		final double sigma)
	{
		super(grid, DataType.FLOAT32, "center heatmap");
		if (!(sigma > 0)) throw new IllegalArgumentException(
			"heatmap sigma must be positive µm, found " + sigma);
		this.marks = marks;
		this.sigma = sigma;
		final double[] spacing = grid.spacing();
		reach = new double[3];
		for (int d = 0; d < 3; d++)
			reach[d] = CUT * sigma / spacing[d];
	}

	@Override
	Object compute(final long[] origin, final int[] size) {
		final float[] heat = new float[size[0] * size[1] * size[2]];
		final long[] max = { origin[0] + size[0] - 1, origin[1] + size[1] - 1,
			origin[2] + size[2] - 1 };
		final double[] s = grid.spacing();
		final double inverse = 1 / (2 * sigma * sigma);
		final double cut = CUT * CUT * sigma * sigma;
		for (final int id : marks.near(origin, max, reach)) {
			final double[] c = marks.voxelCenter(id);
			final int[] lo = new int[3], hi = new int[3];
			for (int d = 0; d < 3; d++) {
				lo[d] = (int) Math.max(0, Math.ceil(c[d] - reach[d]) - origin[d]);
				hi[d] = (int) Math.min(size[d] - 1, Math.floor(c[d] + reach[d]) -
					origin[d]);
			}
			for (int z = lo[2]; z <= hi[2]; z++) {
				final double dz = (origin[2] + z - c[2]) * s[2];
				for (int y = lo[1]; y <= hi[1]; y++) {
					final double dy = (origin[1] + y - c[1]) * s[1];
					final double dyz = dy * dy + dz * dz;
					if (dyz > cut) continue;
					int v = (z * size[1] + y) * size[0] + lo[0];
					for (int x = lo[0]; x <= hi[0]; x++, v++) {
						final double dx = (origin[0] + x - c[0]) * s[0];
						final double d2 = dx * dx + dyz;
						if (d2 > cut) continue;
						final float value = (float) Math.exp(-d2 * inverse);
						if (value > heat[v]) heat[v] = value;
					}
				}
			}
		}
		return heat;
	}
}
