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

package org.zapfiji.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.imglib2.img.array.ArrayImgs;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.ImageArrays;
import org.zapfiji.data.Volume;

/**
 * Volumes held in memory for viewer tests and benchmarks: a flat uint16 x, y, z
 * array cut into chunks, with coarser levels made by 2 × 2 × 1 averaging, so
 * that tests can compare the renderer against plain array reads.
 */
public final class MemoryVolumes {

	private MemoryVolumes() {}

	/** A flat x-fastest array of deterministic pseudo-random uint16 values. */
	public static short[] noise(final long[] dims, final long seed) {
		final short[] v = new short[(int) (dims[0] * dims[1] * dims[2])];
		long s = seed;
		for (int i = 0; i < v.length; i++) {
			s = s * 6364136223846793005L + 1442695040888963407L;
			v[i] = (short) (s >>> 48);
		}
		return v;
	}

	/**
	 * A volume over {@code voxels} ({@code dims} x, y, z, x fastest) with
	 * {@code levels} levels, chunked as {@code chunk}.
	 */
	public static Volume of(final String name, final short[] voxels,
		final long[] dims, final int[] chunk, final double[] spacing,
		final int levels)
	{
		final List<ChunkedArray> arrays = new ArrayList<>();
		final List<double[]> factors = new ArrayList<>();
		short[] level = voxels;
		long[] size = dims.clone();
		for (int l = 0; l < levels; l++) {
			arrays.add(array(level, size, chunk));
			factors.add(new double[] { 1 << l, 1 << l, 1 });
			if (l + 1 < levels) {
				final long[] half = { (size[0] + 1) / 2, (size[1] + 1) / 2, size[2] };
				level = halve(level, size, half);
				size = half;
			}
		}
		return new Volume(name, arrays, factors, List.of("x", "y", "z"), spacing,
			List.of("\u00b5m", "\u00b5m", "\u00b5m"), Map.of());
	}

	/** The chunked array over a flat x-fastest array. */
	public static ChunkedArray array(final short[] voxels, final long[] dims,
		final int[] chunk)
	{
		return ImageArrays.of(ArrayImgs.unsignedShorts(voxels, dims), chunk, List
			.of("x", "y", "z"), "memory");
	}

	private static short[] halve(final short[] v, final long[] size,
		final long[] half)
	{
		final short[] out = new short[(int) (half[0] * half[1] * half[2])];
		for (int z = 0; z < half[2]; z++)
			for (int y = 0; y < half[1]; y++)
				for (int x = 0; x < half[0]; x++) {
					long sum = 0;
					int n = 0;
					for (int dy = 0; dy < 2; dy++)
						for (int dx = 0; dx < 2; dx++) {
							final long sx = 2L * x + dx, sy = 2L * y + dy;
							if (sx >= size[0] || sy >= size[1]) continue;
							sum += v[(int) ((z * size[1] + sy) * size[0] + sx)] & 0xffff;
							n++;
						}
					out[(int) ((z * half[1] + y) * half[0] + x)] = (short) (sum / n);
				}
		return out;
	}
}
