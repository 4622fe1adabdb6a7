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

package org.zapfiji.data.convert;

import java.util.List;
import java.util.Locale;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.n5.N5Compression;
import org.zapfiji.data.zarr.ZarrCompressor;

/**
 * The compression a conversion asks for, by macro words ({@code compression},
 * {@code clevel}, {@code shuffle}), turned into what each writer takes. "auto"
 * is each format's common default: Blosc lz4 level 5 with byte shuffle for Zarr
 * (zarr-python 2's default compressor: fast to write and to read, and what
 * numcodecs readers expect), gzip level 6 for N5 (what every N5 reader has),
 * none for TIFF and BigDataViewer HDF5 (their writers do not compress).
 */
public final class CompressionChoice {

	/** Accepted words of key {@code compression}. */
	public static final List<String> NAMES = List.of("auto", "raw", "gzip",
		"zlib", "zstd", "blosc_lz4", "blosc_zstd", "blosc_lz4hc", "blosc_zlib",
		"blosc_blosclz");

	/** Accepted words of key {@code shuffle}. */
	public static final List<String> SHUFFLES = List.of("byte", "bit", "none");

	/** Value of key {@code clevel} that asks for the compressor's default. */
	public static final int DEFAULT_LEVEL = -1;

	/** What "auto" is for Zarr. */
	static final String ZARR_AUTO = "blosc_lz4";

	/** What "auto" is for N5. */
	static final String N5_AUTO = "gzip";

	private final String name;

	/** As asked: {@link #DEFAULT_LEVEL} or a level checked for {@link #name}. */
	private final int level;

	private final BloscCodec.Shuffle shuffle;

	/**
	 * @throws InvalidOptionException naming key compression, clevel or shuffle
	 */
	public CompressionChoice(final String name, final int level,
		final String shuffle)
	{
		this.name = name.trim().toLowerCase(Locale.ROOT);
		if (!NAMES.contains(this.name)) throw InvalidOptionException.expected(
			"compression", "one of " + String.join(", ", NAMES), name);
		final String word = shuffle.trim().toLowerCase(Locale.ROOT);
		if (!SHUFFLES.contains(word)) throw InvalidOptionException.expected(
			"shuffle", "one of " + String.join(", ", SHUFFLES), shuffle);
		this.shuffle = BloscCodec.Shuffle.valueOf(word.toUpperCase(Locale.ROOT));
		this.level = level;
		if (level != DEFAULT_LEVEL && !this.name.equals("raw")) {
			final int min = minLevel(this.name);
			final int max = maxLevel(this.name);
			if (level < min || level > max) throw InvalidOptionException.expected(
				"clevel", min + ".." + max + " for compression " + this.name +
					" (or -1 for its default)", level);
		}
	}

	/** The defaults: "auto", each compressor's level, byte shuffle. */
	public static CompressionChoice auto() {
		return new CompressionChoice("auto", DEFAULT_LEVEL, "byte");
	}

	private static int minLevel(final String name) {
		return name.equals("zstd") ? 1 : 0;
	}

	private static int maxLevel(final String name) {
		return name.equals("zstd") ? 22 : 9;
	}

	private static int defaultLevel(final String chosen) {
		if (chosen.equals("zstd")) return 3;
		if (chosen.equals("gzip") || chosen.equals("zlib")) return 6;
		return 5;
	}

	/** The word of key {@code compression}. */
	public String name() {
		return name;
	}

	/** The compressor {@code format} gets: "auto" resolved. */
	String resolved(final OutputFormat format) {
		if (!name.equals("auto")) return name;
		if (format.isZarr()) return ZARR_AUTO;
		if (format == OutputFormat.N5 || format == OutputFormat.BDV_N5)
			return N5_AUTO;
		return "raw";
	}

	private int levelOf(final String chosen) {
		return level == DEFAULT_LEVEL ? defaultLevel(chosen) : level;
	}

	/**
	 * What a Zarr writer of {@code version} stores, or null for raw chunks.
	 *
	 * @throws InvalidOptionException if the version lacks the compressor
	 */
	ZarrCompressor forZarr(final int version) {
		final String chosen = name.equals("auto") ? ZARR_AUTO : name;
		final int l = levelOf(chosen);
		if (chosen.equals("raw")) return null;
		if (chosen.equals("gzip")) return ZarrCompressor.gzip(l);
		if (chosen.equals("zstd")) return ZarrCompressor.zstd(l);
		if (chosen.equals("zlib")) {
			if (version == 3) throw InvalidOptionException.of("compression",
				"Key 'compression': zlib is a Zarr v2 compressor; Zarr v3 has gzip " +
					"(the same deflate stream with a gzip header), found 'zlib'.");
			return ZarrCompressor.zlib(l);
		}
		return ZarrCompressor.blosc(bloscName(chosen), l, shuffle, 0);
	}

	/**
	 * What an N5 writer stores: gzip for "auto".
	 *
	 * @throws InvalidOptionException for zlib, which N5 lacks
	 */
	N5Compression forN5(final DataType type) {
		final String chosen = name.equals("auto") ? N5_AUTO : name;
		final int l = levelOf(chosen);
		if (chosen.equals("raw")) return N5Compression.raw();
		if (chosen.equals("gzip")) return N5Compression.gzip(l);
		if (chosen.equals("zlib")) throw InvalidOptionException.of("compression",
			"Key 'compression': N5 has no zlib; use gzip, zstd, a blosc_ " +
				"compressor or raw, found 'zlib'.");
		try {
			if (chosen.equals("zstd")) return N5Compression.zstd(l);
			return N5Compression.blosc(bloscName(chosen), l, shuffle.ordinal(), 0,
				type);
		}
		catch (final FormatException e) {
			throw InvalidOptionException.of("compression", "Key 'compression': " + e
				.getMessage());
		}
	}

	/**
	 * @throws InvalidOptionException unless this asks for no compression
	 */
	void requireNone(final OutputFormat format) {
		if (!name.equals("auto") && !name.equals("raw"))
			throw InvalidOptionException.of("compression", "Key 'compression': " +
				format.id() + " is written uncompressed; use compression=raw or " +
				"auto, found '" + name + "'.");
	}

	private static String bloscName(final String chosen) {
		return chosen.substring("blosc_".length());
	}

	/**
	 * What {@code format} gets, for a log line: "blosc_lz4 level 5 byte shuffle".
	 */
	String describe(final OutputFormat format) {
		final String chosen = resolved(format);
		if (chosen.equals("raw")) return "uncompressed";
		return chosen + " level " + levelOf(chosen) + (chosen.startsWith("blosc")
			? " " + shuffle.name().toLowerCase(Locale.ROOT) + " shuffle" : "") + (name
				.equals("auto") ? " (auto)" : "");
	}

	@Override
	public String toString() {
		return name + (level == DEFAULT_LEVEL ? "" : " level " + level) + " " +
			shuffle.name().toLowerCase(Locale.ROOT) + " shuffle";
	}
}
