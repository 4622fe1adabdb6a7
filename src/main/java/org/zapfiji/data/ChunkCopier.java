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
import java.util.Arrays;

/**
 * Builds one chunk of a target grid from the chunks of a source grid of the
 * same shape and type, copying whole rows with {@code System.arraycopy}.
 * <p>
 * Conversions between formats (TIFF planes to Zarr tiles, say) spend their time
 * here; going voxel by voxel through ImgLib2 accessors is an order of magnitude
 * slower for the same result.
 */
final class ChunkCopier {

	private final ChunkedArray source;

	private final ChunkCache cache;

	private final ArrayMetadata from;

	ChunkCopier(final ChunkedArray source, final ChunkCache cache) {
		this.source = source;
		this.cache = cache;
		this.from = source.metadata();
	}

	/** The chunk of {@code target} at {@code position}, read from the source. */
	Chunk chunk(final ArrayMetadata target, final long[] position)
		throws IOException
	{
		final int n = target.numDimensions();
		final int[] shape = target.cellShape(position);
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			min[d] = position[d] * target.chunkShape()[d];
			max[d] = min[d] + shape[d] - 1;
		}
		final Object out = target.dataType().allocate(Math.toIntExact(count(
			shape)));
		final long[] first = new long[n];
		final long[] last = new long[n];
		for (int d = 0; d < n; d++) {
			first[d] = min[d] / from.chunkShape()[d];
			last[d] = max[d] / from.chunkShape()[d];
		}
		final long[] p = first.clone();
		while (true) {
			copyOverlap(p, min, max, out, shape);
			int d = 0;
			while (d < n && ++p[d] > last[d])
				p[d] = first[d++];
			if (d == n) return new Chunk(shape, out);
		}
	}

	/**
	 * Copies the part of source chunk {@code p} inside [min, max] into
	 * {@code out}.
	 */
	private void copyOverlap(final long[] p, final long[] min, final long[] max,
		final Object out, final int[] outShape) throws IOException
	{
		final int n = p.length;
		final int[] inShape = from.cellShape(p);
		final long[] lo = new long[n];
		final long[] hi = new long[n];
		for (int d = 0; d < n; d++) {
			final long start = p[d] * from.chunkShape()[d];
			lo[d] = Math.max(min[d], start);
			hi[d] = Math.min(max[d], start + inShape[d] - 1);
		}
		final Chunk chunk = cache.get(source, p);
		final Object in = chunk == null ? FillValues.filled(from.dataType(), from
			.fillValue(), Math.toIntExact(count(inShape))) : chunk.data();
		final long[] origin = new long[n];
		for (int d = 0; d < n; d++)
			origin[d] = p[d] * from.chunkShape()[d];
		final int run = (int) (hi[0] - lo[0] + 1);
		final long[] at = lo.clone();
		while (true) {
			System.arraycopy(in, offset(at, origin, inShape), out, offset(at, min,
				outShape), run);
			int d = 1;
			while (d < n && ++at[d] > hi[d])
				at[d] = lo[d++];
			if (d >= n) return;
		}
	}

	private static int offset(final long[] at, final long[] origin,
		final int[] shape)
	{
		long index = 0;
		for (int d = at.length - 1; d >= 0; d--)
			index = index * shape[d] + (at[d] - origin[d]);
		return (int) index;
	}

	private static long count(final int[] shape) {
		return Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
	}
}
