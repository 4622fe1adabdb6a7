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

import java.util.Arrays;
import java.util.List;

/**
 * Shape, chunking and element type of one n-dimensional array, whatever the
 * format.
 * <p>
 * Dimensions are listed <em>fastest first</em>, as in ImgLib2 and N5: a Zarr
 * array of C-order shape {@code [t, z, y, x]} has shape {@code [x, y, z, t]}
 * here. Readers of C-ordered formats reverse their metadata on the way in.
 * <p>
 * Every size is checked on construction: no dimension is negative, the element
 * count does not overflow, and one chunk fits a Java array, so that no header
 * can make a reader allocate more than it declares.
 */
public final class ArrayMetadata {

	/** Largest chunk, in bytes, that a reader will allocate (1 GiB). */
	public static final long MAX_CHUNK_BYTES = 1L << 30;

	private final long[] shape;

	private final int[] chunkShape;

	private final DataType dataType;

	private final Number fillValue;

	private final List<String> axisNames;

	private ArrayMetadata(final long[] shape, final int[] chunkShape,
		final DataType dataType, final Number fillValue,
		final List<String> axisNames)
	{
		this.shape = shape;
		this.chunkShape = chunkShape;
		this.dataType = dataType;
		this.fillValue = fillValue;
		this.axisNames = axisNames;
	}

	/**
	 * @param shape size per dimension, fastest first
	 * @param chunkShape chunk size per dimension, fastest first
	 * @param fillValue value of voxels in missing chunks (a Long for integer
	 *          types, bit pattern of unsigned values; a Double for floats)
	 * @param axisNames one name per dimension, fastest first, or empty
	 * @throws IllegalArgumentException naming the bad field
	 */
	public static ArrayMetadata of(final long[] shape, final int[] chunkShape,
		final DataType dataType, final Number fillValue,
		final List<String> axisNames)
	{
		if (shape.length == 0) throw new IllegalArgumentException(
			"shape: expected at least one dimension, found none");
		if (chunkShape.length != shape.length) throw new IllegalArgumentException(
			"chunk shape: expected " + shape.length +
				" dimensions like the shape, found " + chunkShape.length);
		if (!axisNames.isEmpty() && axisNames.size() != shape.length)
			throw new IllegalArgumentException("axis names: expected " +
				shape.length + " names, found " + axisNames);
		long elements = 1;
		long chunkElements = 1;
		for (int d = 0; d < shape.length; d++) {
			if (shape[d] < 0) throw new IllegalArgumentException(
				"shape: expected sizes >= 0, " + "found " + Arrays.toString(shape));
			if (chunkShape[d] < 1) throw new IllegalArgumentException(
				"chunk shape: expected " + "sizes >= 1, found " + Arrays.toString(
					chunkShape));
			try {
				elements = Math.multiplyExact(elements, shape[d]);
				chunkElements = Math.multiplyExact(chunkElements, chunkShape[d]);
			}
			catch (final ArithmeticException e) {
				throw new IllegalArgumentException("shape " + Arrays.toString(shape) +
					" or chunk shape " + Arrays.toString(chunkShape) +
					": element count overflows");
			}
		}
		if (chunkElements * dataType.bytes() > MAX_CHUNK_BYTES)
			throw new IllegalArgumentException("chunk shape " + Arrays.toString(
				chunkShape) + ": a chunk of " + dataType.id() + " would take " +
				chunkElements * dataType.bytes() + " bytes; at most " +
				MAX_CHUNK_BYTES + " are supported");
		return new ArrayMetadata(shape.clone(), chunkShape.clone(), dataType,
			fillValue == null ? 0L : fillValue, List.copyOf(axisNames));
	}

	public int numDimensions() {
		return shape.length;
	}

	public long[] shape() {
		return shape.clone();
	}

	public int[] chunkShape() {
		return chunkShape.clone();
	}

	public DataType dataType() {
		return dataType;
	}

	public Number fillValue() {
		return fillValue;
	}

	public List<String> axisNames() {
		return axisNames;
	}

	/** Number of chunks per dimension. */
	public long[] gridShape() {
		final long[] grid = new long[shape.length];
		for (int d = 0; d < shape.length; d++)
			grid[d] = (shape[d] + chunkShape[d] - 1) / chunkShape[d];
		return grid;
	}

	/**
	 * The shape of the chunk at {@code gridPosition} inside the array: the full
	 * chunk shape, cut at the array's far edges.
	 */
	public int[] cellShape(final long[] gridPosition) {
		final int[] cell = new int[shape.length];
		for (int d = 0; d < shape.length; d++)
			cell[d] = (int) Math.min(chunkShape[d], shape[d] - gridPosition[d] *
				chunkShape[d]);
		return cell;
	}

	/** Elements in one full chunk. */
	public int chunkElements() {
		int n = 1;
		for (final int c : chunkShape)
			n *= c;
		return n;
	}

	/** Whether {@code gridPosition} names a chunk of this array. */
	public boolean containsChunk(final long[] gridPosition) {
		if (gridPosition.length != shape.length) return false;
		final long[] grid = gridShape();
		for (int d = 0; d < grid.length; d++)
			if (gridPosition[d] < 0 || gridPosition[d] >= grid[d]) return false;
		return true;
	}

	@Override
	public String toString() {
		return dataType.id() + " " + Arrays.toString(shape) + " in chunks of " +
			Arrays.toString(chunkShape) + (axisNames.isEmpty() ? "" : " axes " +
				axisNames);
	}
}
