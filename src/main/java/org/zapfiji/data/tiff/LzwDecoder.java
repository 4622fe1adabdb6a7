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

package org.zapfiji.data.tiff;

import org.zapfiji.data.FormatException;

/**
 * TIFF's LZW (compression 5): codes of 9 to 12 bits, most significant bit
 * first, code 256 clears the table, 257 ends the stream, and the code width
 * grows one code early, as TIFF 6.0 specifies. The table is kept as prefix
 * links, so decoding allocates nothing per code.
 */
final class LzwDecoder {

	private static final int CLEAR = 256;

	private static final int END = 257;

	private static final int TABLE = 4096;

	private final short[] prefix = new short[TABLE];

	private final byte[] last = new byte[TABLE];

	private final byte[] first = new byte[TABLE];

	private final int[] length = new int[TABLE];

	private LzwDecoder() {
		for (int i = 0; i < 256; i++) {
			prefix[i] = -1;
			last[i] = (byte) i;
			first[i] = (byte) i;
			length[i] = 1;
		}
	}

	/** Decodes {@code encoded} into exactly {@code size} bytes. */
	static byte[] decode(final byte[] encoded, final int size, final String where)
		throws FormatException
	{
		if (encoded.length > 1 && encoded[0] == 0 && (encoded[1] & 1) != 0)
			throw new FormatException(where + ": LZW: expected TIFF 6.0 LZW " +
				"(most significant bit first), found the old LSB-first variant, " +
				"which is not supported");
		return new LzwDecoder().run(encoded, size, where);
	}

	private byte[] run(final byte[] in, final int size, final String where)
		throws FormatException
	{
		final byte[] out = new byte[size];
		int n = 0;
		long bitPosition = 0;
		final long bits = (long) in.length * 8;
		int width = 9;
		int next = 258;
		int old = -1;
		while (n < size && bitPosition + width <= bits) {
			final int code = read(in, bitPosition, width);
			bitPosition += width;
			if (code == END) break;
			if (code == CLEAR) {
				width = 9;
				next = 258;
				old = -1;
				continue;
			}
			if (old < 0) {
				if (code > 255) throw new FormatException(where +
					": LZW: expected a literal code after a clear, found " + code);
				out[n++] = (byte) code;
				old = code;
				continue;
			}
			if (code > next || code == next && next >= TABLE)
				throw new FormatException(where + ": LZW: code " + code +
					" is not in the table of " + next + " entries");
			if (next < TABLE) {
				prefix[next] = (short) old;
				first[next] = first[old];
				last[next] = code < next ? first[code] : first[old];
				length[next] = length[old] + 1;
				next++;
			}
			n = emit(code, out, n);
			old = code;
			if (next + 1 >= 1 << width && width < 12) width++;
		}
		if (n < size) throw new FormatException(where + ": LZW stream ends after " +
			n + " bytes; expected " + size);
		return out;
	}

	/** Writes the string of {@code code}, cut at the end of {@code out}. */
	private int emit(final int code, final byte[] out, final int n) {
		final int len = length[code];
		int c = code;
		for (int i = len - 1; i >= 0; i--) {
			if (n + i < out.length) out[n + i] = last[c];
			c = prefix[c];
		}
		return Math.min(out.length, n + len);
	}

	private static int read(final byte[] in, final long bitPosition,
		final int width)
	{
		final int index = (int) (bitPosition >>> 3);
		int word = (in[index] & 0xff) << 16;
		if (index + 1 < in.length) word |= (in[index + 1] & 0xff) << 8;
		if (index + 2 < in.length) word |= in[index + 2] & 0xff;
		final int shift = 24 - (int) (bitPosition & 7) - width;
		return (word >>> shift) & ((1 << width) - 1);
	}
}
