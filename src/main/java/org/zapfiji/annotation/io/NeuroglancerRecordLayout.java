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

package org.zapfiji.annotation.io;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value sits in one encoded neuroglancer annotation, as
 * {@code annotations.md} of google/neuroglancer lays it out: the float32
 * coordinates, then the properties of 4-byte types, then of 2-byte types, then
 * of 1-byte types (uint8, int8, rgb, rgba), each group in the order the
 * {@code info} file lists them, then zero padding to a multiple of 4 bytes. All
 * values little-endian.
 */
final class NeuroglancerRecordLayout {

	/** Byte size of each property type. */
	private static final Map<String, Integer> SIZES = Map.of("uint32", 4, "int32",
		4, "float32", 4, "uint16", 2, "int16", 2, "uint8", 1, "int8", 1, "rgb", 3,
		"rgba", 4);

	private final int rank;

	private final Map<String, Integer> offsets = new LinkedHashMap<>();

	private final Map<String, String> types = new LinkedHashMap<>();

	private final int size;

	/**
	 * @param properties id → type, in the order of the info file
	 * @throws IllegalArgumentException naming an unknown type
	 */
	NeuroglancerRecordLayout(final int rank,
		final Map<String, String> properties)
	{
		this.rank = rank;
		int offset = 4 * rank;
		for (final int group : new int[] { 4, 2, 1 })
			for (final Map.Entry<String, String> p : properties.entrySet()) {
				final Integer bytes = SIZES.get(p.getValue());
				if (bytes == null) throw new IllegalArgumentException("property '" + p
					.getKey() + "': expected type " + SIZES.keySet() + ", found '" + p
						.getValue() + "'");
				if (alignment(p.getValue(), bytes) != group) continue;
				offsets.put(p.getKey(), offset);
				types.put(p.getKey(), p.getValue());
				offset += bytes;
			}
		this.size = (offset + 3) / 4 * 4;
	}

	/** rgb and rgba are byte arrays: they go with the 1-byte types. */
	private static int alignment(final String type, final int bytes) {
		return type.startsWith("rgb") ? 1 : bytes;
	}

	int rank() {
		return rank;
	}

	/** Bytes of one annotation, padding included. */
	int size() {
		return size;
	}

	List<String> propertyIds() {
		return Collections.unmodifiableList(new ArrayList<>(offsets.keySet()));
	}

	boolean has(final String property) {
		return offsets.containsKey(property);
	}

	/** Coordinate {@code d} of the annotation starting at {@code start}. */
	float coordinate(final ByteBuffer b, final int start, final int d) {
		return b.getFloat(start + 4 * d);
	}

	/** A property as a double; integer types read unsigned or signed as typed. */
	double get(final ByteBuffer b, final int start, final String property) {
		final int at = start + offsets.get(property);
		switch (types.get(property)) {
			case "uint32":
				return Integer.toUnsignedLong(b.getInt(at));
			case "int32":
				return b.getInt(at);
			case "float32":
				return b.getFloat(at);
			case "uint16":
				return Short.toUnsignedInt(b.getShort(at));
			case "int16":
				return b.getShort(at);
			case "uint8":
				return Byte.toUnsignedInt(b.get(at));
			case "int8":
				return b.get(at);
			default:
				throw new IllegalArgumentException("property '" + property +
					"' of type " + types.get(property) + " is not a number");
		}
	}

	/** Writes a property; the value must fit the type (checked by callers). */
	void put(final ByteBuffer b, final int start, final String property,
		final double value)
	{
		final int at = start + offsets.get(property);
		switch (types.get(property)) {
			case "uint32":
			case "int32":
				b.putInt(at, (int) (long) value);
				break;
			case "float32":
				b.putFloat(at, (float) value);
				break;
			case "uint16":
			case "int16":
				b.putShort(at, (short) value);
				break;
			case "uint8":
			case "int8":
				b.put(at, (byte) value);
				break;
			default:
				throw new IllegalArgumentException("cannot write property type " + types
					.get(property));
		}
	}
}
