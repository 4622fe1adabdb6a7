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
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link ByteWriter} wrote. Every read checks that the bytes are
 * there, so a damaged blob fails with an {@link IllegalArgumentException}
 * saying where, never with an index error or a silently wrong mark.
 */
final class ByteReader {

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(
		long[].class, ByteOrder.BIG_ENDIAN);

	private final byte[] bytes;

	private final List<String> dictionary = new ArrayList<>();

	private int at;

	ByteReader(final byte[] bytes) {
		this.bytes = bytes;
	}

	boolean atEnd() {
		return at == bytes.length;
	}

	int getByte() {
		need(1);
		return bytes[at++] & 0xFF;
	}

	long getLong() {
		need(8);
		final long v = (long) LONGS.get(bytes, at);
		at += 8;
		return v;
	}

	double getDouble() {
		return Double.longBitsToDouble(getLong());
	}

	long getVarint() {
		long v = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			final int b = getByte();
			v |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) return v;
		}
		throw damaged("a varint longer than 10 bytes");
	}

	int getInt() {
		final long zigzag = getVarint();
		if (zigzag >>> 32 != 0) throw damaged("an int out of range");
		final int v = (int) zigzag;
		return v >>> 1 ^ -(v & 1);
	}

	String getShared() {
		final long index = getVarint();
		if (index > dictionary.size()) throw damaged("string index " + index +
			" of " + dictionary.size());
		if (index > 0) return dictionary.get((int) index - 1);
		final String s = getString();
		dictionary.add(s);
		return s;
	}

	String getString() {
		final long length = getVarint();
		need(length);
		final String s = new String(bytes, at, (int) length,
			StandardCharsets.UTF_8);
		at += (int) length;
		return s;
	}

	IllegalArgumentException damaged(final String what) {
		return new IllegalArgumentException("damaged at byte " + at + " of " +
			bytes.length + ": " + what);
	}

	private void need(final long n) {
		if (n > bytes.length - at) throw damaged(n + " more bytes needed");
	}
}
