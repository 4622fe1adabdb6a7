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

import com.google.gson.JsonObject;

import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;

/**
 * Chunk key encodings: v3 {@code default} ({@code c/2/0/1}) and {@code v2}
 * ({@code 2.0.1}), each with separator "/" or "." — nothing else, so that a
 * separator taken from a file cannot build a key like {@code ../x}. Indices are
 * written slowest first (C order), the reverse of our grid positions.
 */
final class ChunkKeys {

	private final boolean prefixed;

	private final String separator;

	ChunkKeys(final boolean prefixed, final String separator) {
		this.prefixed = prefixed;
		this.separator = separator;
	}

	/** The key of the chunk at {@code gridPosition} (fastest first). */
	String key(final long[] gridPosition) {
		final StringBuilder key = new StringBuilder(prefixed ? "c" : "");
		for (int d = gridPosition.length - 1; d >= 0; d--) {
			if (key.length() > 0) key.append(separator);
			key.append(gridPosition[d]);
		}
		return key.length() == 0 ? "0" : key.toString();
	}

	String separator() {
		return separator;
	}

	boolean prefixed() {
		return prefixed;
	}

	/** A separator read from {@code field} of {@code file}. */
	static String separator(final String found, final String field,
		final String file) throws FormatException
	{
		if (found.equals(".") || found.equals("/")) return found;
		throw FormatException.field(file, field, "\".\" or \"/\"", "\"" + found +
			"\"");
	}

	/** The v3 {@code chunk_key_encoding}; absent means default with "/". */
	static ChunkKeys fromV3(final JsonObject o, final String file)
		throws FormatException
	{
		if (o == null) return new ChunkKeys(true, "/");
		final String name = JsonDocuments.string(o, "name", file);
		final JsonObject config = o.has("configuration") ? JsonDocuments.object(o,
			"configuration", file) : new JsonObject();
		switch (name) {
			case "default":
				return new ChunkKeys(true, separator(JsonDocuments.string(config,
					"separator", file, "/"), "chunk_key_encoding.separator", file));
			case "v2":
				return new ChunkKeys(false, separator(JsonDocuments.string(config,
					"separator", file, "."), "chunk_key_encoding.separator", file));
			default:
				throw FormatException.field(file, "chunk_key_encoding.name",
					"default or v2", "\"" + name + "\"");
		}
	}

	JsonObject toV3() {
		final JsonObject config = new JsonObject();
		config.addProperty("separator", separator);
		final JsonObject o = new JsonObject();
		o.addProperty("name", prefixed ? "default" : "v2");
		o.add("configuration", config);
		return o;
	}
}
