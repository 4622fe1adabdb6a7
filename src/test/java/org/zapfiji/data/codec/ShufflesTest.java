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

package org.zapfiji.data.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Our shuffles against a direct, bit-by-bit transcription of the layout, and
 * their inverses against the original.
 */
class ShufflesTest {

	@ParameterizedTest
	@CsvSource({ "1,64", "2,256", "2,301", "4,1000", "8,1040", "8,1000", "16,160",
		"3,48", "3,50", "7,7", "2,1", "4,1003", "4,18", "2,4099" })
	void byteShuffleRegroupsBytesAndInverts(final int typesize,
		final int length)
	{
		final byte[] raw = CodecSamples.random(length, length);
		final byte[] shuffled = new byte[length + 3];
		Shuffles.shuffleBytes(typesize, raw, 0, shuffled, 3, length);
		final int elements = length / typesize;
		for (int i = 0; i < elements * typesize; i++)
			assertEquals(raw[i], shuffled[3 + (i % typesize) * elements + i /
				typesize], "byte " + i);
		for (int i = elements * typesize; i < length; i++)
			assertEquals(raw[i], shuffled[3 + i], "leftover byte " + i);
		final byte[] back = new byte[length];
		Shuffles.unshuffleBytes(typesize, shuffled, 3, back, 0, length);
		assertArrayEquals(raw, back);
	}

	/**
	 * The uint16 shuffle works on longs; from an odd source offset and with a
	 * tail of fewer than eight elements it must still match the plain regrouping.
	 */
	@ParameterizedTest
	@CsvSource({ "5,262158", "0,262144", "1,30", "3,17" })
	void uint16ShuffleMatchesPlainRegroupingAtAnyOffset(final int offset,
		final int length)
	{
		final byte[] raw = CodecSamples.random(offset + length, length);
		final byte[] shuffled = new byte[length];
		Shuffles.shuffleBytes(2, raw, offset, shuffled, 0, length);
		final int elements = length / 2;
		for (int i = 0; i < 2 * elements; i++)
			assertEquals(raw[offset + i], shuffled[(i % 2) * elements + i / 2],
				"byte " + i);
		if (length % 2 == 1) assertEquals(raw[offset + length - 1],
			shuffled[length - 1]);
		final byte[] back = new byte[length];
		Shuffles.unshuffleBytes(2, shuffled, 0, back, 0, length);
		assertArrayEquals(java.util.Arrays.copyOfRange(raw, offset, offset +
			length), back);
	}

	@ParameterizedTest
	@CsvSource({ "1,64", "2,256", "2,258", "4,2048", "8,1088", "16,256", "3,48",
		"3,49", "4,2000", "2,300", "8,8" })
	void bitShuffleFollowsBlosc1AndInverts(final int typesize, final int length) {
		final byte[] raw = CodecSamples.random(length, 7 * length);
		final byte[] shuffled = new byte[length];
		Shuffles.shuffleBits(typesize, raw, 0, shuffled, 0, length);
		assertArrayEquals(naiveBitShuffle(typesize, raw), shuffled);
		final byte[] back = new byte[length];
		Shuffles.unshuffleBits(typesize, shuffled, 0, back, 0, length);
		assertArrayEquals(raw, back);
	}

	/**
	 * Bit {@code 8j + k} of element {@code e} goes to output bit
	 * {@code (8j + k) * n + e}, least significant bit first, when the element
	 * count {@code n} is a multiple of 8; otherwise nothing moves.
	 */
	private static byte[] naiveBitShuffle(final int typesize, final byte[] raw) {
		final int n = raw.length / typesize;
		final byte[] out = raw.clone();
		if (n % 8 != 0) return out;
		java.util.Arrays.fill(out, 0, n * typesize, (byte) 0);
		for (int e = 0; e < n; e++)
			for (int bit = 0; bit < 8 * typesize; bit++) {
				final int value = raw[e * typesize + bit / 8] >> (bit % 8) & 1;
				final int to = bit * n + e;
				out[to / 8] |= (byte) (value << (to % 8));
			}
		return out;
	}

	@org.junit.jupiter.api.Test
	void transposeSwapsRowsAndColumns() {
		final Random random = new Random(3);
		for (int t = 0; t < 1000; t++) {
			final long x = random.nextLong();
			long expected = 0;
			for (int r = 0; r < 8; r++)
				for (int c = 0; c < 8; c++)
					expected |= (x >>> (8 * r + c) & 1) << (8 * c + r);
			assertEquals(expected, Shuffles.transpose8x8(x));
		}
	}
}
