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

import java.util.ArrayList;
import java.util.List;

import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.data.DataType;

/**
 * Where a model must not learn (uint8: 1 = ignore, 0 = use): every voxel whose
 * center lies outside all complete regions. Only inside a complete region is
 * every neuron marked, so only there does "no label" mean "no neuron".
 */
public final class IgnoreMask extends ComputedArray {

	/** Complete regions as voxel index ranges, inclusive: {xmin..zmax}. */
	private final List<long[]> boxes = new ArrayList<>();

	public IgnoreMask(final LabelGrid grid, final List<Region> regions) {
		super(grid, DataType.UINT8, "ignore mask");
		final double[] s = grid.spacing();
		for (final Region r : regions) {
			if (r.status() != RegionStatus.COMPLETE) continue;
			final long[] box = new long[6];
			for (int d = 0; d < 3; d++) {
				box[d] = (long) Math.ceil(r.min()[d] / s[d] - 1e-9);
				box[3 + d] = (long) Math.floor(r.max()[d] / s[d] + 1e-9);
			}
			boxes.add(box);
		}
	}

	@Override
	Object compute(final long[] origin, final int[] size) {
		final byte[] ignore = new byte[size[0] * size[1] * size[2]];
		java.util.Arrays.fill(ignore, (byte) 1);
		for (final long[] b : boxes) {
			final int[] lo = new int[3], hi = new int[3];
			boolean empty = false;
			for (int d = 0; d < 3; d++) {
				lo[d] = (int) Math.max(0, b[d] - origin[d]);
				hi[d] = (int) Math.min(size[d] - 1, b[3 + d] - origin[d]);
				empty |= lo[d] > hi[d];
			}
			if (empty) continue;
			for (int z = lo[2]; z <= hi[2]; z++)
				for (int y = lo[1]; y <= hi[1]; y++) {
					final int row = (z * size[1] + y) * size[0];
					java.util.Arrays.fill(ignore, row + lo[0], row + hi[0] + 1, (byte) 0);
				}
		}
		return ignore;
	}
}
