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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.codec.BloscCodec.Shuffle;

/**
 * Damaged Blosc chunks: each must give a {@link FormatException} that names the
 * field, never an allocation sized by the header, an index error or a hang.
 */
class BloscDamageTest {

	private static final BloscCodec DECODER = BloscCodec.of("zstd", 5,
		Shuffle.BYTE, 2, 0);

	private final byte[] raw = CodecSamples.smooth(2, 100_000);

	private byte[] chunk(final String cname) throws IOException {
		return BloscCodec.of(cname, 5, Shuffle.BYTE, 2, 16384).encode(raw);
	}

	@Test
	void namesTheFieldThatIsWrong() throws IOException {
		final byte[] good = chunk("lz4");
		expect(withInt(good, 4, 400_000), raw.length, "nbytes");
		expect(withInt(good, 4, Integer.MAX_VALUE), raw.length, "nbytes");
		expect(withInt(good, 12, good.length + 1), raw.length, "cbytes");
		expect(withInt(good, 12, 3), raw.length, "cbytes");
		expect(withInt(good, 8, 0), raw.length, "blocksize");
		expect(withInt(good, 8, -5), raw.length, "blocksize");
		expect(withInt(good, 8, Integer.MAX_VALUE), raw.length, "blocksize");
		expect(withInt(good, 8, 1), raw.length, "cbytes"); // 200,000 offsets
		expect(withByte(good, 0, 3), raw.length, "format version");
		expect(withByte(good, 1, 2), raw.length, "lz4 format version");
		expect(withByte(good, 2, good[2] | 0xE0), raw.length, "compressor code");
		expect(withByte(good, 2, good[2] | 0x08), raw.length, "flags");
		expect(withByte(good, 3, 0), raw.length, "typesize");
		expect(withInt(good, 16, 1 << 30), raw.length, "offset of block 0");
		expect(Arrays.copyOf(good, 10), raw.length, "length");
	}

	@Test
	void snappyIsRefusedByName() throws IOException {
		final byte[] snappy = withByte(chunk("lz4"), 2, (chunk("lz4")[2] & 0x1F) |
			2 << 5);
		expect(snappy, raw.length, "snappy");
	}

	@Test
	void truncatedChunksAreRefused() throws IOException {
		for (final String cname : BloscCodecTest.CNAMES) {
			final byte[] good = chunk(cname);
			assertArrayEquals(raw, DECODER.decode(good, raw.length));
			for (final int keep : new int[] { 16, 17, good.length / 3, good.length /
				2, good.length - 1 })
			{
				// Truncated files keep their header, so cbytes then exceeds them.
				expect(Arrays.copyOf(good, keep), raw.length, "cbytes");
				// Truncated and header patched: the streams must notice.
				final byte[] patched = withInt(Arrays.copyOf(good, keep), 12, keep);
				assertThrows(FormatException.class, () -> DECODER.decode(patched,
					raw.length), cname + " cut to " + keep);
			}
		}
	}

	/** With the native decoders where they load, and with pure Java. */
	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void randomDamageNeverEscapesAsAnotherException(final boolean pureJava)
		throws IOException
	{
		final Decompressors decompressors = pureJava ? Decompressors.PURE_JAVA
			: Decompressors.best();
		final Random random = new Random(11);
		for (final String cname : BloscCodecTest.CNAMES) {
			final byte[] good = chunk(cname);
			for (int t = 0; t < 300; t++) {
				final byte[] bad = good.clone();
				for (int k = 0; k < 1 + random.nextInt(4); k++)
					bad[16 + random.nextInt(bad.length - 16)] ^= (byte) (1 + random
						.nextInt(255));
				assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
					try {
						BloscDecoder.decode(bad, raw.length, decompressors);
					}
					catch (final FormatException e) {
						assertTrue(e.getMessage().startsWith("Blosc") || e.getMessage()
							.startsWith("BloscLZ"), e.getMessage());
					}
				}, cname);
			}
		}
	}

	private static void expect(final byte[] chunk, final int decodedSize,
		final String field)
	{
		final FormatException e = assertThrows(FormatException.class, () -> DECODER
			.decode(chunk, decodedSize), field);
		assertTrue(e.getMessage().contains(field), e.getMessage());
	}

	private static byte[] withInt(final byte[] chunk, final int at,
		final int value)
	{
		final byte[] copy = chunk.clone();
		BloscHeader.writeInt(copy, at, value);
		return copy;
	}

	private static byte[] withByte(final byte[] chunk, final int at,
		final int value)
	{
		final byte[] copy = chunk.clone();
		copy[at] = (byte) value;
		return copy;
	}
}
