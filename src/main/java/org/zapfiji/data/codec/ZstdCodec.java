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

import java.io.IOException;
import java.util.Arrays;

import org.zapfiji.data.FormatException;

import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;

/**
 * Zstandard frames (Zarr v2 and v3 {@code zstd}, N5 {@code zstd}), encoded and
 * decoded by zstd-jni where it loads and by aircompressor's pure Java otherwise
 * (see {@link Decompressors}).
 * <p>
 * zstd-jni compresses at the level given; aircompressor at one fixed level
 * (about zstd's level 3), so there the level is kept for metadata only.
 * Decoding reads any conforming frame, at any level, including several frames
 * in a row.
 */
public final class ZstdCodec implements BytesCodec {

	private final int level;

	/** @param level recorded for metadata; zstd's range is -131072..22 */
	public ZstdCodec(final int level) {
		if (level < -131072 || level > 22) throw new IllegalArgumentException(
			"zstd level must be -131072..22, was " + level);
		this.level = level;
	}

	public int level() {
		return level;
	}

	@Override
	public byte[] encode(final byte[] raw) {
		return encode(raw, Decompressors.best());
	}

	/** With the given encoders: tests compare native with pure Java. */
	byte[] encode(final byte[] raw, final Decompressors decompressors) {
		if (!decompressors.nativeZstd) {
			final ZstdCompressor compressor = new ZstdCompressor();
			final byte[] out = new byte[compressor.maxCompressedLength(raw.length)];
			final int n = compressor.compress(raw, 0, raw.length, out, 0, out.length);
			return Arrays.copyOf(out, n);
		}
		final byte[] out = new byte[NativeZstd.maxCompressedLength(raw.length)];
		final NativeZstd zstd = NativeZstd.borrow();
		try {
			return Arrays.copyOf(out, zstd.compress(level, raw, 0, raw.length, out, 0,
				out.length));
		}
		finally {
			zstd.release();
		}
	}

	/**
	 * A frame that declares a content size larger than {@code decodedSize} is
	 * refused before anything is decoded, and decoding never writes past
	 * {@code decodedSize}, whatever the frames say. (A smaller declared size is
	 * allowed: more frames may follow.)
	 */
	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize)
		throws IOException
	{
		return decode(encoded, decodedSize, Decompressors.best());
	}

	/** With the given decoders: tests compare native with pure Java. */
	byte[] decode(final byte[] encoded, final int decodedSize,
		final Decompressors decompressors) throws FormatException
	{
		if (decodedSize < 0) throw new IllegalArgumentException(
			"decodedSize must not be negative, was " + decodedSize);
		final byte[] out = new byte[decodedSize];
		final int n;
		try {
			final long declared = ZstdDecompressor.getDecompressedSize(encoded, 0,
				encoded.length);
			if (declared > decodedSize) throw new FormatException(
				"zstd frame declares " + declared + " bytes; expected " + decodedSize);
			n = decompress(encoded, out, decompressors);
		}
		catch (final RuntimeException e) {
			throw new FormatException("zstd stream is damaged or longer than the " +
				"expected " + decodedSize + " bytes: " + e.getMessage(), e);
		}
		if (n != decodedSize) throw new FormatException("zstd stream ends after " +
			n + " bytes; expected " + decodedSize);
		return out;
	}

	private static int decompress(final byte[] encoded, final byte[] out,
		final Decompressors decompressors)
	{
		if (!decompressors.nativeZstd) return new ZstdDecompressor().decompress(
			encoded, 0, encoded.length, out, 0, out.length);
		final NativeZstd zstd = NativeZstd.borrow();
		try {
			return zstd.decompress(encoded, 0, encoded.length, out, 0, out.length);
		}
		finally {
			zstd.release();
		}
	}

	@Override
	public String toString() {
		return "zstd level " + level;
	}
}
