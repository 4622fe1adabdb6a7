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

package org.zapfiji.data;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reading and writing the small JSON documents of chunked formats (Zarr's
 * {@code .zarray}, {@code .zattrs}, {@code .zgroup}, {@code zarr.json}; N5's
 * {@code attributes.json}), size-limited, with typed field access whose errors
 * name the file and the field.
 * <p>
 * Parsing is lenient only in what Python's {@code json} module writes beyond
 * the standard: bare {@code NaN} and {@code Infinity} in attributes.
 */
public final class JsonDocuments {

	/** Metadata documents larger than this are refused (16 MiB). */
	public static final long MAX_BYTES = 16L << 20;

	private JsonDocuments() {}

	/** The object in {@code key}, or null if there is no such file. */
	public static JsonObject read(final FileStore store, final String key)
		throws IOException
	{
		final byte[] bytes = store.read(key, MAX_BYTES);
		if (bytes == null) return null;
		return parse(store.resolve(key).toString(), bytes);
	}

	/** Parses one JSON object; {@code file} names it in errors. */
	public static JsonObject parse(final String file, final byte[] bytes)
		throws FormatException
	{
		final JsonElement element;
		try {
			element = JsonParser.parseReader(new StringReader(new String(bytes,
				StandardCharsets.UTF_8)));
		}
		catch (final JsonParseException | StackOverflowError e) {
			final String why = e.getMessage() == null ? "nested too deeply" : e
				.getMessage();
			throw new FormatException(file + ": not valid JSON: " + why, e);
		}
		if (!element.isJsonObject()) throw FormatException.field(file, "document",
			"a JSON object", element.isJsonNull() ? "nothing" : element.toString());
		return element.getAsJsonObject();
	}

	/**
	 * Writes {@code json} pretty-printed and atomically, in ASCII: other
	 * characters (the µ of "µm") as escapes (backslash, u, four hex digits), as
	 * Python's {@code json.dumps} writes them, because zarr-python 2 decodes
	 * {@code .zattrs} as ASCII and fails on anything else.
	 */
	public static void write(final FileStore store, final String key,
		final JsonElement json) throws IOException
	{
		final String text = new GsonBuilder().setPrettyPrinting().serializeNulls()
			.serializeSpecialFloatingPointValues().disableHtmlEscaping().create()
			.toJson(json);
		store.write(key, (asciiOnly(text) + "\n").getBytes(
			StandardCharsets.US_ASCII));
	}

	/**
	 * {@code json} with every non-ASCII character escaped; they only occur in
	 * strings, where an escape means the same.
	 */
	static String asciiOnly(final String json) {
		StringBuilder out = null;
		for (int i = 0; i < json.length(); i++) {
			final char c = json.charAt(i);
			if (c < 0x80) {
				if (out != null) out.append(c);
				continue;
			}
			if (out == null) out = new StringBuilder(json.length() + 16).append(json,
				0, i);
			out.append(String.format("\\u%04x", (int) c));
		}
		return out == null ? json : out.toString();
	}

	public static JsonElement required(final JsonObject o, final String field,
		final String file) throws FormatException
	{
		final JsonElement e = o.get(field);
		if (e == null) throw FormatException.field(file, field, "a value",
			"no such field");
		return e;
	}

	public static String string(final JsonObject o, final String field,
		final String file) throws FormatException
	{
		final JsonElement e = required(o, field, file);
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
			throw FormatException.field(file, field, "a string", e);
		return e.getAsString();
	}

	public static String string(final JsonObject o, final String field,
		final String file, final String absent) throws FormatException
	{
		final JsonElement e = o.get(field);
		return e == null || e.isJsonNull() ? absent : string(o, field, file);
	}

	public static JsonObject object(final JsonObject o, final String field,
		final String file) throws FormatException
	{
		final JsonElement e = required(o, field, file);
		if (!e.isJsonObject()) throw FormatException.field(file, field, "an object",
			e);
		return e.getAsJsonObject();
	}

	public static JsonArray array(final JsonObject o, final String field,
		final String file) throws FormatException
	{
		final JsonElement e = required(o, field, file);
		if (!e.isJsonArray()) throw FormatException.field(file, field, "an array",
			e);
		return e.getAsJsonArray();
	}

