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

import java.util.Arrays;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;

/**
 * The {@code sharding_indexed} codec's configuration: inner chunk shape, inner
 * codecs, index codecs and index location. The index codecs must have a fixed
 * size (bytes and crc32c) so that the index can be found without reading the
 * whole shard.
 */
final class Sharding {

	private Sharding() {}

	/**
	 * @param shardShape the shard (outer chunk) shape, fastest first
	 * @return the per-chunk chain and the shard layout
	 */
	static V3Codecs.Parsed parse(final JsonObject config, final DataType type,
		final int[] shardShape, final Number fill, final String file)
		throws FormatException
	{
		final int[] inner = ArrayDescription.reversed(JsonDocuments.ints(config,
			"chunk_shape", file));
		final int n = shardShape.length;
		if (inner.length != n) throw FormatException.field(file,
			"sharding_indexed chunk_shape", n + " sizes", Arrays.toString(
				ArrayDescription.reversed(inner)));
		final int[] perShard = new int[n];
		long total = 1;
		for (int d = 0; d < n; d++) {
			if (inner[d] < 1 || shardShape[d] % inner[d] != 0) throw FormatException
				.field(file, "sharding_indexed chunk_shape",
					"sizes that divide the shard shape " + Arrays.toString(
						ArrayDescription.reversed(shardShape)), Arrays.toString(
							ArrayDescription.reversed(inner)));
			perShard[d] = shardShape[d] / inner[d];
			total *= perShard[d];
		}
		if (total * 16 > org.zapfiji.data.ArrayMetadata.MAX_CHUNK_BYTES)
			throw FormatException.field(file, "sharding_indexed chunk_shape",
				"at most " + org.zapfiji.data.ArrayMetadata.MAX_CHUNK_BYTES / 16 +
					" chunks per shard", total);
		final V3Codecs.Parsed chunks = V3Codecs.parse(JsonDocuments.array(config,
			"codecs", file), type, inner, fill, file, true);
		final V3Codecs.Parsed index = V3Codecs.parse(JsonDocuments.array(config,
			"index_codecs", file), DataType.UINT64, ShardLayout.indexShape(perShard),
			0L, file, true);
		if (index.chain.fixedEncodedSize() < 0) throw V3Codecs.unsupported(file,
			"a compressing index codec");
		final String location = JsonDocuments.string(config, "index_location", file,
			"end");
		if (!location.equals("end") && !location.equals("start"))
			throw FormatException.field(file, "index_location", "start or end", "\"" +
				location + "\"");
		return new V3Codecs.Parsed(chunks.chain, new ShardLayout(perShard,
			index.chain, location.equals("start")));
	}

	/** The codec JSON for shards holding chunks of {@code chunkShape}. */
	static JsonObject toJson(final int[] chunkShape,
		final JsonArray innerCodecs)
	{
		final JsonObject little = new JsonObject();
		little.addProperty("endian", "little");
		final JsonObject bytes = new JsonObject();
		bytes.addProperty("name", "bytes");
		bytes.add("configuration", little);
		final JsonObject crc = new JsonObject();
		crc.addProperty("name", "crc32c");
		final JsonArray indexCodecs = new JsonArray();
		indexCodecs.add(bytes);
		indexCodecs.add(crc);
		final JsonObject config = new JsonObject();
		config.add("chunk_shape", JsonDocuments.toJson(ArrayDescription.reversed(
			chunkShape)));
		config.add("codecs", innerCodecs);
		config.add("index_codecs", indexCodecs);
		config.addProperty("index_location", "end");
		final JsonObject o = new JsonObject();
		o.addProperty("name", "sharding_indexed");
		o.add("configuration", config);
		return o;
	}
}
