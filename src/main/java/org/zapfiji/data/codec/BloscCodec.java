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

import org.zapfiji.data.FormatException;

/**
 * Blosc 1 chunks (C-Blosc 1.x, format version 2), our own container code: Zarr
 * v2's {@code blosc} compressor and Zarr v3's {@code blosc} codec, as ZAPBench
 * stores its raw video (zstd, level 4, byte shuffle).
 * <p>
 * Any instance decodes any Blosc 1 chunk, whatever compressor, shuffle and
 * block size its header names: blosclz, lz4, lz4hc, zlib and zstd. Snappy
 * chunks are refused with a {@link FormatException} that says so. The
 * parameters only steer {@link #encode}.
 * <p>
 * zstd, lz4 and lz4hc are written with the native libraries where they load
 * (see {@link Decompressors}): zstd at C-Blosc's level for {@code clevel}, lz4
 * as LZ4's default (acceleration 1), lz4hc as LZ4HC at {@code clevel}. What
 * differs from C-Blosc when writing in pure Java (no native library, or
 * {@value Decompressors#PURE_JAVA_PROPERTY} set): there are no compression
 * levels for zstd, lz4 and lz4hc (the level still sets the block size, and 0
 * still means "store"), and lz4hc writes plain LZ4 streams, which are valid
 * LZ4HC streams. blosclz always uses a simpler greedy matcher than C-Blosc's.
 * The chunks are therefore valid but not always byte-identical to C-Blosc's,
 * and in pure Java usually a little larger.
 */
public final class BloscCodec implements BytesCodec {

	/** Blosc's filters; numcodecs numbers them 0, 1, 2. */
	public enum Shuffle {

			NONE, BYTE, BIT;

		/** numcodecs' and Zarr v2's number: 0, 1 or 2 (-1, auto, is not one). */
		public static Shuffle ofNumcodecs(final int shuffle) {
			if (shuffle < 0 || shuffle > 2) throw new IllegalArgumentException(
				"Blosc shuffle must be 0 (none), 1 (byte) or 2 (bit), was " + shuffle);
			return values()[shuffle];
		}
	}

	private final BloscCompressor compressor;

	private final int clevel;

	private final Shuffle shuffle;

	private final int typesize;

	private final int blocksize;

	private BloscCodec(final BloscCompressor compressor, final int clevel,
		final Shuffle shuffle, final int typesize, final int blocksize)
	{
		this.compressor = compressor;
		this.clevel = clevel;
		this.shuffle = shuffle;
		this.typesize = typesize;
		this.blocksize = blocksize;
	}

	/**
	 * @param cname "blosclz", "lz4", "lz4hc", "zlib" or "zstd", as in Zarr
	 * @param clevel 0 (store) to 9
	 * @param typesize bytes per element, 1 to 255: what shuffling regroups
	 * @param blocksize bytes per block, or 0 to choose as C-Blosc does
	 */
	public static BloscCodec of(final String cname, final int clevel,
		final Shuffle shuffle, final int typesize, final int blocksize)
	{
		if (clevel < 0 || clevel > 9) throw new IllegalArgumentException(
			"Blosc clevel must be 0..9, was " + clevel);
		if (typesize < 1 || typesize > 255) throw new IllegalArgumentException(
			"Blosc typesize must be 1..255, was " + typesize);
		if (blocksize < 0) throw new IllegalArgumentException(
			"Blosc blocksize must be 0 (automatic) or positive, was " + blocksize);
		if (shuffle == null) throw new IllegalArgumentException(
			"Blosc shuffle must not be null");
		return new BloscCodec(BloscCompressor.named(cname), clevel, shuffle,
			typesize, blocksize);
	}

	public String cname() {
		return compressor.cname;
	}

	public int clevel() {
		return clevel;
	}

	public Shuffle shuffle() {
		return shuffle;
	}

	public int typesize() {
		return typesize;
	}

	/** The requested block size; 0 means automatic. */
	public int blocksize() {
		return blocksize;
	}

	@Override
	public byte[] encode(final byte[] raw) throws IOException {
		return encode(raw, Decompressors.best());
	}

	/** With the given compressors: tests compare native with pure Java. */
	byte[] encode(final byte[] raw, final Decompressors decompressors) {
		return new BloscEncoder(this, compressor, raw, decompressors).encode();
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize)
		throws IOException
	{
		if (decodedSize < 0) throw new IllegalArgumentException(
			"decodedSize must not be negative, was " + decodedSize);
		return BloscDecoder.decode(encoded, decodedSize);
	}

	@Override
	public String toString() {
		return "blosc " + compressor.cname + " level " + clevel + ", " + shuffle
			.name().toLowerCase(java.util.Locale.ROOT) + " shuffle, typesize " +
			typesize + (blocksize == 0 ? "" : ", blocksize " + blocksize);
	}
}
