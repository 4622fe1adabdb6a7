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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.codec.BytesCodec;
import org.zapfiji.data.codec.DeflateCodec;
import org.zapfiji.data.codec.ZstdCodec;

/**
 * The one place that maps Zarr's compressor JSON to codecs and back: v2
 * {@code compressor} objects ({@code {"id": "blosc", ...}}) and v3
 * bytes-to-bytes codecs ({@code {"name": "blosc", "configuration": ...}}).
 * <p>
 * Blosc's shuffle is a number in v2 (0 none, 1 byte, 2 bit, -1 automatic: bit
 * for one-byte types, else byte, as numcodecs decides) and a word in v3.
 */
final class ZarrCodecs {

	private static final String[] V3_SHUFFLES = { "noshuffle", "shuffle",
		"bitshuffle" };

	private ZarrCodecs() {}

	/** The working codec; {@code type} gives Blosc its type size. */
	static BytesCodec codec(final ZarrCompressor c, final DataType type) {
		switch (c.kind()) {
			case GZIP:
				return DeflateCodec.gzip(c.level());
			case ZLIB:
				return DeflateCodec.zlib(c.level());
			case ZSTD:
				return new ZstdCodec(c.level());
			default:
				return BloscCodec.of(c.cname(), c.level(), c.shuffle(), type.bytes(), c
					.blocksize());
		}
	}

	/** A v2 {@code compressor}; null for none. */
	static ZarrCompressor fromV2(final JsonElement json, final DataType type,
		final String file) throws FormatException
	{
		if (json == null || json.isJsonNull()) return null;
		if (!json.isJsonObject()) throw FormatException.field(file, "compressor",
			"null or an object", json);
		final JsonObject o = json.getAsJsonObject();
		final String id = JsonDocuments.string(o, "id", file);
		switch (id) {
			case "gzip":
				return ZarrCompressor.gzip(level(o, "level", file, 6));
			case "zlib":
				return ZarrCompressor.zlib(level(o, "level", file, 6));
			case "zstd":
				return ZarrCompressor.zstd(zstdLevel(o, file));
			case "blosc": {
				final int shuffle = o.has("shuffle") ? JsonDocuments.integer(o,
					"shuffle", file, -1, 2) : 1;
				final BloscCodec.Shuffle s = shuffle == -1 ? (type.bytes() == 1
					? BloscCodec.Shuffle.BIT : BloscCodec.Shuffle.BYTE)
					: BloscCodec.Shuffle.values()[shuffle];
				return ZarrCompressor.blosc(cname(o, file), level(o, "clevel", file, 5),
					s, blocksize(o, file));
			}
			default:
				throw FormatException.field(file, "compressor.id",
					"null, gzip, zlib, zstd or blosc", "'" + id + "'");
		}
	}

	static JsonObject toV2(final ZarrCompressor c) {
		final JsonObject o = new JsonObject();
		o.addProperty("id", c.kind().id());
		if (c.kind() == ZarrCompressor.Kind.BLOSC) {
			o.addProperty("cname", c.cname());
			o.addProperty("clevel", c.level());
			o.addProperty("shuffle", c.shuffle().ordinal());
			o.addProperty("blocksize", c.blocksize());
		}
		else o.addProperty("level", c.level());
		return o;
	}

	/** A v3 codec named {@code name}, or null if it is not a compressor. */
	static ZarrCompressor fromV3(final String name, final JsonObject config,
		final String file) throws FormatException
	{
		switch (name) {
			case "gzip":
				return ZarrCompressor.gzip(level(config, "level", file, 6));
			case "zstd":
				return ZarrCompressor.zstd(zstdLevel(config, file));
			case "blosc": {
				final String shuffle = JsonDocuments.string(config, "shuffle", file,
					"noshuffle");
				for (int s = 0; s < V3_SHUFFLES.length; s++)
					if (V3_SHUFFLES[s].equals(shuffle)) return ZarrCompressor.blosc(cname(
						config, file), level(config, "clevel", file, 5), BloscCodec.Shuffle
							.values()[s], blocksize(config, file));
				throw FormatException.field(file, "blosc shuffle",
					"noshuffle, shuffle or bitshuffle", "'" + shuffle + "'");
			}
			default:
				return null;
		}
	}

	static JsonObject toV3(final ZarrCompressor c, final DataType type) {
		final JsonObject config = new JsonObject();
		if (c.kind() == ZarrCompressor.Kind.BLOSC) {
			config.addProperty("cname", c.cname());
			config.addProperty("clevel", c.level());
			config.addProperty("shuffle", V3_SHUFFLES[c.shuffle().ordinal()]);
			config.addProperty("typesize", type.bytes());
			config.addProperty("blocksize", c.blocksize());
		}
		else {
			config.addProperty("level", c.level());
			if (c.kind() == ZarrCompressor.Kind.ZSTD) config.addProperty("checksum",
				false);
		}
		final JsonObject o = new JsonObject();
		o.addProperty("name", c.kind().id());
		o.add("configuration", config);
		return o;
	}

	private static int level(final JsonObject o, final String field,
		final String file, final int absent) throws FormatException
	{
		return o.has(field) ? JsonDocuments.integer(o, field, file, -1, 9) : absent;
	}

	private static int zstdLevel(final JsonObject o, final String file)
		throws FormatException
	{
		return o.has("level") ? JsonDocuments.integer(o, "level", file, -131072, 22)
			: 3;
	}

	private static String cname(final JsonObject o, final String file)
		throws FormatException
	{
		final String cname = JsonDocuments.string(o, "cname", file, "lz4");
		switch (cname) {
			case "zstd":
			case "lz4":
			case "lz4hc":
			case "zlib":
			case "blosclz":
				return cname;
			default:
				throw FormatException.field(file, "blosc cname",
					"zstd, lz4, lz4hc, zlib or blosclz", "'" + cname + "'");
		}
	}

	private static int blocksize(final JsonObject o, final String file)
		throws FormatException
	{
		return o.has("blocksize") ? JsonDocuments.integer(o, "blocksize", file, 0,
			Integer.MAX_VALUE) : 0;
	}
}
