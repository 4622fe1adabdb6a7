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

package org.zapfiji.data.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FillValues;

/**
 * A range of one axis (time) of another array, read lazily: chunk k of this
 * array starts {@code first} elements later along that axis than chunk k of the
 * source would, and keeps the source's chunk shape. Where {@code first} is a
 * multiple of the source's chunk length a chunk is the source's own (cropped at
 * the end); otherwise it is assembled from the two source chunks it straddles.
 * Each source chunk is then read twice, which a conversion can afford, rather
 * than holding chunks for later.
 */
final class TimeRangeArray implements ChunkedArray {

	private final ChunkedArray source;

	private final int axis;

	private final long first;

	private final ArrayMetadata meta;

	/**
	 * @param axis index of the cut axis, fastest first
	 * @param first first element along {@code axis} that is kept
	 * @param count how many are kept
	 */
	TimeRangeArray(final ChunkedArray source, final int axis, final long first,
		final long count)
	{
		final ArrayMetadata from = source.metadata();
		final long[] shape = from.shape();
		if (first < 0 || count < 1 || first + count > shape[axis])
			throw new IllegalArgumentException(source.location() + ": elements " +
				first + ".." + (first + count - 1) + " of axis " + axis +
				" do not exist; the axis has " + shape[axis]);
		shape[axis] = count;
		this.source = source;
		this.axis = axis;
		this.first = first;
		this.meta = ArrayMetadata.of(shape, from.chunkShape(), from.dataType(), from
			.fillValue(), from.axisNames());
	}

	@Override
	public ArrayMetadata metadata() {
		return meta;
	}

	@Override
	public String location() {
		return source.location();
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final int[] shape = meta.cellShape(gridPosition);
		final int c = meta.chunkShape()[axis];
		final long lo = first + gridPosition[axis] * c;
		final long hi = lo + shape[axis] - 1;
		Object out = null;
		final List<long[]> gaps = new ArrayList<>();
		for (long k = lo / c; k <= hi / c; k++) {
			final long[] q = gridPosition.clone();
			q[axis] = k;
			final Chunk in = source.readChunk(q);
			final long start = Math.max(lo, k * c);
			final long end = Math.min(hi, k * c + c - 1);
			if (in == null) {
				gaps.add(new long[] { start, end });
				continue;
			}
			if (out == null) out = meta.dataType().allocate(count(shape));
			copySlab(in, (int) (start - k * c), out, shape, (int) (start - lo),
				(int) (end - start + 1));
		}
		if (out == null) return null;
		for (final long[] gap : gaps)
			fill(out, shape, (int) (gap[0] - lo), (int) (gap[1] - gap[0] + 1));
		return new Chunk(shape, out);
	}

	/**
	 * Copies {@code length} slices along the axis from {@code in} at {@code inAt}
	 * to {@code out} at {@code outAt}: one run per combination of the slower
	 * axes, since the faster ones are contiguous.
	 */
	private void copySlab(final Chunk in, final int inAt, final Object out,
		final int[] outShape, final int outAt, final int length)
	{
		final int[] inShape = in.shape();
		int inner = 1;
		for (int d = 0; d < axis; d++)
			inner *= inShape[d];
		int outer = 1;
		for (int d = axis + 1; d < inShape.length; d++)
			outer *= inShape[d];
		for (int o = 0; o < outer; o++)
			System.arraycopy(in.data(), (o * inShape[axis] + inAt) * inner, out, (o *
				outShape[axis] + outAt) * inner, length * inner);
	}

	/** Fills {@code length} slices from {@code at} with the fill value. */
	private void fill(final Object out, final int[] shape, final int at,
		final int length)
	{
		final int[] gap = shape.clone();
		gap[axis] = length;
		final Chunk fill = new Chunk(gap, FillValues.filled(meta.dataType(), meta
			.fillValue(), count(gap)));
		copySlab(fill, 0, out, shape, at, length);
	}

	private static int count(final int[] shape) {
		int n = 1;
		for (final int s : shape)
			n *= s;
		return n;
	}
}
