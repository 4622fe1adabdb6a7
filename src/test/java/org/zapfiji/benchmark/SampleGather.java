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

package org.zapfiji.benchmark;

import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * The floor the renderer is measured against: the same screen samples read from
 * one flat x-fastest uint16 array by one thread, with nothing else done.
 */
final class SampleGather {

	private static volatile long sink;

	private SampleGather() {}

	static void gather(final short[] v, final long[] dims,
		final Affine3D screenToVoxel, final int width, final int height,
		final Interpolation interpolation)
	{
		final double[] m = screenToVoxel.rowMajor();
		final int nx = (int) dims[0], ny = (int) dims[1], nz = (int) dims[2];
		final int plane = nx * ny;
		long sum = 0;
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				final double px = m[0] * x + m[1] * y + m[3];
				final double py = m[4] * x + m[5] * y + m[7];
				final double pz = m[8] * x + m[9] * y + m[11];
				if (!(px >= -0.5 && px < nx - 0.5 && py >= -0.5 && py < ny - 0.5 &&
					pz >= -0.5 && pz < nz - 0.5)) continue;
				if (interpolation == Interpolation.NEAREST) sum += v[(int) (pz + 0.5) *
					plane + (int) (py + 0.5) * nx + (int) (px + 0.5)] & 0xffff;
				else sum += trilinear(v, nx, ny, nz, px, py, pz);
			}
		sink = sum;
	}

	private static long trilinear(final short[] v, final int nx, final int ny,
		final int nz, final double px, final double py, final double pz)
	{
		final int x0 = (int) Math.floor(px), y0 = (int) Math.floor(py), z0 =
			(int) Math.floor(pz);
		final double wx = px - x0, wy = py - y0, wz = pz - z0;
		final int xa = Math.max(0, x0), xb = Math.min(nx - 1, x0 + 1);
		final int ya = Math.max(0, y0), yb = Math.min(ny - 1, y0 + 1);
		final int za = Math.max(0, z0), zb = Math.min(nz - 1, z0 + 1);
		final int plane = nx * ny;
		final double a = lerp(v[za * plane + ya * nx + xa], v[za * plane + ya * nx +
			xb], wx);
		final double b = lerp(v[za * plane + yb * nx + xa], v[za * plane + yb * nx +
			xb], wx);
		final double c = lerp(v[zb * plane + ya * nx + xa], v[zb * plane + ya * nx +
			xb], wx);
		final double d = lerp(v[zb * plane + yb * nx + xa], v[zb * plane + yb * nx +
			xb], wx);
		final double e = a + wy * (b - a), f = c + wy * (d - c);
		return (long) (e + wz * (f - e));
	}

	private static double lerp(final short p, final short q, final double w) {
		final double a = p & 0xffff;
		return a + w * ((q & 0xffff) - a);
	}
}
