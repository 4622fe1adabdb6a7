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

package org.zapfiji.annotation.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.VoxelSize;

/**
 * Reads the POINT annotations of a neuroglancer precomputed folder from its
 * unsharded spatial index (every annotation is in exactly one cell of one
 * level), with the properties round, score, annotator and status where the info
 * file declares them. Each file's length is checked against its count before
 * anything is decoded.
 */
final class NeuroglancerPrecomputedReader {

	private final Path folder;

	private final MarkFormatOptions options;

	private final Path infoFile;

	NeuroglancerPrecomputedReader(final Path folder,
		final MarkFormatOptions options)
	{
		this.folder = folder.toAbsolutePath().normalize();
		this.options = options;
		this.infoFile = this.folder.resolve("info");
	}

	List<Mark> read() throws IOException {
		final JsonFields info = new JsonFields(infoFile, "info", parseInfo());
		final String type = info.string("@type");
		if (!type.equals("neuroglancer_annotations_v1")) throw info.error("@type",
			"neuroglancer_annotations_v1", type);
		final String geometry = info.string("annotation_type");
		if (!geometry.equalsIgnoreCase("POINT")) throw info.error("annotation_type",
			"POINT", geometry);
		final double[] unit = unitsInMicrometers(info.raw("dimensions"));
		final JsonArray properties = info.array("properties");
		final Map<String, String> types = new LinkedHashMap<>();
		final Map<String, Map<Integer, String>> enums = new HashMap<>();
		for (int i = 0; i < properties.size(); i++)
			readProperty(new JsonFields(infoFile, "properties[" + i + "]", properties
				.get(i)), types, enums);
		final NeuroglancerRecordLayout layout;
		try {
			layout = new NeuroglancerRecordLayout(3, types);
		}
		catch (final IllegalArgumentException e) {
			throw new MarkFormatException(infoFile, "properties", e.getMessage());
		}
		final Map<Long, Mark> marks = new LinkedHashMap<>();
		final JsonArray levels = info.array("spatial");
		for (int l = 0; l < levels.size(); l++) {
			final JsonFields level = new JsonFields(infoFile, "spatial[" + l + "]",
				levels.get(l));
			if (!level.isNull("sharding")) throw level.error("sharding",
				"no sharding (sharded indices are not read)", level.raw("sharding"));
			for (final Path cell : cellFiles(level))
				decode(cell, layout, unit, enums, marks);
		}
		return new ArrayList<>(marks.values());
	}

	private JsonElement parseInfo() throws IOException {
		if (!Files.isRegularFile(infoFile)) throw new MarkFormatException(folder,
			"folder", "expected a neuroglancer precomputed folder with an info " +
				"file, found none");
		if (Files.size(infoFile) > 64 << 20) throw new MarkFormatException(infoFile,
			"file size", "expected at most 64 MiB");
		try {
			return JsonParser.parseString(Files.readString(infoFile));
		}
		catch (final JsonParseException e) {
			throw new MarkFormatException(infoFile, "JSON", "expected valid JSON: " +
				e.getMessage(), e);
		}
	}

	/** µm per coordinate unit along x, y, z, from "dimensions". */
	private double[] unitsInMicrometers(final String raw)
		throws MarkFormatException
	{
		final JsonElement e = JsonParser.parseString(raw);
		if (!e.isJsonObject() || e.getAsJsonObject().size() != 3)
			throw new MarkFormatException(infoFile, "field 'dimensions'",
				"expected 3 dimensions x, y, z, found " + raw);
		final JsonObject dims = e.getAsJsonObject();
		final List<String> names = new ArrayList<>(dims.keySet());
		final String[] order = dims.has("x") && dims.has("y") && dims.has("z")
			? new String[] { "x", "y", "z" } : names.toArray(new String[0]);
		if (!names.equals(List.of(order))) throw new MarkFormatException(infoFile,
			"field 'dimensions'", "expected the order x, y, z, found " + names);
		final double[] unit = new double[3];
		for (int d = 0; d < 3; d++) {
			final JsonElement s = dims.get(order[d]);
			try {
				final JsonArray pair = s.getAsJsonArray();
				unit[d] = pair.get(0).getAsDouble() * micrometersPer(pair.get(1)
					.getAsString());
			}
			catch (final RuntimeException ex) {
				throw new MarkFormatException(infoFile, "field 'dimensions." +
					order[d] + "'",
					"expected [scale, unit] with unit m, mm, um or nm, found " + s);
			}
		}
		return unit;
	}

	private static double micrometersPer(final String unit) {
		switch (unit.toLowerCase(Locale.ROOT)) {
			case "m":
				return 1e6;
			case "mm":
				return 1e3;
			case "um":
			case "µm":
				return 1;
			case "nm":
				return 1e-3;
			default:
				throw new IllegalArgumentException(unit);
		}
	}

