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

/**
 * Bob Jenkins' lookup3 {@code hashlittle}, the checksum the HDF5 format puts at
 * the end of a version 2 superblock and of every version 2 object header
 * ({@code H5_checksum_lookup3} with an initial value of 0). Readers (the HDF5
 * library, jHDF) refuse metadata whose checksum does not match, so this must
 * agree with them bit for bit: bytes are read little-endian in groups of 12,
 * the last 1 to 12 bytes go through the final mix, and an empty input hashes to
 * the seed.
 */
final class Lookup3 {

	private Lookup3() {}

	/** The checksum of {@code length} bytes of {@code data} from {@code from}. */
	static int hash(final byte[] data, final int from, final int length,
		final int initialValue)
	{
		int a = 0xdeadbeef + length + initialValue;
		int b = a;
		int c = a;
		int k = from;
		int left = length;
		while (left > 12) {
			a += word(data, k);
			b += word(data, k + 4);
			c += word(data, k + 8);
			a -= c;
			a ^= Integer.rotateLeft(c, 4);
			c += b;
			b -= a;
			b ^= Integer.rotateLeft(a, 6);
			a += c;
			c -= b;
			c ^= Integer.rotateLeft(b, 8);
			b += a;
			a -= c;
			a ^= Integer.rotateLeft(c, 16);
			c += b;
			b -= a;
			b ^= Integer.rotateLeft(a, 19);
			a += c;
			c -= b;
			c ^= Integer.rotateLeft(b, 4);
			b += a;
			left -= 12;
			k += 12;
		}
		if (left == 0) return c;
		a += tail(data, k, left, 0);
		b += tail(data, k, left, 4);
		c += tail(data, k, left, 8);
		c ^= b;
		c -= Integer.rotateLeft(b, 14);
		a ^= c;
		a -= Integer.rotateLeft(c, 11);
		b ^= a;
		b -= Integer.rotateLeft(a, 25);
		c ^= b;
		c -= Integer.rotateLeft(b, 16);
		a ^= c;
		a -= Integer.rotateLeft(c, 4);
		b ^= a;
		b -= Integer.rotateLeft(a, 14);
		c ^= b;
		c -= Integer.rotateLeft(b, 24);
		return c;
	}

	/** The checksum HDF5 stores: of {@code length} bytes, seed 0. */
	static int hash(final byte[] data, final int from, final int length) {
		return hash(data, from, length, 0);
	}

	private static int word(final byte[] data, final int at) {
		return (data[at] & 0xff) | (data[at + 1] & 0xff) << 8 | (data[at + 2] &
			0xff) << 16 | (data[at + 3] & 0xff) << 24;
	}

	/**
	 * The little-endian word at {@code start + offset} of the last {@code left}
	 * bytes, with the bytes past the end counted as zero.
	 */
	private static int tail(final byte[] data, final int start, final int left,
		final int offset)
	{
		int word = 0;
		for (int i = 0; i < 4 && offset + i < left; i++)
			word |= (data[start + offset + i] & 0xff) << (8 * i);
		return word;
	}
}
