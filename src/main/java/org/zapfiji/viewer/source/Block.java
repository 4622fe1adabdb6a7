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

package org.zapfiji.viewer.source;

import org.zapfiji.data.DataType;

/**
 * One loaded chunk as the renderer reads it: a box of voxels in x, y, z at one
 * time point, and where each voxel sits in the chunk's primitive array.
 * <p>
 * The renderer keeps the block it used last and reads it with two additions and
 * three multiplications per voxel, so the chunk layout of the file (axis order,
 * time or channel inside the chunk, short edge chunks) costs nothing in the
 * inner loop: it is all folded into {@link #offset} and the strides here. One
 * subclass per primitive type keeps {@link #get(int)} a plain array read.
 */
public abstract class Block {

	/** First voxel of the block, inclusive. */
	public final long x0, y0, z0;

	/** Last voxel of the block, exclusive. */
	public final long x1, y1, z1;

	/** Array index of voxel {@code (x0, y0, z0)}. */
	public final int offset;

	/** Array index steps per voxel along x, y and z. */
	public final int sx, sy, sz;

	Block(final long[] min, final int[] size, final int offset,
		final int[] strides)
	{
		x0 = min[0];
		y0 = min[1];
		z0 = min[2];
		x1 = x0 + size[0];
		y1 = y0 + size[1];
		z1 = z0 + size[2];
		this.offset = offset;
		sx = strides[0];
		sy = strides[1];
		sz = strides[2];
	}

	/** The value at array index {@code index}, as a double. */
	public abstract double get(int index);

	/** Array index of voxel {@code (x, y, z)}, which must lie in the block. */
	public final int index(final long x, final long y, final long z) {
		return offset + (int) (x - x0) * sx + (int) (y - y0) * sy + (int) (z - z0) *
			sz;
	}

	public final boolean contains(final long x, final long y, final long z) {
		return x >= x0 && x < x1 && y >= y0 && y < y1 && z >= z0 && z < z1;
	}

	/**
	 * A block over {@code data}, a primitive array as {@link DataType#allocate}
	 * makes it.
	 */
	public static Block of(final DataType type, final Object data,
		final long[] min, final int[] size, final int offset, final int[] strides)
	{
		switch (type) {
			case UINT8:
				return new UnsignedBytes((byte[]) data, min, size, offset, strides);
			case INT8:
				return new Bytes((byte[]) data, min, size, offset, strides);
			case UINT16:
				return new UnsignedShorts((short[]) data, min, size, offset, strides);
			case INT16:
				return new Shorts((short[]) data, min, size, offset, strides);
			case UINT32:
				return new UnsignedInts((int[]) data, min, size, offset, strides);
			case INT32:
				return new Ints((int[]) data, min, size, offset, strides);
			case FLOAT32:
				return new Floats((float[]) data, min, size, offset, strides);
			case FLOAT64:
				return new Doubles((double[]) data, min, size, offset, strides);
			case INT64:
			case UINT64:
				return new Longs((long[]) data, min, size, offset, strides);
			case BOOL:
				return new Booleans((boolean[]) data, min, size, offset, strides);
			default:
				throw new IllegalArgumentException("no block for " + type);
		}
	}

	/** A block every voxel of which is {@code value}: a chunk not stored. */
	public static Block constant(final double value, final long[] min,
		final int[] size)
	{
		return new Constant(value, min, size);
	}

	private static final class UnsignedBytes extends Block {

		private final byte[] a;

		UnsignedBytes(final byte[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index] & 0xff;
		}
	}

	private static final class Bytes extends Block {

		private final byte[] a;

		Bytes(final byte[] a, final long[] min, final int[] size, final int offset,
			final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index];
		}
	}

	private static final class UnsignedShorts extends Block {

		private final short[] a;

		UnsignedShorts(final short[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index] & 0xffff;
		}
	}

	private static final class Shorts extends Block {

		private final short[] a;

		Shorts(final short[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index];
		}
	}

	private static final class UnsignedInts extends Block {

		private final int[] a;

		UnsignedInts(final int[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index] & 0xffffffffL;
		}
	}

	private static final class Ints extends Block {

		private final int[] a;

		Ints(final int[] a, final long[] min, final int[] size, final int offset,
			final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index];
		}
	}

	private static final class Floats extends Block {

		private final float[] a;

		Floats(final float[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index];
		}
	}

	private static final class Doubles extends Block {

		private final double[] a;

		Doubles(final double[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index];
		}
	}

	private static final class Longs extends Block {

		private final long[] a;

		Longs(final long[] a, final long[] min, final int[] size, final int offset,
			final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index];
		}
	}

	private static final class Booleans extends Block {

		private final boolean[] a;

		Booleans(final boolean[] a, final long[] min, final int[] size,
			final int offset, final int[] strides)
		{
			super(min, size, offset, strides);
			this.a = a;
		}

		@Override
		public double get(final int index) {
			return a[index] ? 1 : 0;
		}
	}

	private static final class Constant extends Block {

		private final double value;

		Constant(final double value, final long[] min, final int[] size) {
			super(min, size, 0, new int[3]);
			this.value = value;
		}

		@Override
		public double get(final int index) {
			return value;
		}
	}
}
