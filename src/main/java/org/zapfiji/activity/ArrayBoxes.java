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

package org.zapfiji.activity;

import java.io.IOException;
import java.util.Arrays;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * Boxes of floating-point chunked arrays copied into one primitive array,
 * fastest dimension first, whatever the chunking: how traces are read in frame
 * blocks and how forecasts whose predictions and targets are chunked
 * differently are lined up. A box that is exactly one chunk is that chunk's
 * array, not a copy.
 */
final class ArrayBoxes {

	private ArrayBoxes() {}

	/**
	 * @throws FormatException naming the array unless it holds float32 or float64
	 */
	static void requireFloatingPoint(final ChunkedArray array, final String what)
		throws FormatException
	{
		final DataType type = array.metadata().dataType();
		if (type != DataType.FLOAT32 && type != DataType.FLOAT64)
			throw FormatException.field(array.location(), "data type", "float32 or " +
				"float64 (" + what + ")", type.id());
	}

	/**
	 * The box {@code [min, min + size)}: a float[] when {@code doubles} is false,
	 * else a double[]. Missing chunks read as the fill value.
	 */
	static Object read(final ChunkedArray array, final long[] min,
		final int[] size, final boolean doubles) throws IOException
	{
		final ArrayMetadata meta = array.metadata();
		final int n = size.length;
		final int[] chunk = meta.chunkShape();
		final long[] first = new long[n];
		final long[] last = new long[n];
		long elements = 1;
		for (int d = 0; d < n; d++) {
			elements *= size[d];
			first[d] = min[d] / chunk[d];
			last[d] = (min[d] + size[d] - 1) / chunk[d];
		}
		if (elements == 0) return doubles ? new double[0] : new float[0];
		final int[] cell = meta.cellShape(first);
		boolean oneChunk = true;
		for (int d = 0; d < n; d++)
			oneChunk &= first[d] == last[d] && min[d] == first[d] * chunk[d] &&
				size[d] == cell[d];
		if (oneChunk) {
			final Chunk c = array.readChunk(first);
			if (c != null && (c.data() instanceof double[]) == doubles) return c
				.data();
		}
		final Object out = doubles ? new double[Math.toIntExact(elements)]
			: new float[Math.toIntExact(elements)];
		final long[] g = first.clone();
		while (true) {
			copy(array.readChunk(g), meta, g, min, size, out);
			int d = 0;
			while (d < n && ++g[d] > last[d])
				g[d] = first[d++];
			if (d == n) return out;
		}
	}

	/** Copies the part of chunk {@code g} inside the box into {@code out}. */
	private static void copy(final Chunk c, final ArrayMetadata meta,
		final long[] g, final long[] min, final int[] size, final Object out)
	{
		final int n = size.length;
		final int[] cell = meta.cellShape(g);
		final int[] chunk = meta.chunkShape();
		final long[] lo = new long[n];
		final long[] hi = new long[n];
		for (int d = 0; d < n; d++) {
			final long origin = g[d] * chunk[d];
			lo[d] = Math.max(min[d], origin);
			hi[d] = Math.min(min[d] + size[d], origin + cell[d]);
			if (lo[d] >= hi[d]) return;
		}
		final int run = (int) (hi[0] - lo[0]);
		final long[] p = lo.clone();
		final double fill = meta.fillValue() == null ? 0 : meta.fillValue()
			.doubleValue();
		while (true) {
			int src = 0;
			int dst = 0;
			int srcStride = 1;
			int dstStride = 1;
			for (int d = 0; d < n; d++) {
				src += (int) (p[d] - g[d] * chunk[d]) * srcStride;
				dst += (int) (p[d] - min[d]) * dstStride;
				srcStride *= cell[d];
				dstStride *= size[d];
			}
			copyRun(c == null ? null : c.data(), src, out, dst, run, fill);
			int d = 1;
			while (d < n && ++p[d] >= hi[d])
				p[d] = lo[d++];
			if (d >= n) return;
		}
	}

	private static void copyRun(final Object from, final int src, final Object to,
		final int dst, final int run, final double fill)
	{
		if (from == null) {
			if (to instanceof float[]) Arrays.fill((float[]) to, dst, dst + run,
				(float) fill);
			else Arrays.fill((double[]) to, dst, dst + run, fill);
		}
		else if (from.getClass() == to.getClass()) System.arraycopy(from, src, to,
			dst, run);
		else if (to instanceof double[]) {
			final float[] f = (float[]) from;
			final double[] t = (double[]) to;
			for (int i = 0; i < run; i++)
				t[dst + i] = f[src + i];
		}
		else {
			final double[] f = (double[]) from;
			final float[] t = (float[]) to;
			for (int i = 0; i < run; i++)
				t[dst + i] = (float) f[src + i];
		}
	}
}
