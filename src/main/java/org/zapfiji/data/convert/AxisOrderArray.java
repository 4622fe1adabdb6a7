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
import org.zapfiji.data.Volume;

/**
 * An array with its axes in another order, chunk by chunk: what lets a ZAPBench
 * volume, stored with x slowest (axes t, z, y, x fastest first), be written as
 * a TIFF or BigDataViewer dataset, whose writers need x, y first. Each chunk of
 * the view is one source chunk with its elements reordered, so memory and reads
 * stay those of the source.
 */
final class AxisOrderArray implements ChunkedArray {

	/** ImageJ's axis order, which TIFF and BigDataViewer writers take. */
	static final List<String> IMAGEJ_ORDER = List.of("x", "y", "c", "z", "t");

	private final ChunkedArray source;

	/**
	 * For each axis of the view, its axis in the source; source axes left out
	 * have length 1.
	 */
	private final int[] order;

	/** Whether only axes of length 1 are left out: the elements stay in order. */
	private final boolean increasing;

	private final ArrayMetadata meta;

	private AxisOrderArray(final ChunkedArray source, final int[] order,
		final List<String> axes)
	{
		final ArrayMetadata from = source.metadata();
		final long[] shape = new long[order.length];
		final int[] chunk = new int[order.length];
		for (int d = 0; d < order.length; d++) {
			shape[d] = from.shape()[order[d]];
			chunk[d] = from.chunkShape()[order[d]];
		}
		this.source = source;
		this.order = order;
		boolean sorted = true;
		for (int d = 1; d < order.length; d++)
			sorted &= order[d] > order[d - 1];
		this.increasing = sorted;
		this.meta = ArrayMetadata.of(shape, chunk, from.dataType(), from
			.fillValue(), axes);
	}

	/**
	 * {@code volume} (one level) with its axes in ImageJ's order x, y, c, z, t,
	 * less the axes of length 1 among {@code droppable}, or {@code volume} itself
	 * if nothing changes or if it has axes outside that order.
	 *
	 * @param droppable names of axes to leave out where they have length 1 (a
	 *          TIFF reader sees no axis there, so the TIFF writer must not
	 *          either)
	 */
	static Volume inImageJOrder(final Volume volume,
		final List<String> droppable)
	{
		final List<String> axes = volume.axes();
		final long[] shape = volume.metadata().shape();
		final List<String> wanted = new ArrayList<>();
		for (final String a : IMAGEJ_ORDER)
			if (axes.contains(a)) wanted.add(a);
		if (wanted.size() != axes.size()) return volume;
		wanted.removeIf(a -> droppable.contains(a) && shape[axes.indexOf(a)] == 1);
		if (wanted.equals(axes)) return volume;
		final int[] order = new int[wanted.size()];
		final double[] spacing = new double[order.length];
		final List<String> units = new ArrayList<>();
		for (int d = 0; d < order.length; d++) {
			order[d] = axes.indexOf(wanted.get(d));
			spacing[d] = volume.spacing()[order[d]];
			units.add(volume.units().get(order[d]));
		}
		return Volume.single(volume.name(), new AxisOrderArray(volume.level(0),
			order, wanted), wanted, spacing, units);
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
		final long[] at = new long[source.metadata().numDimensions()];
		for (int d = 0; d < order.length; d++)
			at[order[d]] = gridPosition[d];
		final Chunk in = source.readChunk(at);
		if (in == null) return null;
		final int[] inShape = in.shape();
		final int[] shape = new int[order.length];
		for (int d = 0; d < order.length; d++)
			shape[d] = inShape[order[d]];
		if (increasing) return new Chunk(shape, in.data());
		return new Chunk(shape, reorder(in.data(), sourceIndices(inShape, shape)));
	}

	/** For each element of the view's chunk, its index in the source chunk. */
	private int[] sourceIndices(final int[] inShape, final int[] shape) {
		final int n = order.length;
		final int[] inStride = new int[inShape.length];
		int s = 1;
		for (int d = 0; d < inShape.length; d++) {
			inStride[d] = s;
			s *= inShape[d];
		}
		final int[] stride = new int[n];
		for (int d = 0; d < n; d++)
			stride[d] = inStride[order[d]];
		final int[] indices = new int[s];
		final int[] at = new int[n];
		int source = 0;
		for (int i = 0; i < s; i++) {
			indices[i] = source;
			int d = 0;
			while (d < n) {
				source += stride[d];
				if (++at[d] < shape[d]) break;
				source -= stride[d] * shape[d];
				at[d++] = 0;
			}
		}
		return indices;
	}

	private static Object reorder(final Object in, final int[] indices) {
		if (in instanceof short[]) {
			final short[] a = (short[]) in;
			final short[] out = new short[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		if (in instanceof byte[]) {
			final byte[] a = (byte[]) in;
			final byte[] out = new byte[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		if (in instanceof int[]) {
			final int[] a = (int[]) in;
			final int[] out = new int[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		if (in instanceof float[]) {
			final float[] a = (float[]) in;
			final float[] out = new float[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		if (in instanceof long[]) {
			final long[] a = (long[]) in;
			final long[] out = new long[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		if (in instanceof double[]) {
			final double[] a = (double[]) in;
			final double[] out = new double[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		if (in instanceof boolean[]) {
			final boolean[] a = (boolean[]) in;
			final boolean[] out = new boolean[indices.length];
			for (int i = 0; i < out.length; i++)
				out[i] = a[indices[i]];
			return out;
		}
		throw new IllegalArgumentException("no reordering for " + in.getClass()
			.getSimpleName());
	}
}
