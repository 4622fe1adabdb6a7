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

import java.io.IOException;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;

/** Zarr v3 array metadata: {@code zarr.json} with {@code node_type} array. */
final class V3Metadata {

	static final String ZARR_JSON = "zarr.json";

	private V3Metadata() {}

	/** The array at the root of {@code store}, or null if there is none. */
	static ArrayDescription read(final FileStore store) throws IOException {
		final JsonObject o = JsonDocuments.read(store, ZARR_JSON);
		if (o == null) return null;
		final String file = store.resolve(ZARR_JSON).toString();
		checkNode(o, "array", file);
		final long[] shape = JsonDocuments.longs(o, "shape", file);
		final DataType type = dataType(JsonDocuments.string(o, "data_type", file),
			file);
		final JsonObject grid = JsonDocuments.object(o, "chunk_grid", file);
		if (!"regular".equals(JsonDocuments.string(grid, "name", file)))
			throw FormatException.field(file, "chunk_grid.name", "\"regular\"", grid
				.get("name"));
		final int[] outer = ArrayDescription.reversed(JsonDocuments.ints(
			JsonDocuments.object(grid, "configuration", file), "chunk_shape", file));
		if (outer.length != shape.length) throw FormatException.field(file,
			"chunk_grid chunk_shape", shape.length + " sizes", outer.length);
		final ChunkKeys keys = ChunkKeys.fromV3(o.has("chunk_key_encoding")
			? JsonDocuments.object(o, "chunk_key_encoding", file) : null, file);
		final Number fill = ZarrFillValues.parse(JsonDocuments.required(o,
			"fill_value", file), type, file);
		checkStorageTransformers(o.get("storage_transformers"), file);
		final List<String> axes = dimensionNames(o.get("dimension_names"),
			shape.length, file);
		for (final int size : outer)
			if (size < 1) throw FormatException.field(file, "chunk_grid chunk_shape",
				"sizes >= 1", java.util.Arrays.toString(ArrayDescription.reversed(
					outer)));
		final V3Codecs.Parsed codecs = V3Codecs.parse(JsonDocuments.array(o,
			"codecs", file), type, outer, fill, file, false);
		final int[] chunk = codecs.shards == null ? outer : codecs.chain
			.chunkShape();
		final ArrayMetadata meta = ArrayDescription.metadata(file, ArrayDescription
			.reversed(shape), chunk, type, fill, axes);
		final Map<String, Object> attributes = JsonDocuments.attributes(o.has(
			"attributes") ? JsonDocuments.object(o, "attributes", file) : null);
		return new ArrayDescription(3, file, meta, codecs.chain, keys,
			codecs.shards, attributes);
	}

	static void checkNode(final JsonObject o, final String nodeType,
		final String file) throws FormatException
	{
		if (JsonDocuments.integer(o, "zarr_format", file, 0, 99) != 3)
			throw FormatException.field(file, "zarr_format", "3", o.get(
				"zarr_format"));
		final String node = JsonDocuments.string(o, "node_type", file);
		if (!node.equals(nodeType)) throw FormatException.field(file, "node_type",
			"\"" + nodeType + "\"", "\"" + node + "\"");
	}

	private static DataType dataType(final String id, final String file)
		throws FormatException
	{
		try {
			return DataType.forId(id);
		}
		catch (final IllegalArgumentException e) {
			throw FormatException.field(file, "data_type",
				"bool, int8..int64, uint8..uint64, float32 or float64", "\"" + id +
					"\"");
		}
	}

	private static void checkStorageTransformers(final JsonElement e,
		final String file) throws FormatException
	{
		if (e == null || e.isJsonNull()) return;
		if (!e.isJsonArray()) throw FormatException.field(file,
			"storage_transformers", "[]", e);
		for (final JsonElement t : e.getAsJsonArray())
			throw FormatException.field(file, "storage_transformers",
				"none (not supported)", "\"" + V3Codecs.name(t, file) + "\"");
	}

	private static List<String> dimensionNames(final JsonElement e, final int n,
		final String file) throws FormatException
	{
		if (e == null || e.isJsonNull()) return List.of();
		if (!e.isJsonArray() || e.getAsJsonArray().size() != n)
			throw FormatException.field(file, "dimension_names", n +
				" names or nulls", e);
		final List<String> names = new ArrayList<>();
		boolean named = false;
		for (final JsonElement name : e.getAsJsonArray()) {
			names.add(0, name.isJsonNull() ? null : name.getAsString());
			named |= !name.isJsonNull();
		}
		return named ? unnamedFilledIn(names) : List.of();
	}