	/** A whole number in [min, max]. */
	public static long integer(final JsonElement e, final String field,
		final String file, final long min, final long max) throws FormatException
	{
		final String expected = "a whole number in [" + min + ", " + max + "]";
		if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber())
			throw FormatException.field(file, field, expected, e);
		try {
			final long v = new BigDecimal(e.getAsString()).longValueExact();
			if (v < min || v > max) throw FormatException.field(file, field, expected,
				e);
			return v;
		}
		catch (final ArithmeticException | NumberFormatException x) {
			throw FormatException.field(file, field, expected, e);
		}
	}

	public static int integer(final JsonObject o, final String field,
		final String file, final int min, final int max) throws FormatException
	{
		return (int) integer(required(o, field, file), field, file, min, max);
	}

	public static long[] longs(final JsonObject o, final String field,
		final String file) throws FormatException
	{
		final JsonArray a = array(o, field, file);
		final long[] values = new long[a.size()];
		for (int i = 0; i < values.length; i++)
			values[i] = integer(a.get(i), field, file, 0, Long.MAX_VALUE);
		return values;
	}

	public static int[] ints(final JsonObject o, final String field,
		final String file) throws FormatException
	{
		final JsonArray a = array(o, field, file);
		final int[] values = new int[a.size()];
		for (int i = 0; i < values.length; i++)
			values[i] = (int) integer(a.get(i), field, file, 0, Integer.MAX_VALUE);
		return values;
	}

	public static JsonArray toJson(final long[] values) {
		final JsonArray a = new JsonArray();
		for (final long v : values)
			a.add(v);
		return a;
	}

	public static JsonArray toJson(final int[] values) {
		final JsonArray a = new JsonArray();
		for (final int v : values)
			a.add(v);
		return a;
	}

	/**
	 * Plain Java values for a JSON tree: maps, lists, strings, booleans, null,
	 * Long for whole numbers that fit and Double for the others.
	 */
	public static Object toJava(final JsonElement e) {
		if (e == null || e.isJsonNull()) return null;
		if (e.isJsonObject()) {
			final Map<String, Object> map = new LinkedHashMap<>();
			for (final Map.Entry<String, JsonElement> entry : e.getAsJsonObject()
				.entrySet())
				map.put(entry.getKey(), toJava(entry.getValue()));
			return map;
		}
		if (e.isJsonArray()) {
			final List<Object> list = new ArrayList<>();
			for (final JsonElement item : e.getAsJsonArray())
				list.add(toJava(item));
			return list;
		}
		final JsonPrimitive p = e.getAsJsonPrimitive();
		if (p.isBoolean()) return p.getAsBoolean();
		if (p.isString()) return p.getAsString();
		final String text = p.getAsString();
		try {
			return new BigDecimal(text).longValueExact();
		}
		catch (final ArithmeticException | NumberFormatException x) {
			return p.getAsDouble();
		}
	}

	/** The JSON tree of maps, lists, strings, numbers, booleans and nulls. */
	public static JsonElement toJsonTree(final Object value) {
		if (value == null) return JsonNull.INSTANCE;
		if (value instanceof JsonElement) return (JsonElement) value;
		if (value instanceof Map) {
			final JsonObject o = new JsonObject();
			for (final Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet())
				o.add(String.valueOf(entry.getKey()), toJsonTree(entry.getValue()));
			return o;
		}
		if (value instanceof Iterable) {
			final JsonArray a = new JsonArray();
			for (final Object item : (Iterable<?>) value)
				a.add(toJsonTree(item));
			return a;
		}
		if (value instanceof double[]) {
			final JsonArray a = new JsonArray();
			for (final double d : (double[]) value)
				a.add(d);
			return a;
		}
		if (value instanceof Number) return new JsonPrimitive((Number) value);
		if (value instanceof Boolean) return new JsonPrimitive((Boolean) value);
		return new JsonPrimitive(value.toString());
	}

	/** Attributes as a map; empty when {@code attributes} is absent. */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> attributes(final JsonObject attributes) {
		if (attributes == null) return new LinkedHashMap<>();
		return (Map<String, Object>) toJava(attributes);
	}
}
