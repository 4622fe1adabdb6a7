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

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.zapfiji.data.FormatException;

/**
 * The TIFF compressions we decode: none (1), LZW (5), Deflate (8 and the older
 * 32946) and PackBits (32773). Every decoder writes into an array of the
 * segment's expected size and never beyond it, whatever the stream says.
 */
final class SegmentCodecs {

	private SegmentCodecs() {}

	static boolean supports(final int compression) {
		return compression == 1 || compression == 5 || compression == 8 ||
			compression == 32946 || compression == 32773;
	}

	/**
	 * Decodes one strip or tile into exactly {@code size} bytes. Streams that
	 * hold more (some writers pad the last strip) are cut; streams that hold less
	 * are damaged.
	 *
	 * @param where names the file and segment for messages
	 */
	static byte[] decode(final int compression, final byte[] encoded,
		final int size, final String where) throws FormatException
	{
		switch (compression) {
			case 1:
				if (encoded.length < size) throw new FormatException(where +
					": expected " + size + " uncompressed bytes, found " +
					encoded.length);
				return java.util.Arrays.copyOf(encoded, size);
			case 5:
				return LzwDecoder.decode(encoded, size, where);
			case 32773:
				return unpackBits(encoded, size, where);
			default:
				return inflate(encoded, size, where);
		}
	}

	private static byte[] inflate(final byte[] encoded, final int size,
		final String where) throws FormatException
	{
		final byte[] out = new byte[size];
		final Inflater inflater = new Inflater();
		try {
			inflater.setInput(encoded);
			int n = 0;
			while (n < size && !inflater.finished()) {
				final int got = inflater.inflate(out, n, size - n);
				if (got == 0 && (inflater.needsInput() || inflater.needsDictionary()))
					break;
				n += got;
			}
			if (n < size) throw new FormatException(where +
				": Deflate stream ends after " + n + " bytes; expected " + size);
			return out;
		}
		catch (final DataFormatException e) {
			throw new FormatException(where + ": Deflate stream is damaged: " + e
				.getMessage(), e);
		}
		finally {
			inflater.end();
		}
	}

	/** PackBits: a count byte, then literal bytes or one byte to repeat. */
	static byte[] unpackBits(final byte[] encoded, final int size,
		final String where) throws FormatException
	{
		final byte[] out = new byte[size];
		int in = 0;
		int n = 0;
		while (n < size && in < encoded.length) {
			final int header = encoded[in++];
			if (header >= 0) {
				final int run = Math.min(header + 1, size - n);
				if (in + run > encoded.length) break;
				System.arraycopy(encoded, in, out, n, run);
				in += header + 1;
				n += run;
			}
			else if (header != -128) {
				if (in >= encoded.length) break;
				final int run = Math.min(1 - header, size - n);
				java.util.Arrays.fill(out, n, n + run, encoded[in++]);
				n += run;
			}
		}
		if (n < size) throw new FormatException(where +
			": PackBits stream ends after " + n + " bytes; expected " + size);
		return out;
	}
}
