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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.codec.BloscCodec.Shuffle;

/**
 * The native decoders and encoders (zstd-jni, lz4-java JNI) against the
 * pure-Java fallback: the same bytes for every compressor, shuffle and
 * typesize, the same refusals of damaged input, and the fallback chosen when
 * asked for.
 */
class DecompressorsTest {

	private static final Decompressors NATIVE = Decompressors.choose(null);

	@Test
	void nativeLibrariesLoadOnThisPlatform() {
		assertTrue(NATIVE.nativeZstd && NATIVE.nativeLz4, Decompressors.describe());
		assertTrue(Decompressors.describe().contains("native"), Decompressors
			.describe());
	}

	@Test
	void propertyForcesPureJava() {
		for (final String value : new String[] { "true", "TRUE" }) {
			final Decompressors chosen = Decompressors.choose(value);
			assertFalse(chosen.nativeZstd || chosen.nativeLz4, value);
		}
		assertTrue(Decompressors.choose("false").nativeZstd);
		assertFalse(Decompressors.PURE_JAVA.nativeZstd ||
			Decompressors.PURE_JAVA.nativeLz4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "blosclz", "lz4", "lz4hc", "zlib", "zstd" })
	void bloscDecodesTheSameBytesEitherWay(final String cname)
		throws IOException
	{
		for (final Shuffle shuffle : Shuffle.values())
			for (final int typesize : new int[] { 1, 2, 3, 4, 8, 16 })
				for (final int elements : new int[] { 1, 1000, 70_001 }) {
					final byte[] raw = CodecSamples.smooth(typesize, elements);
					final byte[] chunk = BloscCodec.of(cname, 5, shuffle, typesize,
						elements > 1000 ? 16384 : 0).encode(raw);
					final String what = cname + " " + shuffle + " typesize " + typesize +
						", " + elements + " elements";
					assertArrayEquals(raw, BloscDecoder.decode(chunk, raw.length, NATIVE),
						what + ", native");
					assertArrayEquals(raw, BloscDecoder.decode(chunk, raw.length,
						Decompressors.PURE_JAVA), what + ", pure Java");
				}
	}

