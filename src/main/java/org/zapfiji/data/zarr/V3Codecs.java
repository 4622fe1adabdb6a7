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

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;
import org.zapfiji.data.codec.BytesCodec;

/**
 * Parses a Zarr v3 {@code codecs} list into a {@link CodecChain}: array-to-
 * array ({@code transpose}), then exactly one array-to-bytes ({@code bytes} or
 * {@code sharding_indexed}), then bytes-to-bytes ({@code gzip}, {@code zstd},
 * {@code blosc}, {@code crc32c}). Anything else, or the right codec in the
 * wrong place, is a format error naming it.
 * <p>
 * Limits: sharding may not be nested, nor preceded by {@code transpose} nor
 * followed by bytes-to-bytes codecs (none of which ZAPBench or common writers
 * produce).
 */
final class V3Codecs {

	/** The parsed chain, and the shard layout if the chain shards. */
	static final class Parsed {

		final CodecChain chain;

		final ShardLayout shards;

		Parsed(final CodecChain chain, final ShardLayout shards) {
			this.chain = chain;
			this.shards = shards;
		}
	}

	private V3Codecs() {}

	/**
	 * @param chunkShape the chunk (or shard) shape the codecs see, fastest first
	 * @param inShard whether these are the inner codecs of a shard
	 */
	static Parsed parse(final JsonArray codecs, final DataType type,
		final int[] chunkShape, final Number fill, final String file,
		final boolean inShard) throws FormatException
	{
		final int n = chunkShape.length;
		int[] order = V2Metadata.identity(n);
		ByteOrder endian = null;
		ShardLayout shards = null;
		CodecChain inner = null;
		final List<BytesCodec> bytesCodecs = new ArrayList<>();
		for (final JsonElement e : codecs) {
			final String name = name(e, file);
			final JsonObject config = configuration(e, file);
			final boolean arrayStage = endian == null && shards == null;
			if (name.equals("transpose") && arrayStage) order = compose(order,
				transposeOrder(config, n, file));
			else if (name.equals("bytes") && arrayStage) endian = endian(config, type,
				file);
			else if (name.equals("sharding_indexed") && arrayStage) {
				if (inShard) throw unsupported(file, "nested sharding_indexed");
				if (!Arrays.equals(order, V2Metadata.identity(n))) throw unsupported(
					file, "transpose before sharding_indexed");
				final Parsed p = Sharding.parse(config, type, chunkShape, fill, file);
				shards = p.shards;
				inner = p.chain;
			}
			else if (!arrayStage && shards == null && name.equals("crc32c"))
				bytesCodecs.add(new Crc32cCodec());
			else if (!arrayStage && shards == null && ZarrCodecs.fromV3(name, config,
				file) != null) bytesCodecs.add(ZarrCodecs.codec(ZarrCodecs.fromV3(name,
					config, file), type));
			else throw FormatException.field(file, "codecs", known(arrayStage,
				shards), "\"" + name + "\"");
		}
		if (bytesCodecs.stream().filter(c -> !(c instanceof Crc32cCodec))
			.count() > 1) throw unsupported(file, "more than one compressor");
		if (shards != null) return new Parsed(inner, shards);
		if (endian == null) throw FormatException.field(file, "codecs",
			"a bytes or sharding_indexed codec", codecs);
		final int[] axes = ArrayDescription.axesOf(order);
		return new Parsed(new CodecChain(type, endian, chunkShape, axes,
			bytesCodecs, fill), null);
	}

	private static String known(final boolean arrayStage,
		final ShardLayout shards)
	{
		if (arrayStage) return "transpose, bytes or sharding_indexed here";
		if (shards != null) return "nothing after sharding_indexed";
		return "gzip, zstd, blosc or crc32c after bytes";
	}

	static FormatException unsupported(final String file, final String what) {
		return new FormatException(file + ": codecs: " + what +
			" is not supported");
	}

	static String name(final JsonElement e, final String file)
		throws FormatException
	{
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) return e
			.getAsString();
		if (!e.isJsonObject()) throw FormatException.field(file, "codecs",
			"codec objects", e);
		return JsonDocuments.string(e.getAsJsonObject(), "name", file);
	}

	static JsonObject configuration(final JsonElement e, final String file)
		throws FormatException
	{
		if (!e.isJsonObject() || !e.getAsJsonObject().has("configuration"))
			return new JsonObject();
		return JsonDocuments.object(e.getAsJsonObject(), "configuration", file);
	}

	private static ByteOrder endian(final JsonObject config, final DataType type,
		final String file) throws FormatException
	{
		final String endian = JsonDocuments.string(config, "endian", file, type
			.bytes() == 1 ? "little" : null);
		if ("little".equals(endian)) return ByteOrder.LITTLE_ENDIAN;
		if ("big".equals(endian)) return ByteOrder.BIG_ENDIAN;
		throw FormatException.field(file, "bytes endian", "\"little\" or \"big\"",
			endian == null ? "none" : "\"" + endian + "\"");
	}

	private static int[] transposeOrder(final JsonObject config, final int n,
		final String file) throws FormatException
	{
		final int[] order = JsonDocuments.ints(config, "order", file);
		final boolean[] seen = new boolean[n];
		boolean ok = order.length == n;
		for (int i = 0; ok && i < n; i++) {
			ok = order[i] < n && !seen[order[i]];
			if (ok) seen[order[i]] = true;
		}
		if (!ok) throw FormatException.field(file, "transpose order",
			"a permutation of 0.." + (n - 1), Arrays.toString(order));
		return order;
	}

	/** Transposing by {@code first} then by {@code second}. */
	private static int[] compose(final int[] first, final int[] second) {
		final int[] order = new int[first.length];
		for (int j = 0; j < order.length; j++)
			order[j] = first[second[j]];
		return order;
	}
}
