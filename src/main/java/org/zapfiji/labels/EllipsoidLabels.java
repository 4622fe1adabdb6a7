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

import java.util.Arrays;

import org.zapfiji.data.DataType;

/**
 * Instance labels drawn as each mark's ellipsoid (its radius per axis in µm): a
 * voxel whose center lies inside belongs to that mark. Where ellipsoids
 * overlap, the voxel goes to the mark it lies deepest in (smallest distance in
 * units of the radii), so touching neurons split along a sensible surface and
 * the result does not depend on the order of marks. Values are uint32 instance
 * ids, 0 for background.
 */
public final class EllipsoidLabels extends ComputedArray {

	private final LabeledMarks marks;

	private final double[] reach;

	/** @param grid the whole image's grid or a crop of it */
	public EllipsoidLabels(final LabelGrid grid, final LabeledMarks marks) {
		super(grid, DataType.UINT32, "ellipsoid instances");
		this.marks = marks;
		final double[] spacing = grid.spacing();
		reach = new double[3];
		for (int i = 1; i <= marks.count(); i++)
			for (int d = 0; d < 3; d++)
				reach[d] = Math.max(reach[d], marks.mark(i).radius()[d] / spacing[d]);
	}

	@Override
	Object compute(final long[] origin, final int[] size) {
		final int[] labels = new int[size[0] * size[1] * size[2]];
		final double[] depth = new double[labels.length];
		Arrays.fill(depth, 1.0);
		final long[] max = { origin[0] + size[0] - 1, origin[1] + size[1] - 1,
			origin[2] + size[2] - 1 };
		final double[] spacing = grid.spacing();
		for (final int id : marks.near(origin, max, reach)) {
			final double[] c = marks.voxelCenter(id);
			final double[] r = marks.mark(id).radius();
			final double[] rv = { r[0] / spacing[0], r[1] / spacing[1], r[2] /
				spacing[2] };
			final int[] lo = new int[3], hi = new int[3];
			for (int d = 0; d < 3; d++) {
				lo[d] = (int) Math.max(0, Math.ceil(c[d] - rv[d]) - origin[d]);
				hi[d] = (int) Math.min(size[d] - 1, Math.floor(c[d] + rv[d]) -
					origin[d]);
			}
			for (int z = lo[2]; z <= hi[2]; z++) {
				final double dz = (origin[2] + z - c[2]) / rv[2];
				for (int y = lo[1]; y <= hi[1]; y++) {
					final double dy = (origin[1] + y - c[1]) / rv[1];
					final double dyz = dy * dy + dz * dz;
					if (dyz > 1) continue;
					int v = (z * size[1] + y) * size[0] + lo[0];
					for (int x = lo[0]; x <= hi[0]; x++, v++) {
						final double dx = (origin[0] + x - c[0]) / rv[0];
						final double q = dx * dx + dyz;
						if (q <= 1 && (labels[v] == 0 || q < depth[v] || q == depth[v] &&
							id < labels[v]))
						{
							depth[v] = q;
							labels[v] = id;
						}
					}
				}
			}
		}
		return labels;
	}
}
