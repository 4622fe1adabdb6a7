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

import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;

/**
 * How detection cuts a volume (or a region of it) into blocks: cores tiling x
 * and y over the region's full depth, each read with a halo for the filters.
 * Every voxel of the region lies in exactly one core.
 */
final class DetectionGrid {

	private final long[] dims;

	private final double[] spacing;

	private final long[] from, to;

	private final int core;

	private final int[] halo;

	private final int tilesX, tilesY;

	private DetectionGrid(final long[] dims, final double[] spacing,
		final long[] from, final long[] to, final int core, final int[] halo)
	{
		this.dims = dims;
		this.spacing = spacing;
		this.from = from;
		this.to = to;
		this.core = core;
		this.halo = halo;
		tilesX = (int) ((to[0] - from[0] + core - 1) / core);
		tilesY = (int) ((to[1] - from[1] + core - 1) / core);
	}

	/** @param region min and max corner in µm, or null for the whole volume */
	static DetectionGrid of(final Volume volume, final double[][] region,
		final int core, final int[] halo)
	{
		final String[] names = { "x", "y", "z" };
		final long[] dims = new long[3];
		final long[] from = new long[3], to = new long[3];
		final double[] spacing = VolumeRegion.spacing(volume);
		for (int d = 0; d < 3; d++) {
			final int axis = volume.axis(names[d]);
			dims[d] = axis < 0 ? 1 : volume.metadata().shape()[axis];
			from[d] = region == null ? 0 : Math.max(0, (long) Math.ceil(region[0][d] /
				spacing[d]));
			to[d] = region == null ? dims[d] : Math.min(dims[d], (long) Math.floor(
				region[1][d] / spacing[d]) + 1);
			if (to[d] <= from[d]) throw new IllegalArgumentException(
				"the region holds no voxel along " + names[d] + ": " + region[0][d] +
					" to " + region[1][d] + " µm");
		}
		return new DetectionGrid(dims, spacing, from, to, core, halo);
	}

	int blocks() {
		return tilesX * tilesY;
	}

	double[] spacing() {
		return spacing.clone();
	}

	/** First core voxel of {@code block}. */
	long[] coreMin(final int block) {
		return new long[] { from[0] + (long) (block % tilesX) * core, from[1] +
			(long) (block / tilesX) * core, from[2] };
	}

	/** One past the last core voxel. */
	long[] coreMax(final int block) {
		final long[] min = coreMin(block);
		return new long[] { Math.min(to[0], min[0] + core), Math.min(to[1], min[1] +
			core), to[2] };
	}

	/** First voxel read for {@code block}: the core minus the halo. */
	long[] min(final int block) {
		final long[] c = coreMin(block);
		for (int d = 0; d < 3; d++)
			c[d] = Math.max(0, c[d] - halo[d]);
		return c;
	}

	/** Voxels read for {@code block}. */
	int[] size(final int block) {
		final long[] min = min(block);
		final long[] max = coreMax(block);
		final int[] size = new int[3];
		for (int d = 0; d < 3; d++)
			size[d] = (int) (Math.min(dims[d], max[d] + halo[d]) - min[d]);
		return size;
	}
}
