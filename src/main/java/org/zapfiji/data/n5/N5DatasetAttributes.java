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

package org.zapfiji.data.n5;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * The mandatory attributes that make an N5 group a dataset ({@code dimensions},
 * {@code blockSize}, {@code dataType}, {@code compression}) plus the optional
 * {@code axes} names that neuroglancer and n5-viewer read. N5 lists dimensions
 * fastest first already, so nothing is reversed.
 */
final class N5DatasetAttributes {

	/**
	 * Not part of N5, which reads missing blocks as 0: ours, so that a fill value
	 * other than 0 survives a round trip. Other N5 readers ignore it.
	 */
	static final String FILL_VALUE = "fillValue";

	private N5DatasetAttributes() {}

	/** Whether a group's attributes declare a dataset. */
	static boolean isDataset(final JsonObject attributes) {
		return attributes.has("dimensions") && attributes.has("dataType");
	}

	/** The attributes that declare a dataset, merged into {@code into}. */
	static void write(final JsonObject into, final ArrayMetadata meta,
		final N5Compression compression)
	{
		final JsonArray dimensions = new JsonArray();
		for (final long d : meta.shape())
			dimensions.add(d);
		final JsonArray blockSize = new JsonArray();
		for (final int b : meta.chunkShape())
			blockSize.add(b);
		into.add("dimensions", dimensions);
		into.add("blockSize", blockSize);
		into.addProperty("dataType", meta.dataType().id());
		into.add("compression", compression.toJson());
		final Number fill = meta.fillValue();
		if (fill.doubleValue() != 0 || fill instanceof Double && Double.isNaN(fill
			.doubleValue())) into.addProperty(FILL_VALUE, fill);
		if (!meta.axisNames().isEmpty()) {
			final JsonArray axes = new JsonArray();
			meta.axisNames().forEach(axes::add);
			into.add("axes", axes);
		}
	}

	/** The array metadata; missing blocks read as 0 unless we wrote a fill. */
	static ArrayMetadata metadata(final JsonObject json, final Object file)
		throws FormatException
	{
		final long[] shape = longs(json, "dimensions", file);
		final long[] block = longs(json, "blockSize", file);
		if (block.length != shape.length) throw FormatException.field(file,
			"blockSize", shape.length + " sizes like dimensions", block.length);
		final int[] chunk = new int[block.length];
		for (int d = 0; d < block.length; d++) {
			if (block[d] < 1 || block[d] > Integer.MAX_VALUE) throw FormatException
				.field(file, "blockSize", "sizes in 1.." + Integer.MAX_VALUE, json.get(
					"blockSize"));
			chunk[d] = (int) block[d];
		}
		try {
			final DataType type = dataType(json, file);
			return ArrayMetadata.of(shape, chunk, type, fill(json, type, file), axes(
				json, shape.length));
		}
		catch (final IllegalArgumentException e) {
			throw new FormatException(file + ": " + e.getMessage(), e);
		}
	}

	/** The compression, also in the pre-1.0 form {@code compressionType}. */
	static N5Compression compression(final JsonObject json, final DataType type,
		final Object file) throws FormatException
	{
		final JsonElement c = json.get("compression");
		if (c != null && c.isJsonObject()) return N5Compression.fromJson(c
			.getAsJsonObject(), type, file);
		if (c == null && json.has("compressionType")) {
			final JsonObject old = new JsonObject();
			old.add("type", json.get("compressionType"));
			return N5Compression.fromJson(old, type, file);
		}
		if (c == null) return N5Compression.raw();
		throw FormatException.field(file, "compression", "an object", c);
	}

	static DataType dataType(final JsonObject json, final Object file)
		throws FormatException
	{
		final JsonElement e = json.get("dataType");
		final String id = e != null && e.isJsonPrimitive() ? e.getAsString() : null;
		if (id == null || id.equals("bool") || id.equals("object"))
			throw FormatException.field(file, "dataType",
				"one of uint8..uint64, int8..int64, float32, float64", e);
		try {
			return DataType.forId(id);
		}
		catch (final IllegalArgumentException x) {
			throw FormatException.field(file, "dataType",
				"one of uint8..uint64, int8..int64, float32, float64", e);
		}
	}

	private static Number fill(final JsonObject json, final DataType type,
		final Object file) throws FormatException
	{
		final JsonElement e = json.get(FILL_VALUE);
		if (e == null) return 0L;
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber())
			throw FormatException.field(file, FILL_VALUE, "a number", e);
		return type.isFloatingPoint() ? (Number) e.getAsDouble() : (Number) e
			.getAsLong();
	}

	private static List<String> axes(final JsonObject json, final int n) {
		final JsonElement e = json.get("axes");
		if (e == null || !e.isJsonArray() || e.getAsJsonArray().size() != n)
			return List.of();
		final List<String> names = new ArrayList<>();
		for (final JsonElement a : e.getAsJsonArray()) {
			if (!a.isJsonPrimitive()) return List.of();
			names.add(a.getAsString());
		}
		return names;
	}

	static long[] longs(final JsonObject json, final String key,
		final Object file) throws FormatException
	{
		final JsonElement e = json.get(key);
		if (e == null || !e.isJsonArray() || e.getAsJsonArray().size() == 0)
			throw FormatException.field(file, key, "a non-empty array of integers",
				e);
		final JsonArray array = e.getAsJsonArray();
		final long[] values = new long[array.size()];
		for (int i = 0; i < values.length; i++) {
			final JsonElement v = array.get(i);
			if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v
				.getAsDouble() != Math.rint(v.getAsDouble())) throw FormatException
					.field(file, key, "integers", e);
			values[i] = v.getAsLong();
		}
		return values;
	}
}