	private static void readProperty(final JsonFields p,
		final Map<String, String> types,
		final Map<String, Map<Integer, String>> enums) throws MarkFormatException
	{
		final String id = p.string("id");
		types.put(id, p.string("type"));
		if (p.isNull("enum_values")) return;
		final JsonArray values = p.array("enum_values");
		final JsonArray labels = p.array("enum_labels");
		if (values.size() != labels.size()) throw p.error("enum_labels", values
			.size() + " labels like enum_values", labels.size() + " labels");
		final Map<Integer, String> byValue = new HashMap<>();
		for (int i = 0; i < values.size(); i++)
			byValue.put(enumValue(p, values.get(i)), p.element("enum_labels", labels
				.get(i)));
		enums.put(id, byValue);
	}

	/** An enum value: a whole number that fits the int our records hold. */
	private static int enumValue(final JsonFields p, final JsonElement e)
		throws MarkFormatException
	{
		if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
			final double v = e.getAsDouble();
			if (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE) return (int) v;
		}
		throw p.error("enum_values", "whole numbers", String.valueOf(e));
	}

	private List<Path> cellFiles(final JsonFields level) throws IOException {
		final String key = level.string("key");
		final Path dir = folder.resolve(key).normalize();
		if (!dir.startsWith(folder) || key.contains(":")) throw level.error("key",
			"a folder inside " + folder, key);
		if (!Files.isDirectory(dir)) return List.of();
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().matches(
				"[0-9]+_[0-9]+_[0-9]+")).sorted().toList();
		}
	}

	private void decode(final Path file, final NeuroglancerRecordLayout layout,
		final double[] unit, final Map<String, Map<Integer, String>> enums,
		final Map<Long, Mark> marks) throws IOException
	{
		final long size = Files.size(file);
		if (size < 8 || size > Integer.MAX_VALUE) throw new MarkFormatException(
			file, "byte 0", "expected a uint64 count and annotations, found " + size +
				" bytes");
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(
			ByteOrder.LITTLE_ENDIAN);
		final long count = b.getLong(0);
		if (count < 0 || count > (size - 8) / (layout.size() + 8) || 8 + count *
			(layout.size() + 8) != size) throw new MarkFormatException(file,
				"byte 0, count", "expected 8 + count x " + (layout.size() + 8) + " = " +
					size + " bytes, found count " + Long.toUnsignedString(count));
		final int idsStart = 8 + (int) count * layout.size();
		for (int i = 0; i < count; i++) {
			final long id = b.getLong(idsStart + 8 * i);
			if (id <= 0) throw new MarkFormatException(file, "byte " + (idsStart + 8 *
				i) + ", id " + i, "expected a positive 63-bit id, found " + Long
					.toUnsignedString(id));
			final int start = 8 + i * layout.size();
			if (!marks.containsKey(id)) marks.put(id, Cells.built(file,
				"annotation " + id, () -> mark(file, b, start, id, layout, unit,
					enums)));
		}
	}

	private Mark mark(final Path file, final ByteBuffer b, final int start,
		final long id, final NeuroglancerRecordLayout layout, final double[] unit,
		final Map<String, Map<Integer, String>> enums) throws MarkFormatException
	{
		final VoxelSize voxels = options.voxelSize().orElse(null);
		final double[] p = new double[3];
		for (int d = 0; d < 3; d++) {
			p[d] = layout.coordinate(b, start, d) * unit[d] - (voxels == null ? 0
				: voxels.along(d) / 2);
			if (!Double.isFinite(p[d])) throw new MarkFormatException(file, "byte " +
				(start + 4 * d) + ", annotation " + id, "expected a finite " +
					"coordinate, found " + p[d]);
		}
		final Mark.Builder m = Mark.builder(id, p[0], p[1], p[2]).created(options
			.time()).annotator(options.annotator());
		if (layout.has("round")) m.round((int) layout.get(b, start, "round"));
		if (layout.has("score")) m.refinement(null, layout.get(b, start, "score"));
		if (layout.has("annotator")) m.annotator(label(enums, "annotator", layout
			.get(b, start, "annotator")));
		if (layout.has("status")) {
			final String label = label(enums, "status", layout.get(b, start,
				"status"));
			try {
				m.status(MarkStatus.forId(label));
			}
			catch (final IllegalArgumentException e) {
				throw new MarkFormatException(file, "annotation " + id +
					", property 'status'", "expected a status word, found '" + label +
						"'");
			}
		}
		return m.build();
	}

	/** The enum label of a value, or the value itself as text. */
	private static String label(final Map<String, Map<Integer, String>> enums,
		final String property, final double value)
	{
		final Map<Integer, String> labels = enums.get(property);
		final String label = labels == null ? null : labels.get((int) value);
		return label != null ? label : Long.toString((long) value);
	}
}
