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

import java.util.Locale;

import org.zapfiji.data.FormatException;

/**
 * The compressors a Blosc 1 chunk can name, with the names Zarr and numcodecs
 * use ({@code cname}) and the 3-bit code in the header's flags. LZ4 and LZ4HC
 * write the same stream format and share code 1, so a decoder cannot tell them
 * apart and does not need to.
 */
enum BloscCompressor {

		BLOSCLZ("blosclz", 0), LZ4("lz4", 1), LZ4HC("lz4hc", 1), SNAPPY("snappy",
			2), ZLIB("zlib", 3), ZSTD("zstd", 4);

	/** The compressor format version every C-Blosc 1 release writes. */
	static final int FORMAT_VERSION = 1;

	final String cname;

	final int code;

	BloscCompressor(final String cname, final int code) {
		this.cname = cname;
		this.code = code;
	}

	/**
	 * Compressors meant for ratio rather than speed, for which C-Blosc doubles
	 * the automatic block size.
	 */
	boolean favoursRatio() {
		return this == LZ4HC || this == ZLIB || this == ZSTD;
	}

	/**
	 * The zstd level C-Blosc 1 compresses at for Blosc level {@code clevel}
	 * (1..9): 1, 3, 5, ... 15, then zstd's maximum, 22. Only the native encoder
	 * has levels.
	 */
	static int zstdLevel(final int clevel) {
		return clevel < 9 ? 2 * clevel - 1 : 22;
	}

	/** Whether C-Blosc splits this compressor's blocks into byte streams. */
	boolean splits() {
		return this != ZSTD;
	}

	/** The compressor called {@code cname}, for writing. */
	static BloscCompressor named(final String cname) {
		final String lower = cname.toLowerCase(Locale.ROOT);
		for (final BloscCompressor c : values())
			if (c.cname.equals(lower)) {
				if (c == SNAPPY) throw new IllegalArgumentException(
					"Blosc compressor snappy is not supported (no pure-Java snappy " +
						"here); choose blosclz, lz4, lz4hc, zlib or zstd");
				return c;
			}
		throw new IllegalArgumentException("Unknown Blosc compressor '" + cname +
			"'; expected blosclz, lz4, lz4hc, zlib or zstd");
	}

	/** The compressor a chunk's header names, for reading. */
	static BloscCompressor forCode(final int code, final int version)
		throws FormatException
	{
		final BloscCompressor found;
		switch (code) {
			case 0:
				found = BLOSCLZ;
				break;
			case 1:
				found = LZ4;
				break;
			case 2:
				throw new FormatException(
					"Blosc chunk: compressed with snappy, which is not supported; " +
						"re-encode the data with lz4, zstd, zlib or blosclz");
			case 3:
				found = ZLIB;
				break;
			case 4:
				found = ZSTD;
				break;
			default:
				throw BloscHeader.error("compressor code", "0..4 (blosclz, lz4, " +
					"snappy, zlib, zstd)", code);
		}
		if (version != FORMAT_VERSION) throw BloscHeader.error(found.cname +
			" format version", Integer.toString(FORMAT_VERSION), version);
		return found;
	}
}
