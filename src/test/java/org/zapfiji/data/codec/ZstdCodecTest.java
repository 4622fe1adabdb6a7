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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.zapfiji.data.FormatException;

class ZstdCodecTest {

	private final ZstdCodec codec = new ZstdCodec(3);

	@Test
	void roundTrips() throws IOException {
		for (final byte[] raw : new byte[][] { new byte[0], CodecSamples.smooth(1,
			5), CodecSamples.smooth(2, 300_001), CodecSamples.random(70_000, 1) })
			assertArrayEquals(raw, codec.decode(codec.encode(raw), raw.length));
		final byte[] smooth = CodecSamples.smooth(2, 100_000);
		assertTrue(codec.encode(smooth).length < smooth.length / 2);
	}

	@Test
	void refusesAFrameLongerThanExpected() throws IOException {
		final byte[] frame = codec.encode(CodecSamples.smooth(2, 100_000));
		final FormatException e = assertThrows(FormatException.class, () -> codec
			.decode(frame, 1000));
		assertTrue(e.getMessage().contains("200000"), e.getMessage());
		assertThrows(FormatException.class, () -> codec.decode(frame, 300_000));
	}

	@Test
	void refusesDamagedFrames() throws IOException {
		final byte[] raw = CodecSamples.smooth(2, 50_000);
		final byte[] frame = codec.encode(raw);
		for (final int keep : new int[] { 0, 3, 10, frame.length / 2, frame.length -
			1 })
			assertThrows(FormatException.class, () -> codec.decode(Arrays.copyOf(
				frame, keep), raw.length), "cut to " + keep);
		final Random random = new Random(5);
		for (int t = 0; t < 300; t++) {
			final byte[] bad = frame.clone();
			bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
				try {
					codec.decode(bad, raw.length);
				}
				catch (final FormatException expected) {
					// the point: nothing else escapes
				}
			});
		}
	}

	@Test
	void refusesBadLevel() {
		assertThrows(IllegalArgumentException.class, () -> new ZstdCodec(23));
	}
}
