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
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;

/**
 * An array seen with one axis fixed at one index, the axis gone: one channel of
 * a multi-channel array, read chunk by chunk without copying the array. Video
 * models write truth and prediction side by side along a last axis of size 2
 * (ZAPBench's video forecasts); code that expects x, y, z and t reads either
 * one through this view instead of learning about channels.
 * <p>
 * Where the source's chunks hold one index along the fixed axis, a chunk of the
 * view is the source's chunk, reshaped; otherwise the index is copied out.
 * Read-only.
 */
public final class AxisSlice implements ChunkedArray {

	private final ChunkedArray source;

	private final int axis;

	private final long index;

	private final ArrayMetadata metadata;

	private final String location;

	/**
	 * @param axis the axis to fix, fastest first
	 * @param index the index it is fixed at
	 * @throws IllegalArgumentException if the axis or index is outside the
	 *           source, or the source has only that axis
	 */
	public AxisSlice(final ChunkedArray source, final int axis,
		final long index)
	{
		final ArrayMetadata meta = source.metadata();
		final int n = meta.numDimensions();
		if (n < 2) throw new IllegalArgumentException(source.location() +
			": an array of one axis has no axis to fix");
		if (axis < 0 || axis >= n) throw new IllegalArgumentException(source
			.location() + ": no axis " + axis + "; axes 0.." + (n - 1));
		if (index < 0 || index >= meta.shape()[axis])
			throw new IllegalArgumentException(source.location() + ": index " +
				index + " is outside axis " + axisName(meta, axis) + " of size " + meta
					.shape()[axis]);
		this.source = source;
		this.axis = axis;
		this.index = index;
		final List<String> names = new ArrayList<>(meta.axisNames());
		if (!names.isEmpty()) names.remove(axis);
		this.metadata = ArrayMetadata.of(without(meta.shape(), axis), without(meta
			.chunkShape(), axis), meta.dataType(), meta.fillValue(), names);
		this.location = source.location() + " [" + axisName(meta, axis) + " = " +
			index + "]";
	}

	/**
	 * {@code volume} with axis {@code name} fixed at {@code index}, at every
	 * resolution level that keeps that axis whole (channels are not downsampled);
	 * spacing, units and attributes stay with the other axes.
	 *
	 * @throws IllegalArgumentException if the volume has no such axis or index
	 */
	public static Volume of(final Volume volume, final String name,
		final long index)
	{
		final int d = volume.axis(name);
		if (d < 0) throw new IllegalArgumentException(volume.name() + ": no axis " +
			name + "; axes are " + volume.axes());
		final List<ChunkedArray> levels = new ArrayList<>();
		final List<double[]> downsampling = new ArrayList<>();
		for (int level = 0; level < volume.numLevels(); level++) {
			final double[] factors = volume.downsampling(level);
			if (factors[d] != 1) continue;
			levels.add(new AxisSlice(volume.level(level), d, index));
			downsampling.add(without(factors, d));
		}
		final List<String> axes = new ArrayList<>(volume.axes());
		axes.remove(d);
		final List<String> units = new ArrayList<>(volume.units());
		units.remove(d);
		return new Volume(volume.name() + " [" + name + " = " + index + "]", levels,
			downsampling, axes, without(volume.spacing(), d), units, volume
				.attributes());
	}

	/** The array whose axis is fixed. */
	public ChunkedArray source() {
		return source;
	}

	@Override
	public ArrayMetadata metadata() {
		return metadata;
	}

	@Override
	public String location() {
		return location;
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final int[] chunkShape = source.metadata().chunkShape();
		final long[] position = new long[gridPosition.length + 1];
		for (int d = 0, v = 0; d < position.length; d++)
			position[d] = d == axis ? index / chunkShape[axis] : gridPosition[v++];
		final Chunk chunk = source.readChunk(position);
		if (chunk == null) return null;
		final int[] shape = chunk.shape();
		final int[] kept = without(shape, axis);
		if (shape[axis] == 1) return new Chunk(kept, chunk.data());
		int inner = 1;
		for (int d = 0; d < axis; d++)
			inner *= shape[d];
		final int outer = chunk.size() / (inner * shape[axis]);
		final Object data = Array.newInstance(chunk.data().getClass()
			.getComponentType(), inner * outer);
		final int offset = (int) (index % chunkShape[axis]);
		for (int o = 0; o < outer; o++)
			System.arraycopy(chunk.data(), (o * shape[axis] + offset) * inner, data,
				o * inner, inner);
		return new Chunk(kept, data);
	}

	private static String axisName(final ArrayMetadata meta, final int axis) {
		return meta.axisNames().isEmpty() ? "" + axis : meta.axisNames().get(axis);
	}

	private static long[] without(final long[] values, final int d) {
		final long[] out = new long[values.length - 1];
		for (int i = 0, o = 0; i < values.length; i++)
			if (i != d) out[o++] = values[i];
		return out;
	}

	private static int[] without(final int[] values, final int d) {
		final int[] out = new int[values.length - 1];
		for (int i = 0, o = 0; i < values.length; i++)
			if (i != d) out[o++] = values[i];
		return out;
	}

	private static double[] without(final double[] values, final int d) {
		final double[] out = new double[values.length - 1];
		for (int i = 0, o = 0; i < values.length; i++)
			if (i != d) out[o++] = values[i];
		return out;
	}

	@Override
	public String toString() {
		return location + ": " + metadata;
	}
}
