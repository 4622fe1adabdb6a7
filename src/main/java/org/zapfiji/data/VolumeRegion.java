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

package org.zapfiji.data;

import java.io.IOException;

/**
 * A box of a volume's full-resolution voxels at one time point, copied chunk by
 * chunk into a float array (x fastest): how snapping, detection and label
 * growth read voxels without a per-voxel accessor call, and the one place that
 * says a volume's voxel size along x, y and z.
 */
public final class VolumeRegion {

	private VolumeRegion() {}

	/**
	 * @param min first voxel x, y, z
	 * @param size voxels x, y, z; the box must lie inside the volume
	 */
	public static float[] read(final Volume volume, final int t, final long[] min,
		final int[] size, final ChunkCache cache) throws IOException
	{
		final ChunkedArray array = volume.level(0);
		final ArrayMetadata meta = array.metadata();
		final int[] axes = { volume.axis("x"), volume.axis("y"), volume.axis("z") };
		final int time = volume.axis("t");
		final int[] chunk = meta.chunkShape();
		final float[] out = new float[size[0] * size[1] * size[2]];
		final long[] first = new long[3], last = new long[3];
		for (int d = 0; d < 3; d++) {
			final int c = axes[d] < 0 ? 1 : chunk[axes[d]];
			first[d] = min[d] / c;
			last[d] = (min[d] + size[d] - 1) / c;
		}
		final long[] grid = new long[meta.numDimensions()];
		if (time >= 0) grid[time] = t / chunk[time];
		for (long gz = first[2]; gz <= last[2]; gz++)
			for (long gy = first[1]; gy <= last[1]; gy++)
				for (long gx = first[0]; gx <= last[0]; gx++) {
					final long[] g = { gx, gy, gz };
					for (int d = 0; d < 3; d++)
						if (axes[d] >= 0) grid[axes[d]] = g[d];
					final Chunk c = cache.get(array, grid);
					copy(c, meta, axes, time, t, grid, min, size, out);
				}
		return out;
	}

	/** µm per full-resolution voxel along x, y, z; 1 where an axis is missing. */
	public static double[] spacing(final Volume volume) {
		final String[] names = { "x", "y", "z" };
		final double[] spacing = new double[3];
		for (int d = 0; d < 3; d++) {
			final int axis = volume.axis(names[d]);
			spacing[d] = axis < 0 ? 1 : volume.spacing()[axis];
		}
		return spacing;
	}

	private static void copy(final Chunk c, final ArrayMetadata meta,
		final int[] axes, final int time, final int t, final long[] grid,
		final long[] min, final int[] size, final float[] out)
	{
		final int n = meta.numDimensions();
		final int[] shape = c == null ? meta.cellShape(grid) : c.shape();
		final int[] strides = new int[n];
		int stride = 1;
		for (int d = 0; d < n; d++) {
			strides[d] = stride;
			stride *= shape[d];
		}
		final int base = time < 0 ? 0 : (t % meta.chunkShape()[time]) *
			strides[time];
		final long[] origin = new long[3], lo = new long[3], hi = new long[3];
		final int[] s = new int[3];
		for (int d = 0; d < 3; d++) {
			origin[d] = axes[d] < 0 ? 0 : grid[axes[d]] * meta.chunkShape()[axes[d]];
			final int extent = axes[d] < 0 ? 1 : shape[axes[d]];
			lo[d] = Math.max(min[d], origin[d]);
			hi[d] = Math.min(min[d] + size[d], origin[d] + extent);
			s[d] = axes[d] < 0 ? 0 : strides[axes[d]];
		}
		final double fill = meta.fillValue() == null ? 0 : meta.fillValue()
			.doubleValue();
		final ChunkValues values = ChunkValues.of(c, meta.dataType(), fill);
		for (long z = lo[2]; z < hi[2]; z++)
			for (long y = lo[1]; y < hi[1]; y++) {
				int src = base + (int) (z - origin[2]) * s[2] + (int) (y - origin[1]) *
					s[1] + (int) (lo[0] - origin[0]) * s[0];
				int dst = (int) (((z - min[2]) * size[1] + (y - min[1])) * size[0] +
					(lo[0] - min[0]));
				for (long x = lo[0]; x < hi[0]; x++, src += s[0])
					out[dst++] = values.get(src);
			}
	}
}
