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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * A segmentation's labels cut and ordered like one frame of an activity volume:
 * chunk {@code g} of this array holds, as int32, the label of every voxel of
 * the volume's chunk {@code g} (its time axis left out), in the order the
 * volume's chunk stores them. So the extraction's inner loop walks two plain
 * arrays side by side, whatever the two files' chunking and axis order, and the
 * converted labels sit in the chunk cache for the next frame.
 */
final class SegmentBlocks implements ChunkedArray {

	private final ChunkedArray labels;

	private final ArrayMetadata metadata;

	/** For each axis of this array, the segmentation's axis, or -1. */
	private final int[] labelAxis;

	/**
	 * @param volumeAxes the volume's axes without time, fastest first
	 * @param shape and {@code chunk}: the volume's, without time
	 * @param segmentationAxes the segmentation's axes, fastest first
	 */
	SegmentBlocks(final ChunkedArray labels, final List<String> segmentationAxes,
		final List<String> volumeAxes, final long[] shape, final int[] chunk)
		throws FormatException
	{
		final DataType type = labels.metadata().dataType();
		if (type.isFloatingPoint() || type == DataType.BOOL) throw FormatException
			.field(labels.location(), "data type", "integer labels", type.id());
		this.labels = labels;
		this.labelAxis = new int[volumeAxes.size()];
		for (int d = 0; d < labelAxis.length; d++)
			labelAxis[d] = segmentationAxes.indexOf(volumeAxes.get(d));
		this.metadata = ArrayMetadata.of(shape, chunk, DataType.INT32, 0L,
			volumeAxes);
	}

	@Override
	public ArrayMetadata metadata() {
		return metadata;
	}

	@Override
	public String location() {
		return labels.location();
	}

	/**
	 * Labels of the volume's block {@code g}, read from every segmentation chunk
	 * that overlaps it.
	 *
	 * @throws FormatException if a label is negative or above 2^31 - 2
	 */
	@Override
	public Chunk readChunk(final long[] g) throws IOException {
		final int[] cell = metadata.cellShape(g);
		final int[] chunk = metadata.chunkShape();
		final int n = cell.length;
		final long[] min = new long[n];
		final int[] strides = new int[n];
		int size = 1;
		for (int d = 0; d < n; d++) {
			min[d] = g[d] * chunk[d];
			strides[d] = size;
			size *= cell[d];
		}
		final int[] out = new int[size];
		final ArrayMetadata meta = labels.metadata();
		final int m = meta.numDimensions();
		final long[] lo = new long[m];
		final long[] hi = new long[m];
		for (int e = 0; e < m; e++)
			hi[e] = meta.shape()[e];
		for (int d = 0; d < n; d++)
			if (labelAxis[d] >= 0) {
				lo[labelAxis[d]] = min[d];
				hi[labelAxis[d]] = min[d] + cell[d];
			}
		for (final long[] lg : overlapping(meta, lo, hi))
			copy(lg, lo, hi, min, strides, out);
		return new Chunk(cell, out);
	}

	/** Segmentation chunks that overlap the box [lo, hi). */
	private static List<long[]> overlapping(final ArrayMetadata meta,
		final long[] lo, final long[] hi)
	{
		final int m = lo.length;
		final int[] c = meta.chunkShape();
		final long[] first = new long[m];
		final long[] last = new long[m];
		for (int e = 0; e < m; e++) {
			first[e] = lo[e] / c[e];
			last[e] = (hi[e] - 1) / c[e];
		}
		final List<long[]> all = new ArrayList<>();
		final long[] p = first.clone();
		while (true) {
			all.add(p.clone());
			int e = 0;
			while (e < m && ++p[e] > last[e])
				p[e] = first[e++];
			if (e == m) return all;
		}
	}

	/** Copies the part of segmentation chunk {@code lg} inside the box. */
	private void copy(final long[] lg, final long[] lo, final long[] hi,
		final long[] min, final int[] strides, final int[] out) throws IOException
	{
		final ArrayMetadata meta = labels.metadata();
		final int m = lg.length;
		final int[] cell = meta.cellShape(lg);
		final int[] c = meta.chunkShape();
		final long[] from = new long[m];
		final long[] to = new long[m];
		final int[] dstStride = new int[m];
		long dst0 = 0;
		for (int e = 0; e < m; e++) {
			from[e] = Math.max(lo[e], lg[e] * c[e]);
			to[e] = Math.min(hi[e], lg[e] * c[e] + cell[e]);
		}
		for (int d = 0; d < labelAxis.length; d++)
			if (labelAxis[d] >= 0) {
				dstStride[labelAxis[d]] = strides[d];
				dst0 -= min[d] * strides[d];
			}
		final Chunk chunk = labels.readChunk(lg);
		final LabelValues values = new LabelValues(chunk, meta, location());
		final long[] p = from.clone();
		final int run = (int) (to[0] - from[0]);
		while (true) {
			int src = 0;
			int stride = 1;
			long dst = dst0;
			for (int e = 0; e < m; e++) {
				src += (int) (p[e] - lg[e] * c[e]) * stride;
				stride *= cell[e];
				dst += p[e] * dstStride[e];
			}
			values.copy(src, out, (int) dst, dstStride[0], run);
			int e = 1;
			while (e < m && ++p[e] >= to[e])
				p[e] = from[e++];
			if (e >= m) return;
		}
	}

	/** A segmentation chunk's labels, checked and converted to int. */
	private static final class LabelValues {

		private final Object data;

		private final long fill;

		private final boolean unsigned;

		private final String location;

		LabelValues(final Chunk chunk, final ArrayMetadata meta,
			final String location)
		{
			this.data = chunk == null ? null : chunk.data();
			this.fill = meta.fillValue() == null ? 0 : meta.fillValue().longValue();
			this.unsigned = !meta.dataType().isSigned();
			this.location = location;
		}

		void copy(final int src, final int[] out, final int dst, final int stride,
			final int run) throws FormatException
		{
			if (data == null) {
				final int label = check(fill);
				for (int k = 0; k < run; k++)
					out[dst + k * stride] = label;
			}
			else if (data instanceof long[]) {
				final long[] a = (long[]) data;
				for (int k = 0; k < run; k++)
					out[dst + k * stride] = check(a[src + k]);
			}
			else if (data instanceof int[]) {
				final int[] a = (int[]) data;
				for (int k = 0; k < run; k++)
					out[dst + k * stride] = check(unsigned ? a[src + k] & 0xffffffffL
						: a[src + k]);
			}
			else if (data instanceof short[]) {
				final short[] a = (short[]) data;
				for (int k = 0; k < run; k++)
					out[dst + k * stride] = unsigned ? a[src + k] & 0xffff : check(a[src +
						k]);
			}
			else {
				final byte[] a = (byte[]) data;
				for (int k = 0; k < run; k++)
					out[dst + k * stride] = unsigned ? a[src + k] & 0xff : check(a[src +
						k]);
			}
		}

		private int check(final long label) throws FormatException {
			if (label < 0 || label > Integer.MAX_VALUE - 1) throw FormatException
				.field(location, "label", "0 (background) to " + (Integer.MAX_VALUE -
					1), unsigned && label < 0 ? Long.toUnsignedString(label) : "" +
						label);
			return (int) label;
		}
	}

	@Override
	public String toString() {
		return location() + " as blocks of " + Arrays.toString(metadata
			.chunkShape());
	}
}
