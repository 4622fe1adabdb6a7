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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zapfiji.data.codec.BloscCodec.Shuffle;

/** Our Blosc chunks read back by our decoder, in every combination. */
class BloscCodecTest {

	static final String[] CNAMES = { "blosclz", "lz4", "lz4hc", "zlib", "zstd" };

	static final int[] TYPESIZES = { 1, 2, 4, 8 };

	static Stream<Arguments> combinations() {
		final List<Arguments> all = new ArrayList<>();
		for (final String cname : CNAMES)
			for (final Shuffle shuffle : Shuffle.values())
				for (final int typesize : TYPESIZES)
					all.add(Arguments.of(cname, shuffle, typesize));
		return all.stream();
	}

	@ParameterizedTest(name = "{0} {1} typesize {2}")
	@MethodSource("combinations")
	void roundTripsEverySize(final String cname, final Shuffle shuffle,
		final int typesize) throws IOException
	{
		final BloscCodec codec = BloscCodec.of(cname, 5, shuffle, typesize, 0);
		for (final int elements : new int[] { 0, 1, 7, 63, 64, 200, 1001, 150_001 })
			roundTrip(codec, CodecSamples.smooth(typesize, elements));
		// Sizes that are not a multiple of the typesize.
		roundTrip(codec, CodecSamples.smooth(1, 333));
		roundTrip(codec, CodecSamples.smooth(1, 300_001));
		roundTrip(codec, CodecSamples.random(20_000, 3));
	}

	@ParameterizedTest(name = "{0} {1} typesize {2}")
	@MethodSource("combinations")
	void roundTripsSmallForcedBlocks(final String cname, final Shuffle shuffle,
		final int typesize) throws IOException
	{
		for (final int blocksize : new int[] { 128, 1000, 4096 }) {
			final BloscCodec codec = BloscCodec.of(cname, 9, shuffle, typesize,
				blocksize);
			roundTrip(codec, CodecSamples.smooth(typesize, 10_007));
		}
	}

	@Test
	void compressesSmoothDataAndStoresRandomData() throws IOException {
		final byte[] smooth = CodecSamples.smooth(2, 150_000);
		for (final String cname : CNAMES) {
			final byte[] chunk = BloscCodec.of(cname, 5, Shuffle.BYTE, 2, 0).encode(
				smooth);
			assertTrue(chunk.length < smooth.length * 0.6, cname + " gave " +
				chunk.length + " of " + smooth.length);
		}
		final byte[] random = CodecSamples.random(50_000, 9);
		final byte[] chunk = BloscCodec.of("zstd", 5, Shuffle.NONE, 1, 0).encode(
			random);
		assertEquals(random.length + 16, chunk.length);
		assertEquals(BloscHeader.MEMCPYED, chunk[2] & BloscHeader.MEMCPYED);
	}

	@Test
	void levelZeroStores() throws IOException {
		final byte[] raw = CodecSamples.smooth(2, 1000);
		final byte[] chunk = BloscCodec.of("lz4", 0, Shuffle.BYTE, 2, 0).encode(
			raw);
		assertEquals(raw.length + 16, chunk.length);
		roundTrip(BloscCodec.of("lz4", 0, Shuffle.BIT, 2, 0), raw);
	}

	@Test
	void automaticBlocksizeFollowsCBlosc() {
		// ZAPBench: 512 x 512 uint16, zstd level 4: 32 KiB x 2 x 4.
		assertEquals(256 * 1024, BloscEncoder.blocksize(BloscCompressor.ZSTD, 4, 2,
			512 * 512 * 2, 0));
		// lz4 level 5 typesize 2 splits: 128 KiB x 2.
		assertEquals(256 * 1024, BloscEncoder.blocksize(BloscCompressor.LZ4, 5, 2,
			1 << 20, 0));
		assertEquals(999, BloscEncoder.blocksize(BloscCompressor.LZ4, 5, 3, 1000,
			0));
		assertEquals(1, BloscEncoder.blocksize(BloscCompressor.LZ4, 5, 4, 3, 0));
	}

	@Test
	void refusesBadParameters() {
		assertThrows(IllegalArgumentException.class, () -> BloscCodec.of("snappy",
			5, Shuffle.NONE, 1, 0));
		assertThrows(IllegalArgumentException.class, () -> BloscCodec.of("lzma", 5,
			Shuffle.NONE, 1, 0));
		assertThrows(IllegalArgumentException.class, () -> BloscCodec.of("lz4", 10,
			Shuffle.NONE, 1, 0));
		assertThrows(IllegalArgumentException.class, () -> BloscCodec.of("lz4", 5,
			Shuffle.NONE, 0, 0));
	}

	static void roundTrip(final BloscCodec codec, final byte[] raw)
		throws IOException
	{
		final byte[] chunk = codec.encode(raw);
		assertEquals(chunk.length, BloscHeader.readInt(chunk, 12), "cbytes");
		assertArrayEquals(raw, codec.decode(chunk, raw.length), () -> codec + ", " +
			raw.length + " bytes");
	}
}
