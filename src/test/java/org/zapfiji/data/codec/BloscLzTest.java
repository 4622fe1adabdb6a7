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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.zapfiji.data.FormatException;

/** BloscLZ streams: our encoder's output, hand-made streams, damage. */
class BloscLzTest {

	@Test
	void roundTripsCompressibleData() throws FormatException {
		for (final int length : new int[] { 8, 9, 100, 4096, 65536, 300_001 }) {
			final byte[] raw = CodecSamples.smooth(1, length);
			final byte[] stream = new byte[length];
			final int n = BloscLz.encode(raw, 0, length, stream, 0, length);
			if (length >= 4096) assertTrue(n > 0 && n < length * 0.9, "compressed " +
				length + " to " + n);
			if (n > 0) {
				final byte[] back = new byte[length];
				BloscLz.decode(stream, 0, n, back, 0, length);
				assertArrayEquals(raw, back, "length " + length);
			}
		}
	}

	@Test
	void longRunsUseLengthExtensionBytes() throws FormatException {
		final byte[] raw = new byte[10_000];
		Arrays.fill(raw, 100, 9000, (byte) 7);
		final byte[] stream = new byte[raw.length];
		final int n = BloscLz.encode(raw, 0, raw.length, stream, 0, raw.length);
		assertTrue(n > 0 && n < 200, "stream of " + n + " bytes");
		final byte[] back = new byte[raw.length];
		BloscLz.decode(stream, 0, n, back, 0, raw.length);
		assertArrayEquals(raw, back);
	}

	@Test
	void incompressibleDataDoesNotFit() {
		final byte[] raw = CodecSamples.random(5000, 1);
		assertEquals(-1, BloscLz.encode(raw, 0, raw.length, new byte[5000], 0,
			4999));
	}

	@Test
	void decodesHandMadeStreamWithFarMatch() throws FormatException {
		// 9000 literal bytes, then a 5-byte match 9000 back (far form), then 1
		// literal.
		final byte[] raw = CodecSamples.random(9000, 5);
		final byte[] stream = new byte[9000 / 32 * 33 + 8 + 8];
		int at = 0;
		for (int i = 0; i < 9000; i += 32) {
			final int run = Math.min(32, 9000 - i);
			stream[at++] = (byte) (run - 1);
			System.arraycopy(raw, i, stream, at, run);
			at += run;
		}
		final int far = 9000 - 8192;
		stream[at++] = (byte) ((3 << 5) | 31); // length 3 + 2 = 5
		stream[at++] = (byte) 255;
		stream[at++] = (byte) (far >>> 8);
		stream[at++] = (byte) far;
		stream[at++] = 0;
		stream[at++] = 42;
		final byte[] out = new byte[9006];
		BloscLz.decode(stream, 0, at, out, 0, out.length);
		assertArrayEquals(Arrays.copyOf(raw, 5), Arrays.copyOfRange(out, 9000,
			9005));
		assertEquals(42, out[9005]);
	}

	@Test
	void refusesDamagedStreams() {
		final byte[] raw = CodecSamples.smooth(1, 4096);
		final byte[] stream = new byte[4096];
		final int n = BloscLz.encode(raw, 0, raw.length, stream, 0, 4096);
		final byte[] out = new byte[4096];
		assertThrows(FormatException.class, () -> BloscLz.decode(stream, 0, n / 2,
			out, 0, 4096), "truncated");
		assertThrows(FormatException.class, () -> BloscLz.decode(stream, 0, n, out,
			0, 4000), "longer than expected");
		assertThrows(FormatException.class, () -> BloscLz.decode(new byte[] { 0, 1,
			(byte) 0x20, (byte) 200, 0 }, 0, 5, out, 0, 10), "distance before start");
		assertThrows(FormatException.class, () -> BloscLz.decode(new byte[] { 0, 1,
			(byte) 0x20, 0 }, 0, 4, out, 0, 4), "match as the last token");
		assertThrows(FormatException.class, () -> BloscLz.decode(new byte[0], 0, 0,
			out, 0, 1), "empty");
	}
}