	/**
	 * Native and pure-Java encoders, each decoded by native and pure-Java
	 * decoders, give back the input for every compressor, shuffle, typesize and a
	 * level that picks each zstd level class; blosclz and zlib, which have no
	 * native encoder, write the same bytes either way.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "blosclz", "lz4", "lz4hc", "zlib", "zstd" })
	void bloscEncodesEitherWayToChunksBothDecode(final String cname)
		throws IOException
	{
		for (final Shuffle shuffle : Shuffle.values())
			for (final int typesize : new int[] { 1, 2, 3, 4, 8, 16 })
				for (final int elements : new int[] { 1, 1000, 70_001 }) {
					final int clevel = 1 + (typesize + elements + shuffle.ordinal()) % 9;
					final BloscCodec codec = BloscCodec.of(cname, clevel, shuffle,
						typesize, elements > 1000 ? 16384 : 0);
					final String what = codec + ", " + elements + " elements";
					final byte[] raw = CodecSamples.smooth(typesize, elements);
					final byte[] nativeChunk = codec.encode(raw, NATIVE);
					final byte[] pureChunk = codec.encode(raw, Decompressors.PURE_JAVA);
					for (final byte[] chunk : new byte[][] { nativeChunk, pureChunk })
						for (final Decompressors d : new Decompressors[] { NATIVE,
							Decompressors.PURE_JAVA })
							assertArrayEquals(raw, BloscDecoder.decode(chunk, raw.length, d),
								what + ", " + (chunk == nativeChunk ? "native" : "pure Java") +
									" encoder, " + d);
					if (cname.equals("blosclz") || cname.equals("zlib"))
						assertArrayEquals(pureChunk, nativeChunk, what);
				}
	}

	@Test
	void bloscEncodesIncompressibleDataEitherWay() throws IOException {
		final byte[] raw = CodecSamples.random(300_000, 4);
		for (final String cname : new String[] { "lz4", "lz4hc", "zstd" })
			for (final Decompressors d : new Decompressors[] { NATIVE,
				Decompressors.PURE_JAVA })
			{
				final BloscCodec codec = BloscCodec.of(cname, 9, Shuffle.BYTE, 4, 0);
				final byte[] chunk = codec.encode(raw, d);
				assertTrue(chunk.length <= raw.length + BloscHeader.SIZE, cname);
				assertArrayEquals(raw, BloscDecoder.decode(chunk, raw.length, NATIVE),
					cname + " " + d);
			}
	}

	@Test
	void nativeZstdFramesDeclareTheirSizeAndHonourTheLevel() throws IOException {
		final byte[] raw = CodecSamples.smooth(2, 200_000);
		final byte[] fast = BloscCodec.of("zstd", 1, Shuffle.NONE, 2, 0).encode(raw,
			NATIVE);
		final byte[] best = BloscCodec.of("zstd", 9, Shuffle.NONE, 2, 0).encode(raw,
			NATIVE);
		assertTrue(best.length < fast.length, best.length + " vs " + fast.length);
		// zstd does not split: the first stream starts after one offset per block.
		final int blocks = (raw.length + BloscHeader.readInt(best, 8) - 1) /
			BloscHeader.readInt(best, 8);
		final int stream = BloscHeader.offsetPosition(blocks) + 4;
		assertTrue(io.airlift.compress.zstd.ZstdDecompressor.getDecompressedSize(
			best, stream, best.length - stream) > 0);
	}

	@Test
	void bloscRefusesTruncatedStreamsEitherWay() throws IOException {
		final byte[] raw = CodecSamples.smooth(2, 100_000);
		for (final String cname : new String[] { "zstd", "lz4" }) {
			final byte[] good = BloscCodec.of(cname, 5, Shuffle.BYTE, 2, 16384)
				.encode(raw);
			final byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
			BloscHeader.writeInt(cut, 12, cut.length);
			for (final Decompressors d : new Decompressors[] { NATIVE,
				Decompressors.PURE_JAVA })
				assertThrows(FormatException.class, () -> BloscDecoder.decode(cut,
					raw.length, d), cname + " " + d);
		}
	}

	@Test
	void zstdDecodesTheSameBytesEitherWay() throws IOException {
		final ZstdCodec codec = new ZstdCodec(3);
		final byte[] one = CodecSamples.smooth(2, 300_001);
		final byte[] two = CodecSamples.random(70_000, 1);
		final byte[] both = new byte[one.length + two.length];
		System.arraycopy(one, 0, both, 0, one.length);
		System.arraycopy(two, 0, both, one.length, two.length);
		final byte[] a = codec.encode(one);
		final byte[] b = codec.encode(two);
		final byte[] frames = new byte[a.length + b.length];
		System.arraycopy(a, 0, frames, 0, a.length);
		System.arraycopy(b, 0, frames, a.length, b.length);
		for (final Decompressors d : new Decompressors[] { NATIVE,
			Decompressors.PURE_JAVA })
		{
			assertArrayEquals(one, codec.decode(a, one.length, d), d.toString());
			assertArrayEquals(both, codec.decode(frames, both.length, d), d
				.toString());
			assertArrayEquals(new byte[0], codec.decode(codec.encode(new byte[0]), 0,
				d), d.toString());
		}
	}

	@Test
	void zstdEncodesEitherWayAndNativelyAtItsLevel() throws IOException {
		final byte[] raw = CodecSamples.smooth(2, 300_001);
		for (final Decompressors encoder : new Decompressors[] { NATIVE,
			Decompressors.PURE_JAVA })
			for (final Decompressors decoder : new Decompressors[] { NATIVE,
				Decompressors.PURE_JAVA })
				assertArrayEquals(raw, new ZstdCodec(5).decode(new ZstdCodec(5).encode(
					raw, encoder), raw.length, decoder), encoder + " then " + decoder);
		assertTrue(new ZstdCodec(19).encode(raw, NATIVE).length < new ZstdCodec(1)
			.encode(raw, NATIVE).length, "level 19 compresses better than level 1");
	}

	@Test
	void zstdRefusesDamageEitherWay() throws IOException {
		final ZstdCodec codec = new ZstdCodec(3);
		final byte[] raw = CodecSamples.smooth(2, 50_000);
		final byte[] frame = codec.encode(raw);
		final Random random = new Random(8);
		for (final Decompressors d : new Decompressors[] { NATIVE,
			Decompressors.PURE_JAVA })
		{
			assertThrows(FormatException.class, () -> codec.decode(frame, 1000, d));
			assertThrows(FormatException.class, () -> codec.decode(frame, raw.length +
				1, d));
			assertThrows(FormatException.class, () -> codec.decode(java.util.Arrays
				.copyOf(frame, frame.length - 1), raw.length, d));
			for (int t = 0; t < 200; t++) {
				final byte[] bad = frame.clone();
				bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
				try {
					codec.decode(bad, raw.length, d);
				}
				catch (final FormatException expected) {
					// the point: nothing else escapes
				}
			}
		}
	}
}
