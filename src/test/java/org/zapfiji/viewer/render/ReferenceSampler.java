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

package org.zapfiji.viewer.render;

import org.zapfiji.viewer.transform.Affine3D;

/**
 * The slow, obvious way to draw a view of one flat uint16 array, written
 * independently of the renderer: for each pixel, screen to global to voxel,
 * then read or interpolate with plain indexing. The renderer must agree with
 * it.
 */
final class ReferenceSampler {

	private final short[] voxels;

	private final long[] dims;

	private final Affine3D voxelToGlobal;

	ReferenceSampler(final short[] voxels, final long[] dims,
		final Affine3D voxelToGlobal)
	{
		this.voxels = voxels;
		this.dims = dims;
		this.voxelToGlobal = voxelToGlobal;
	}

	/** Voxel coordinates seen at screen pixel {@code (x, y)}. */
	double[] voxelAt(final Affine3D view, final int x, final int y) {
		final double[] global = view.inverse().apply(x, y, 0);
		return voxelToGlobal.inverse().apply(global[0], global[1], global[2]);
	}

	boolean inside(final double[] p) {
		for (int d = 0; d < 3; d++)
			if (p[d] < -0.5 || p[d] >= dims[d] - 0.5) return false;
		return true;
	}

	double nearest(final double[] p) {
		return value(Math.round(p[0]), Math.round(p[1]), Math.round(p[2]));
	}

	double trilinear(final double[] p) {
		final long x = (long) Math.floor(p[0]), y = (long) Math.floor(p[1]), z =
			(long) Math.floor(p[2]);
		double sum = 0;
		for (int corner = 0; corner < 8; corner++) {
			final int cx = corner & 1, cy = corner >> 1 & 1, cz = corner >> 2 & 1;
			final double w = weight(p[0] - x, cx) * weight(p[1] - y, cy) * weight(
				p[2] - z, cz);
			sum += w * value(x + cx, y + cy, z + cz);
		}
		return sum;
	}

	private static double weight(final double fraction, final int upper) {
		return upper == 1 ? fraction : 1 - fraction;
	}

	/** The voxel, with coordinates clamped to the volume. */
	private double value(final long x, final long y, final long z) {
		final long cx = Math.max(0, Math.min(dims[0] - 1, x));
		final long cy = Math.max(0, Math.min(dims[1] - 1, y));
		final long cz = Math.max(0, Math.min(dims[2] - 1, z));
		return voxels[(int) ((cz * dims[1] + cy) * dims[0] + cx)] & 0xffff;
	}

	/**
	 * Grey 0–255 of {@code value} over {@code min..max}, as a display maps it.
	 */
	static int grey(final double value, final double min, final double max) {
		final double t = (value - min) / (max - min);
		return (int) Math.round(Math.max(0, Math.min(1, t)) * 255);
	}
}
