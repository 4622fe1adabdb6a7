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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A reader of neuroglancer precomputed POINT annotations written in the test,
 * from {@code annotations.md} alone and byte by byte, sharing no code with our
 * writer: it is the independent check that what we write is what the spec (and
 * so neuroglancer) reads.
 */
final class NeuroglancerSpecDecoder {

	/** One decoded annotation: its coordinates and its properties by id. */
	static final class Annotation {

		final long id;

		final float[] position;

		final Map<String, Long> integers = new HashMap<>();

		final Map<String, Float> floats = new HashMap<>();

		Annotation(final long id, final float[] position) {
			this.id = id;
			this.position = position;
		}
	}

	final JsonObject info;

	final int rank;

	private final Path folder;

	private final List<String[]> properties = new ArrayList<>();

	/** Byte offset of each property, then the padded record size. */
	private final Map<String, Integer> offset = new HashMap<>();

	final int recordSize;

	NeuroglancerSpecDecoder(final Path folder) throws IOException {
		this.folder = folder;
		this.info = JsonParser.parseString(Files.readString(folder.resolve("info")))
			.getAsJsonObject();
		assertEquals("neuroglancer_annotations_v1", info.get("@type")
			.getAsString());
		assertEquals("POINT", info.get("annotation_type").getAsString());
		this.rank = info.getAsJsonObject("dimensions").size();
		for (final JsonElement p : info.getAsJsonArray("properties")) {
			final JsonObject o = p.getAsJsonObject();
			assertTrue(o.get("id").getAsString().matches("^[a-z][a-zA-Z0-9_]*$"));
			properties.add(new String[] { o.get("id").getAsString(), o.get("type")
				.getAsString() });
		}
		// The spec: 4-byte types, then 2-byte, then 1-byte, then pad to 4.
		int at = 4 * rank;
		for (final String[] p : properties)
			if (p[1].equals("uint32") || p[1].equals("int32") || p[1].equals(
				"float32"))
			{
				offset.put(p[0], at);
				at += 4;
			}
		for (final String[] p : properties)
			if (p[1].equals("uint16") || p[1].equals("int16")) {
				offset.put(p[0], at);
				at += 2;
			}
		for (final String[] p : properties)
			if (p[1].equals("uint8") || p[1].equals("int8")) {
				offset.put(p[0], at);
				at += 1;
			}
		this.recordSize = at % 4 == 0 ? at : at + 4 - at % 4;
	}

	/** The annotation in {@code by_id/<id>}, checking its length and padding. */
	Annotation byId(final long id) throws IOException {
		final String key = info.getAsJsonObject("by_id").get("key").getAsString();
		final byte[] bytes = Files.readAllBytes(folder.resolve(key).resolve(Long
			.toUnsignedString(id)));
		assertEquals(recordSize + 4 * info.getAsJsonArray("relationships").size(),
			bytes.length, "by_id record size");
		return record(bytes, 0, id);
	}

	/** Every spatial file of level {@code l}: cell name → annotations. */
	Map<String, List<Annotation>> level(final int l) throws IOException {
		final JsonObject level = info.getAsJsonArray("spatial").get(l)
			.getAsJsonObject();
		final Path dir = folder.resolve(level.get("key").getAsString());
		final Map<String, List<Annotation>> cells = new HashMap<>();
		try (var files = Files.list(dir)) {
			for (final Path f : files.toList()) {
				final byte[] b = Files.readAllBytes(f);
				final long count = uint64(b, 0);
				assertEquals(8 + count * (recordSize + 8), b.length, f.toString());
				final List<Annotation> list = new ArrayList<>();
				for (int i = 0; i < count; i++) {
					final long id = uint64(b, 8 + (int) count * recordSize + 8 * i);
					list.add(record(b, 8 + i * recordSize, id));
				}
				cells.put(f.getFileName().toString(), list);
			}
		}
		return cells;
	}

	private Annotation record(final byte[] b, final int start, final long id) {
		final float[] position = new float[rank];
		for (int d = 0; d < rank; d++)
			position[d] = Float.intBitsToFloat((int) uint32(b, start + 4 * d));
		final Annotation a = new Annotation(id, position);
		for (final String[] p : properties) {
			final int at = start + offset.get(p[0]);
			switch (p[1]) {
				case "float32":
					a.floats.put(p[0], Float.intBitsToFloat((int) uint32(b, at)));
					break;
				case "uint32":
					a.integers.put(p[0], uint32(b, at));
					break;
				case "uint16":
					a.integers.put(p[0], (long) ((b[at] & 0xFF) | (b[at + 1] &
						0xFF) << 8));
					break;
				case "uint8":
					a.integers.put(p[0], (long) (b[at] & 0xFF));
					break;
				default:
					throw new AssertionError("type not used by us: " + p[1]);
			}
		}
		int used = 4 * rank;
		for (final String[] p : properties)
			used += p[1].endsWith("32") ? 4 : p[1].endsWith("16") ? 2 : 1;
		for (int pad = start + used; pad < start + recordSize; pad++)
			assertEquals(0, b[pad], "padding byte " + (pad - start));
		return a;
	}

	static long uint32(final byte[] b, final int at) {
		return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] &
			0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
	}

	static long uint64(final byte[] b, final int at) {
		return uint32(b, at) | uint32(b, at + 4) << 32;
	}

	/** The enum labels of a property, by value. */
	Map<Long, String> enumLabels(final String property) {
		final Map<Long, String> labels = new HashMap<>();
		for (final JsonElement p : info.getAsJsonArray("properties")) {
			final JsonObject o = p.getAsJsonObject();
			if (!o.get("id").getAsString().equals(property)) continue;
			final JsonArray values = o.getAsJsonArray("enum_values");
			final JsonArray names = o.getAsJsonArray("enum_labels");
			for (int i = 0; i < values.size(); i++)
				labels.put(values.get(i).getAsLong(), names.get(i).getAsString());
		}
		return labels;
	}
}
