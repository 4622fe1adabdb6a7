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

package org.zapfiji.data.zarr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32C;

import org.zapfiji.data.FormatException;
import org.zapfiji.data.codec.BytesCodec;

/**
 * Zarr v3's {@code crc32c} codec: the CRC-32C (Castagnoli) of the bytes,
 * appended as 4 little-endian bytes. Decoding checks and strips it, so a
 * flipped bit in a stored chunk is reported rather than shown.
 */
final class Crc32cCodec implements BytesCodec {

	static final int SIZE = 4;

	@Override
	public byte[] encode(final byte[] raw) {
		final byte[] out = Arrays.copyOf(raw, raw.length + SIZE);
		ByteBuffer.wrap(out, raw.length, SIZE).order(ByteOrder.LITTLE_ENDIAN)
			.putInt((int) checksum(raw, raw.length));
		return out;
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize)
		throws FormatException
	{
		if (encoded.length != decodedSize + SIZE) throw new FormatException(
			"crc32c: expected " + (decodedSize + SIZE) +
				" bytes (data and checksum), found " + encoded.length);
		final long stored = ByteBuffer.wrap(encoded, decodedSize, SIZE).order(
			ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
		final long actual = checksum(encoded, decodedSize);
		if (stored != actual) throw new FormatException(String.format(
			"crc32c: checksum mismatch, stored %08x, computed %08x", stored, actual));
		return Arrays.copyOf(encoded, decodedSize);
	}

	private static long checksum(final byte[] bytes, final int length) {
		final CRC32C crc = new CRC32C();
		crc.update(bytes, 0, length);
		return crc.getValue();
	}

	@Override
	public String toString() {
		return "crc32c";
	}
}
