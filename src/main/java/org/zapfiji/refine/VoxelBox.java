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

import java.io.IOException;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;

/**
 * The voxels of a box around a point at one time point, as doubles, with the
 * voxel size: all a refiner sees of a volume.
 * <p>
 * Positions are in µm with voxel {@code (i, j, k)} centred at
 * {@code (i·sx, j·sy, k·sz)} of the full-resolution grid, as marks are stored.
 * Voxels beyond the volume's edge are left out of the box, so a click near the
 * edge sees a smaller box rather than invented values.
 */
public final class VoxelBox {

	/** First voxel of the box in the volume, x, y, z. */
	final long[] origin;

	/** Size in voxels, x, y, z. */
	final int[] size;

	/** µm per voxel, x, y, z. */
	final double[] spacing;

	/** x fastest. */
	final double[] values;

	VoxelBox(final long[] origin, final int[] size, final double[] spacing,
		final double[] values)
	{
		this.origin = origin;
		this.size = size;
		this.spacing = spacing;
		this.values = values;
	}

	/**
	 * The voxels of {@code volume} (full resolution, time {@code t}, channel 0)
	 * within {@code halfSize} µm of {@code center} along each axis.
	 *
	 * @throws IOException naming the file if a chunk cannot be read
	 */
	public static VoxelBox read(final Volume volume, final int t,
		final double[] center, final double[] halfSize, final ChunkCache cache)
		throws IOException
	{
		final int[] axes = { volume.axis("x"), volume.axis("y"), volume.axis("z") };
		if (axes[0] < 0 || axes[1] < 0) throw new IllegalArgumentException(volume
			.name() + ": refining needs axes x and y, found " + volume.axes());
		final double[] spacing = VolumeRegion.spacing(volume);
		final long[] min = new long[3];
		final int[] size = new int[3];
		final long[] shape = volume.metadata().shape();
		for (int d = 0; d < 3; d++) {
			final long extent = axes[d] < 0 ? 1 : shape[axes[d]];
			final long lo = Math.max(0, (long) Math.floor((center[d] - halfSize[d]) /
				spacing[d]));
			final long hi = Math.min(extent - 1, (long) Math.ceil((center[d] +
				halfSize[d]) / spacing[d]));
			min[d] = lo;
			size[d] = (int) Math.max(0, hi - lo + 1);
		}
		final float[] read = size[0] * size[1] * size[2] == 0 ? new float[0]
			: VolumeRegion.read(volume, t, min, size, cache);
		final double[] values = new double[read.length];
		for (int i = 0; i < read.length; i++)
			values[i] = read[i];
		return new VoxelBox(min, size, spacing, values);
	}

	/** A box over values already in memory, for tests and detectors. */
	public static VoxelBox of(final long[] origin, final int[] size,
		final double[] spacing, final double[] values)
	{
		if (values.length != size[0] * size[1] * size[2])
			throw new IllegalArgumentException("box of " + size[0] + " x " + size[1] +
				" x " + size[2] + " needs as many values, got " + values.length);
		return new VoxelBox(origin.clone(), size.clone(), spacing.clone(), values);
	}

	public boolean isEmpty() {
		return values.length == 0;
	}

	/** µm position of voxel index {@code i} (0 to size - 1) along axis d. */
	double position(final int d, final double i) {
		return (origin[d] + i) * spacing[d];
	}

	double value(final int x, final int y, final int z) {
		return values[x + size[0] * (y + size[1] * z)];
	}
}
