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

package org.zapfiji.annotation.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growing byte array that {@link MarkBytes} writes marks into: big-endian
 * numbers, unsigned LEB128 varints, UTF-8 strings. A shared string met before
 * since the last {@link #reset} is written as its index only, which is what
 * keeps a batch of marks of one annotator and status compact;
 * {@link ByteReader} reads it back.
 */
final class ByteWriter {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(
		long[].class, ByteOrder.BIG_ENDIAN);

	/** Encoded strings kept for reuse; cleared when it holds this many. */
	private static final int CACHE_LIMIT = 4096;

	private final Map<String, byte[]> utf8 = new HashMap<>();

	private final Map<String, Integer> dictionary = new HashMap<>();

	private byte[] bytes = new byte[256];

	private int size;

	/** Starts over, forgetting the dictionary as well. */
	void reset() {
		size = 0;
		dictionary.clear();
	}

	int size() {
		return size;
	}

	byte[] toArray() {
		return Arrays.copyOf(bytes, size);
	}

	byte[] toArray(final int from, final int to) {
		return Arrays.copyOfRange(bytes, from, to);
	}

	void putByte(final int b) {
		room(1);
		bytes[size++] = (byte) b;
	}

	void putLong(final long v) {
		room(8);
		LONGS.set(bytes, size, v);
		size += 8;
	}

	/** The exact bits, so every NaN and -0.0 comes back as it was. */
	void putDouble(final double v) {
		putLong(Double.doubleToRawLongBits(v));
	}

	void putVarint(final long v) {
		room(10);
		long rest = v;
		while ((rest & ~0x7FL) != 0) {
			bytes[size++] = (byte) (rest & 0x7F | 0x80);
			rest >>>= 7;
		}
		bytes[size++] = (byte) rest;
	}

	/** An int of either sign, small ones in one byte (zigzag). */
	void putInt(final int v) {
		putVarint((v << 1 ^ v >> 31) & 0xFFFFFFFFL);
	}

	/** Index + 1 of a string written before, or 0 and the string. */
	void putShared(final String s) {
		final Integer known = dictionary.get(s);
		if (known != null) {
			putVarint(known + 1L);
			return;
		}
		putVarint(0);
		dictionary.put(s, dictionary.size());
		putString(s);
	}

	void putString(final String s) {
		final byte[] encoded = encoded(s);
		putVarint(encoded.length);
		room(encoded.length);
		System.arraycopy(encoded, 0, bytes, size, encoded.length);
		size += encoded.length;
	}

	private byte[] encoded(final String s) {
		byte[] b = utf8.get(s);
		if (b == null) {
			if (utf8.size() == CACHE_LIMIT) utf8.clear();
			b = s.getBytes(StandardCharsets.UTF_8);
			utf8.put(s, b);
		}
		return b;
	}

	private void room(final int more) {
		if (size + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(
			bytes.length * 2, size + more));
	}
}
