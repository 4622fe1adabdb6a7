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

package org.zapfiji.data.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The element types this writer stores: little-endian two's-complement integers
 * of 8 to 64 bits, signed or unsigned, and IEEE 754 floats of 32 and 64 bits.
 * Each is held in Java by the primitive array of its width ({@code byte[]} for
 * both int8 and uint8, and so on), whose bits are written as they are.
 */
public enum Hdf5Type {

		INT8(1, true, false, byte[].class), UINT8(1, false, false, byte[].class),
		INT16(2, true, false, short[].class), UINT16(2, false, false,
			short[].class), INT32(4, true, false, int[].class), UINT32(4, false,
				false, int[].class), INT64(8, true, false, long[].class), UINT64(8,
					false, false, long[].class), FLOAT32(4, true, true, float[].class),
		FLOAT64(8, true, true, double[].class);

	/** Datatype message class numbers (File Format Specification IV.A.2.d). */
	private static final int CLASS_FIXED_POINT = 0;

	private static final int CLASS_FLOATING_POINT = 1;

	private static final int CLASS_STRING = 3;

	private static final int DATATYPE_VERSION = 1;

	private final int size;

	private final boolean signed;

	private final boolean floating;

	private final Class<?> javaArray;

	Hdf5Type(final int size, final boolean signed, final boolean floating,
		final Class<?> javaArray)
	{
		this.size = size;
		this.signed = signed;
		this.floating = floating;
		this.javaArray = javaArray;
	}

	/** Bytes per element. */
	public int size() {
		return size;
	}

	/** The Java array class that holds elements of this type. */
	public Class<?> javaArray() {
		return javaArray;
	}

	/**
	 * The body of a Datatype message for this type: class and version, the class
	 * bit field, the size, then the class's properties.
	 */
	byte[] datatypeMessage() {
		final ByteBuffer out = ByteBuffer.allocate(floating ? 20 : 12).order(
			ByteOrder.LITTLE_ENDIAN);
		if (floating) {
			out.put((byte) (DATATYPE_VERSION << 4 | CLASS_FLOATING_POINT));
			// little-endian, no padding, mantissa normalization 2 (implied
			// leading 1) in bits 4-5; byte 1 is where the sign bit is
			out.put((byte) 0x20).put((byte) (8 * size - 1)).put((byte) 0);
			out.putInt(size);
			out.putShort((short) 0).putShort((short) (8 * size)); // offset, precision
			if (size == 4) out.put((byte) 23).put((byte) 8).put((byte) 0).put(
				(byte) 23).putInt(127);
			else out.put((byte) 52).put((byte) 11).put((byte) 0).put((byte) 52)
				.putInt(1023);
		}
		else {
			out.put((byte) (DATATYPE_VERSION << 4 | CLASS_FIXED_POINT));
			// little-endian, no padding; bit 3 = signed
			out.put((byte) (signed ? 0x08 : 0)).put((byte) 0).put((byte) 0);
			out.putInt(size);
			out.putShort((short) 0).putShort((short) (8 * size)); // offset, precision
		}
		return out.array();
	}

	/**
	 * A Datatype message for a fixed-length string of {@code bytes} bytes,
	 * null-terminated, ASCII or UTF-8.
	 */
	static byte[] stringDatatypeMessage(final int bytes, final boolean utf8) {
		final ByteBuffer out = ByteBuffer.allocate(8).order(
			ByteOrder.LITTLE_ENDIAN);
		out.put((byte) (DATATYPE_VERSION << 4 | CLASS_STRING));
		// bits 0-3 padding (0 = null terminate), bits 4-7 character set
		out.put((byte) (utf8 ? 0x10 : 0)).put((byte) 0).put((byte) 0);
		out.putInt(bytes);
		return out.array();
	}

	/**
	 * Appends the elements of {@code array} (this type's Java array) to
	 * {@code out}, little-endian.
	 *
	 * @throws IllegalArgumentException if the array is of another class
	 */
	void encode(final Object array, final ByteBuffer out) {
		if (array == null || array.getClass() != javaArray)
			throw new IllegalArgumentException("HDF5 " + name().toLowerCase(
				java.util.Locale.ROOT) + " data must be a " + javaArray
					.getSimpleName() + ", found " + (array == null ? "null" : array
						.getClass().getSimpleName()));
		final ByteBuffer le = out.order(ByteOrder.LITTLE_ENDIAN);
		final int start = le.position();
		if (array instanceof byte[]) le.put((byte[]) array);
		else if (array instanceof short[]) {
			le.asShortBuffer().put((short[]) array);
			le.position(start + 2 * ((short[]) array).length);
		}
		else if (array instanceof int[]) {
			le.asIntBuffer().put((int[]) array);
			le.position(start + 4 * ((int[]) array).length);
		}
		else if (array instanceof long[]) {
			le.asLongBuffer().put((long[]) array);
			le.position(start + 8 * ((long[]) array).length);
		}
		else if (array instanceof float[]) {
			le.asFloatBuffer().put((float[]) array);
			le.position(start + 4 * ((float[]) array).length);
		}
		else {
			le.asDoubleBuffer().put((double[]) array);
			le.position(start + 8 * ((double[]) array).length);
		}
	}
}
