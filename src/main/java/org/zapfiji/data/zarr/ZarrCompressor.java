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

import java.util.Locale;
import java.util.Objects;

import org.zapfiji.data.codec.BloscCodec;

/**
 * A compressor as Zarr metadata describes it: which one and its settings. It is
 * what a writer chooses and what {@link ZarrCodecs} turns into metadata JSON
 * (v2 {@code compressor}, v3 codec) and into a working codec.
 *
 * @see ZarrLayout
 */
public final class ZarrCompressor {

	/** The compressors Zarr names. */
	public enum Kind {

			GZIP, ZLIB, ZSTD, BLOSC;

		/** The Zarr id, e.g. "gzip". */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final Kind kind;

	private final int level;

	private final String cname;

	private final BloscCodec.Shuffle shuffle;

	private final int blocksize;

	private ZarrCompressor(final Kind kind, final int level, final String cname,
		final BloscCodec.Shuffle shuffle, final int blocksize)
	{
		this.kind = kind;
		this.level = level;
		this.cname = cname;
		this.shuffle = shuffle;
		this.blocksize = blocksize;
	}

	/** Gzip (both versions), level 0..9. */
	public static ZarrCompressor gzip(final int level) {
		return new ZarrCompressor(Kind.GZIP, level, null, null, 0);
	}

	/** Zlib (v2 only), level 0..9. */
	public static ZarrCompressor zlib(final int level) {
		return new ZarrCompressor(Kind.ZLIB, level, null, null, 0);
	}

	/** Zstandard (both versions). */
	public static ZarrCompressor zstd(final int level) {
		return new ZarrCompressor(Kind.ZSTD, level, null, null, 0);
	}

	/**
	 * Blosc; the type size comes from the array's data type.
	 *
	 * @param cname zstd, lz4, lz4hc, zlib or blosclz
	 * @param blocksize 0 lets Blosc choose
	 */
	public static ZarrCompressor blosc(final String cname, final int clevel,
		final BloscCodec.Shuffle shuffle, final int blocksize)
	{
		return new ZarrCompressor(Kind.BLOSC, clevel, Objects.requireNonNull(cname),
			Objects.requireNonNull(shuffle), blocksize);
	}

	public Kind kind() {
		return kind;
	}

	/** Compression level (clevel for Blosc). */
	public int level() {
		return level;
	}

	/** Blosc's inner compressor, null for the others. */
	public String cname() {
		return cname;
	}

	/** Blosc's shuffle, null for the others. */
	public BloscCodec.Shuffle shuffle() {
		return shuffle;
	}

	public int blocksize() {
		return blocksize;
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof ZarrCompressor)) return false;
		final ZarrCompressor c = (ZarrCompressor) o;
		return kind == c.kind && level == c.level && Objects.equals(cname,
			c.cname) && shuffle == c.shuffle && blocksize == c.blocksize;
	}

	@Override
	public int hashCode() {
		return Objects.hash(kind, level, cname, shuffle, blocksize);
	}

	@Override
	public String toString() {
		return kind == Kind.BLOSC ? "blosc " + cname + " clevel " + level + " " +
			shuffle.name().toLowerCase(Locale.ROOT) + " shuffle" : kind.id() +
				" level " + level;
	}
}
