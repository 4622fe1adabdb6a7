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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

import net.imglib2.type.NativeType;
import net.imglib2.type.logic.NativeBoolType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.LongType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedLongType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.type.numeric.real.FloatType;

/**
 * The element types every format of the data layer speaks, with the Java
 * primitive array that holds a decoded chunk of each.
 * <p>
 * Unsigned types are stored in the signed Java primitive of the same width (a
 * uint16 of 65535 is the short -1); the ImgLib2 type reads it back as unsigned.
 */
public enum DataType {

		BOOL(1, false, false), INT8(1, true, false), UINT8(1, false, false), INT16(
			2, true, false), UINT16(2, false, false), INT32(4, true, false), UINT32(4,
				false, false), INT64(8, true, false), UINT64(8, false, false), FLOAT32(
					4, true, true), FLOAT64(8, true, true);

	private final int bytes;

	private final boolean signed;

	private final boolean floating;

	DataType(final int bytes, final boolean signed, final boolean floating) {
		this.bytes = bytes;
		this.signed = signed;
		this.floating = floating;
	}

	/** Bytes per element. */
	public int bytes() {
		return bytes;
	}

	public boolean isSigned() {
		return signed;
	}

	public boolean isFloatingPoint() {
		return floating;
	}

	/**
	 * The lower-case name Zarr v3 and N5 use, e.g. "uint16", "float32", "bool".
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The type for a Zarr v3 / N5 name.
	 *
	 * @throws IllegalArgumentException naming the accepted ones
	 */
	public static DataType forId(final String id) {
		for (final DataType t : values())
			if (t.id().equals(id)) return t;
		throw new IllegalArgumentException("unknown data type '" + id +
			"'; expected one of " +
			"bool, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64");
	}

	/** A new zeroed primitive array of {@code n} elements. */
	public Object allocate(final int n) {
		switch (bytes) {
			case 1:
				return this == BOOL ? new boolean[n] : new byte[n];
			case 2:
				return new short[n];
			case 4:
				return floating ? new float[n] : new int[n];
			default:
				return floating ? new double[n] : new long[n];
		}
	}

	/** Decodes {@code n} elements from {@code bytes}, in the given byte order. */
	public Object decode(final ByteBuffer bytes, final int n,
		final ByteOrder order)
	{
		final ByteBuffer in = bytes.duplicate().order(order);
		final Object array = allocate(n);
		switch (this) {
			case BOOL: {
				final boolean[] a = (boolean[]) array;
				for (int i = 0; i < n; i++)
					a[i] = in.get() != 0;
				break;
			}
			case INT8:
			case UINT8:
				in.get((byte[]) array);
				break;
			case INT16:
			case UINT16:
				in.asShortBuffer().get((short[]) array);
				break;
			case INT32:
			case UINT32:
				in.asIntBuffer().get((int[]) array);
				break;
			case FLOAT32:
				in.asFloatBuffer().get((float[]) array);
				break;
			case FLOAT64:
				in.asDoubleBuffer().get((double[]) array);
				break;
			default:
				in.asLongBuffer().get((long[]) array);
		}
		return array;
	}

	/** Encodes a primitive array of this type into bytes of the given order. */
	public ByteBuffer encode(final Object array, final ByteOrder order) {
		final int n = java.lang.reflect.Array.getLength(array);
		final ByteBuffer out = ByteBuffer.allocate(n * bytes).order(order);
		encode(array, out);
		out.rewind();
		return out;
	}

	/**
	 * Encodes a primitive array of this type into {@code out} from its position
	 * on, in {@code out}'s byte order, and moves the position past it. Into a
	 * direct buffer of the native order this is one memory copy.
	 */
	public void encode(final Object array, final ByteBuffer out) {
		final int n = java.lang.reflect.Array.getLength(array);
		final int start = out.position();
		switch (this) {
			case BOOL:
				for (final boolean b : (boolean[]) array)
					out.put((byte) (b ? 1 : 0));
				return;
			case INT8:
			case UINT8:
				out.put((byte[]) array);
				return;
			case INT16:
			case UINT16:
				out.asShortBuffer().put((short[]) array);
				break;
			case INT32:
			case UINT32:
				out.asIntBuffer().put((int[]) array);
				break;
			case FLOAT32:
				out.asFloatBuffer().put((float[]) array);
				break;
			case FLOAT64:
				out.asDoubleBuffer().put((double[]) array);
				break;
			default:
				out.asLongBuffer().put((long[]) array);
		}
		out.position(start + n * bytes);
	}

	/** The ImgLib2 type whose pixels this data type holds. */
	public NativeType<?> imglib2Type() {
		switch (this) {
			case BOOL:
				return new NativeBoolType();
			case INT8:
				return new ByteType();
			case UINT8:
				return new UnsignedByteType();
			case INT16:
				return new ShortType();
			case UINT16:
				return new UnsignedShortType();
			case INT32:
				return new IntType();
			case UINT32:
				return new UnsignedIntType();
			case INT64:
				return new LongType();
			case UINT64:
				return new UnsignedLongType();
			case FLOAT32:
				return new FloatType();
			default:
				return new DoubleType();
		}
	}
}
