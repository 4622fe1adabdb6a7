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

import java.io.IOException;
import java.io.UncheckedIOException;

import org.zapfiji.viewer.source.Block;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * Samples one resolution level of one source at screen points, for one thread.
 * <p>
 * It keeps the block it read last: along a row of screen pixels the next voxel
 * is nearly always in the same block, so the common case is a bounds check and
 * one array read. Not thread-safe: each render tile makes its own.
 */
final class LevelSampler {

	static final int OK = 0;

	static final int OUTSIDE = 1;

	static final int NOT_LOADED = 2;

	private final VoxelBlocks blocks;

	private final boolean wait;

	private final double m00, m01, m03, m10, m11, m13, m20, m21, m23;

	private final long dx, dy, dz;

	private final double ex, ey, ez;

	private Block current;

	/** The block of the upper plane in trilinear sampling. */
	private Block above;

	/**
	 * Outcome of the last sample: {@link #OK}, {@link #OUTSIDE} or
	 * {@link #NOT_LOADED}.
	 */
	int status;

	/**
	 * @param screenToVoxel from screen pixels to this level's voxels
	 * @param wait whether to load missing blocks now rather than report them
	 */
	LevelSampler(final VoxelBlocks blocks, final Affine3D screenToVoxel,
		final boolean wait)
	{
		this.blocks = blocks;
		this.wait = wait;
		final double[] m = screenToVoxel.rowMajor();
		m00 = m[0];
		m01 = m[1];
		m03 = m[3];
		m10 = m[4];
		m11 = m[5];
		m13 = m[7];
		m20 = m[8];
		m21 = m[9];
		m23 = m[11];
		final long[] d = blocks.dimensions();
		dx = d[0];
		dy = d[1];
		dz = d[2];
		ex = dx - 0.5;
		ey = dy - 0.5;
		ez = dz - 0.5;
	}

	/** The nearest voxel's value at screen point {@code (sx, sy)}. */
	double nearest(final double sx, final double sy) {
		final double px = m00 * sx + m01 * sy + m03;
		final double py = m10 * sx + m11 * sy + m13;
		final double pz = m20 * sx + m21 * sy + m23;
		if (!(px >= -0.5 && px < ex && py >= -0.5 && py < ey && pz >= -0.5 &&
			pz < ez))
		{
			status = OUTSIDE;
			return 0;
		}
		final long ix = (long) (px + 0.5), iy = (long) (py + 0.5), iz = (long) (pz +
			0.5);
		Block b = current;
		if (b == null || ix < b.x0 || ix >= b.x1 || iy < b.y0 || iy >= b.y1 ||
			iz < b.z0 || iz >= b.z1)
		{
			b = block(ix, iy, iz);
			if (b == null) {
				status = NOT_LOADED;
				return 0;
			}
			current = b;
		}
		status = OK;
		return b.get(b.offset + (int) (ix - b.x0) * b.sx + (int) (iy - b.y0) *
			b.sy + (int) (iz - b.z0) * b.sz);
	}

	/**
	 * The trilinear interpolation of the 8 voxels around screen point
	 * {@code (sx, sy)}; the volume's border voxels extend half a voxel outward,
	 * so the image covers the same area as with {@link #nearest}.
	 */
	double trilinear(final double sx, final double sy) {
		final double px = m00 * sx + m01 * sy + m03;
		final double py = m10 * sx + m11 * sy + m13;
		final double pz = m20 * sx + m21 * sy + m23;
		if (!(px >= -0.5 && px < ex && py >= -0.5 && py < ey && pz >= -0.5 &&
			pz < ez))
		{
			status = OUTSIDE;
			return 0;
		}
		final double fx = Math.floor(px), fy = Math.floor(py), fz = Math.floor(pz);
		final double wx = px - fx, wy = py - fy, wz = pz - fz;
		final long x0 = clamp((long) fx, dx), x1 = clamp((long) fx + 1, dx);
		final long y0 = clamp((long) fy, dy), y1 = clamp((long) fy + 1, dy);
		final long z0 = clamp((long) fz, dz), z1 = clamp((long) fz + 1, dz);
		status = OK;
		final double below = bilinear(false, x0, x1, y0, y1, z0, wx, wy);
		final double above = bilinear(true, x0, x1, y0, y1, z1, wx, wy);
		if (status == NOT_LOADED) return 0;
		return below + wz * (above - below);
	}

	/**
	 * The bilinear mix of the 4 voxels around {@code (x, y)} in plane {@code z}.
	 * Each of the two planes keeps its own block, so a volume chunked one slice
	 * deep (ZAPBench's raw layout) still reads 4 voxels per plane from memory it
	 * already holds, rather than looking up every voxel.
	 */
	private double bilinear(final boolean upper, final long x0, final long x1,
		final long y0, final long y1, final long z, final double wx,
		final double wy)
	{
		Block b = upper ? above : current;
		if (b == null || !(x0 >= b.x0 && x1 < b.x1 && y0 >= b.y0 && y1 < b.y1 &&
			z >= b.z0 && z < b.z1))
		{
			b = block(x0, y0, z);
			if (b == null || !b.contains(x1, y1, z)) {
				final double v00 = voxel(x0, y0, z), v10 = voxel(x1, y0, z);
				final double v01 = voxel(x0, y1, z), v11 = voxel(x1, y1, z);
				final double a = v00 + wx * (v10 - v00), c = v01 + wx * (v11 - v01);
				return a + wy * (c - a);
			}
			if (upper) above = b;
			else current = b;
		}
		final int i = b.index(x0, y0, z);
		final int ix = (int) (x1 - x0) * b.sx, iy = (int) (y1 - y0) * b.sy;
		final double v00 = b.get(i), v10 = b.get(i + ix);
		final double v01 = b.get(i + iy), v11 = b.get(i + ix + iy);
		final double a = v00 + wx * (v10 - v00), c = v01 + wx * (v11 - v01);
		return a + wy * (c - a);
	}

	/**
	 * One voxel through the block table; sets {@link #status} to
	 * {@link #NOT_LOADED} if its block is not there, else leaves it.
	 */
	private double voxel(final long x, final long y, final long z) {
		final Block b = block(x, y, z);
		if (b == null) {
			status = NOT_LOADED;
			return 0;
		}
		return b.get(b.index(x, y, z));
	}

	private Block block(final long x, final long y, final long z) {
		if (!wait) return blocks.peek(x, y, z);
		try {
			return blocks.load(x, y, z);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long clamp(final long i, final long size) {
		return i < 0 ? 0 : i >= size ? size - 1 : i;
	}
}