	/**
	 * Names where some are null: each null gets the first of
	 * {@link ZarrFormat#DEFAULT_AXES} that no axis has, so that ZAPBench-style
	 * {@code ["x", "y", "z", "t", null]} keeps its x, y, z and t and calls the
	 * last axis c, instead of losing every name.
	 */
	private static List<String> unnamedFilledIn(final List<String> names) {
		final Set<String> taken = new HashSet<>();
		for (final String name : names)
			if (name != null) taken.add(name.toLowerCase(Locale.ROOT));
		for (int d = 0; d < names.size(); d++) {
			if (names.get(d) != null) continue;
			int k = 0;
			while (taken.contains(ZarrFormat.defaultAxis(k)))
				k++;
			taken.add(ZarrFormat.defaultAxis(k));
			names.set(d, ZarrFormat.defaultAxis(k));
		}
		return names;
	}

	/** Writes {@code zarr.json} for a new array. */
	static ArrayDescription write(final FileStore store, final ArrayMetadata meta,
		final ZarrLayout layout) throws IOException
	{
		final int[] shard = layout.shardShape();
		final int[] chunk = meta.chunkShape();
		if (shard != null) for (int d = 0; d < chunk.length; d++)
			if (shard.length != chunk.length || shard[d] % chunk[d] != 0)
				throw new IllegalArgumentException("shard shape " + java.util.Arrays
					.toString(shard) + " is no multiple of the chunk shape " +
					java.util.Arrays.toString(chunk));
		final JsonArray chunkCodecs = chunkCodecs(meta, layout);
		final JsonArray codecs = new JsonArray();
		if (shard != null) codecs.add(Sharding.toJson(chunk, chunkCodecs));
		else codecs.addAll(chunkCodecs);
		final JsonObject o = new JsonObject();
		o.addProperty("zarr_format", 3);
		o.addProperty("node_type", "array");
		o.add("shape", JsonDocuments.toJson(ArrayDescription.reversed(meta
			.shape())));
		o.addProperty("data_type", meta.dataType().id());
		final JsonObject gridConfig = new JsonObject();
		gridConfig.add("chunk_shape", JsonDocuments.toJson(ArrayDescription
			.reversed(shard != null ? shard : chunk)));
		final JsonObject grid = new JsonObject();
		grid.addProperty("name", "regular");
		grid.add("configuration", gridConfig);
		o.add("chunk_grid", grid);
		o.add("chunk_key_encoding", new ChunkKeys(!layout.v2ChunkKeys(), layout
			.separator()).toV3());
		o.add("fill_value", ZarrFillValues.toJson(meta.fillValue(), meta
			.dataType()));
		o.add("codecs", codecs);
		o.add("attributes", new JsonObject());
		if (!meta.axisNames().isEmpty()) o.add("dimension_names", JsonDocuments
			.toJsonTree(reversedNames(meta.axisNames())));
		JsonDocuments.write(store, ZARR_JSON, o);
		return read(store);
	}

	private static List<String> reversedNames(final List<String> names) {
		final List<String> r = new ArrayList<>(names);
		java.util.Collections.reverse(r);
		return r;
	}

	private static JsonArray chunkCodecs(final ArrayMetadata meta,
		final ZarrLayout layout)
	{
		final JsonArray codecs = new JsonArray();
		final int[] transpose = layout.transpose();
		if (transpose != null && !java.util.Arrays.equals(transpose, V2Metadata
			.identity(transpose.length)))
		{
			final JsonObject config = new JsonObject();
			config.add("order", JsonDocuments.toJson(transpose));
			codecs.add(codec("transpose", config));
		}
		final JsonObject bytes = new JsonObject();
		if (meta.dataType().bytes() > 1) bytes.addProperty("endian", layout
			.byteOrder() == ByteOrder.BIG_ENDIAN ? "big" : "little");
		codecs.add(codec("bytes", bytes));
		if (layout.compressor() != null && layout.compressor()
			.kind() == ZarrCompressor.Kind.ZLIB) throw new IllegalArgumentException(
				"Zarr v3 has no zlib codec; use gzip");
		if (layout.compressor() != null) codecs.add(ZarrCodecs.toV3(layout
			.compressor(), meta.dataType()));
		if (layout.crc32c()) codecs.add(codec("crc32c", null));
		return codecs;
	}

	private static JsonObject codec(final String name, final JsonObject config) {
		final JsonObject o = new JsonObject();
		o.addProperty("name", name);
		if (config != null) o.add("configuration", config);
		return o;
	}
}
