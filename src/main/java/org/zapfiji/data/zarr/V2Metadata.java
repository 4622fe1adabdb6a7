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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;
import org.zapfiji.data.codec.BytesCodec;

/**
 * Zarr v2 array metadata: {@code .zarray} with {@code .zattrs}. Axis names
 * travel in the xarray attribute {@code _ARRAY_DIMENSIONS} (C order).
 */
final class V2Metadata {

	static final String ZARRAY = ".zarray";

	static final String ZATTRS = ".zattrs";

	static final String ZGROUP = ".zgroup";

	static final String DIMENSIONS = "_ARRAY_DIMENSIONS";

	private V2Metadata() {}

	/** The array at the root of {@code store}, or null if there is none. */
	static ArrayDescription read(final FileStore store) throws IOException {
		final JsonObject o = JsonDocuments.read(store, ZARRAY);
		if (o == null) return null;
		final String file = store.resolve(ZARRAY).toString();
		if (JsonDocuments.integer(o, "zarr_format", file, 0, 99) != 2)
			throw FormatException.field(file, "zarr_format", "2", o.get(
				"zarr_format"));
		final long[] shape = JsonDocuments.longs(o, "shape", file);
		final int[] chunks = JsonDocuments.ints(o, "chunks", file);
		final String dtype = JsonDocuments.string(o, "dtype", file);
		final DataType type = V2DataTypes.type(dtype, file);
		final ByteOrder byteOrder = V2DataTypes.order(dtype, file);
		checkFilters(o.get("filters"), file);
		final ZarrCompressor compressor = ZarrCodecs.fromV2(o.get("compressor"),
			type, file);
		final Number fill = ZarrFillValues.parse(o.get("fill_value"), type, file);
		final String order = JsonDocuments.string(o, "order", file, "C");
		if (!order.equals("C") && !order.equals("F")) throw FormatException.field(
			file, "order", "\"C\" or \"F\"", "\"" + order + "\"");
		final String separator = ChunkKeys.separator(JsonDocuments.string(o,
			"dimension_separator", file, "."), "dimension_separator", file);
		final Map<String, Object> attributes = JsonDocuments.attributes(
			JsonDocuments.read(store, ZATTRS));
		final ArrayMetadata meta = ArrayDescription.metadata(file, ArrayDescription
			.reversed(shape), ArrayDescription.reversed(chunks), type, fill,
			axisNames(attributes, shape.length));
		final List<BytesCodec> codecs = compressor == null ? List.of() : List.of(
			ZarrCodecs.codec(compressor, type));
		final int[] axes = order.equals("F") ? ArrayDescription.reversed(identity(
			shape.length)) : null;
		final CodecChain chain = new CodecChain(type, byteOrder, meta.chunkShape(),
			axes, codecs, fill);
		return new ArrayDescription(2, file, meta, chain, new ChunkKeys(false,
			separator), null, attributes);
	}

	private static void checkFilters(final JsonElement filters, final String file)
		throws FormatException
	{
		if (filters == null || filters.isJsonNull()) return;
		if (!filters.isJsonArray()) throw FormatException.field(file, "filters",
			"null or []", filters);
		for (final JsonElement f : filters.getAsJsonArray()) {
			final String id = f.isJsonObject() && f.getAsJsonObject().has("id") ? f
				.getAsJsonObject().get("id").toString() : f.toString();
			throw FormatException.field(file, "filters",
				"null or [] (filters are not supported)", "filter " + id);
		}
	}

	private static List<String> axisNames(final Map<String, Object> attributes,
		final int n)
	{
		final Object names = attributes.get(DIMENSIONS);
		if (!(names instanceof List) || ((List<?>) names).size() != n) return List
			.of();
		final List<String> axes = new ArrayList<>();
		for (final Object name : (List<?>) names) {
			if (!(name instanceof String)) return List.of();
			axes.add(0, (String) name);
		}
		return axes;
	}

	static int[] identity(final int n) {
		final int[] axes = new int[n];
		for (int d = 0; d < n; d++)
			axes[d] = d;
		return axes;
	}

	/** Writes {@code .zarray} (and {@code .zattrs} with axis names). */
	static ArrayDescription write(final FileStore store, final ArrayMetadata meta,
		final ZarrLayout layout) throws IOException
	{
		final int n = meta.numDimensions();
		final int[] transpose = layout.transpose();
		final boolean fortran = transpose != null && java.util.Arrays.equals(
			transpose, ArrayDescription.reversed(identity(n))) && n > 1;
		if (transpose != null && !fortran && !java.util.Arrays.equals(transpose,
			identity(n))) throw new IllegalArgumentException(
				"Zarr v2 knows order C and F only, not transpose " + java.util.Arrays
					.toString(transpose));
		if (layout.crc32c() || layout.shardShape() != null)
			throw new IllegalArgumentException(
				"Zarr v2 has no crc32c and no sharding: " + layout);
		final JsonObject o = new JsonObject();
		o.addProperty("zarr_format", 2);
		o.add("shape", JsonDocuments.toJson(ArrayDescription.reversed(meta
			.shape())));
		o.add("chunks", JsonDocuments.toJson(ArrayDescription.reversed(meta
			.chunkShape())));
		o.addProperty("dtype", V2DataTypes.dtype(meta.dataType(), layout
			.byteOrder()));
		o.add("compressor", layout.compressor() == null ? JsonNull.INSTANCE
			: ZarrCodecs.toV2(layout.compressor()));
		o.add("fill_value", ZarrFillValues.toJson(meta.fillValue(), meta
			.dataType()));
		o.addProperty("order", fortran ? "F" : "C");
		o.add("filters", JsonNull.INSTANCE);
		o.addProperty("dimension_separator", layout.separator());
		final Map<String, Object> attributes = new LinkedHashMap<>();
		if (!meta.axisNames().isEmpty()) {
			final JsonArray names = new JsonArray();
			for (int d = n - 1; d >= 0; d--)
				names.add(meta.axisNames().get(d));
			attributes.put(DIMENSIONS, names);
			JsonDocuments.write(store, ZATTRS, JsonDocuments.toJsonTree(attributes));
		}
		JsonDocuments.write(store, ZARRAY, o);
		return read(store);
	}
}
