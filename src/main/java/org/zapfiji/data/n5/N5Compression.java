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

import java.io.IOException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.codec.BytesCodec;
import org.zapfiji.data.codec.DeflateCodec;
import org.zapfiji.data.codec.ZstdCodec;

/**
 * The {@code compression} attribute of an N5 dataset and the codec it stands
 * for. The JSON is kept as written, so parameters we do not use (Blosc's
 * {@code nthreads}, say) survive a rewrite of the attributes.
 * <p>
 * Supported types: {@code raw}, {@code gzip} (with {@code useZlib} for the zlib
 * wrapping), {@code zstd} (n5-zstandard) and {@code blosc} (n5-blosc).
 */
public final class N5Compression {

	private final JsonObject json;

	private final BytesCodec codec;

	private N5Compression(final JsonObject json, final BytesCodec codec) {
		this.json = json;
		this.codec = codec;
	}

	/** No compression: the block holds the big-endian values as they are. */
	public static N5Compression raw() {
		final JsonObject json = new JsonObject();
		json.addProperty("type", "raw");
		return new N5Compression(json, null);
	}

	/** Deflate in a gzip wrapper, the N5 default; -1 is zlib's own level. */
	public static N5Compression gzip(final int level) {
		final JsonObject json = new JsonObject();
		json.addProperty("type", "gzip");
		json.addProperty("level", level);
		json.addProperty("useZlib", false);
		return new N5Compression(json, DeflateCodec.gzip(level));
	}

	/** Zstandard as the n5-zstandard plugin writes it. */
	public static N5Compression zstd(final int level) {
		final JsonObject json = new JsonObject();
		json.addProperty("type", "zstd");
		json.addProperty("level", level);
		return new N5Compression(json, new ZstdCodec(level));
	}

	/**
	 * Blosc as the n5-blosc plugin writes it.
	 *
	 * @param shuffle 0 none, 1 byte, 2 bit, as Blosc numbers them
	 * @param blocksize 0 lets Blosc choose
	 */
	public static N5Compression blosc(final String cname, final int clevel,
		final int shuffle, final int blocksize, final DataType type)
		throws FormatException
	{
		final JsonObject json = new JsonObject();
		json.addProperty("type", "blosc");
		json.addProperty("cname", cname);
		json.addProperty("clevel", clevel);
		json.addProperty("shuffle", shuffle);
		json.addProperty("blocksize", blocksize);
		json.addProperty("nthreads", 1);
		return fromJson(json, type, "blosc");
	}

	/**
	 * The compression a dataset's attributes name.
	 *
	 * @param file for messages: the attributes file
	 * @throws FormatException naming the file, the field and what was found
	 */
	public static N5Compression fromJson(final JsonObject json,
		final DataType type, final Object file) throws FormatException
	{
		final String name = string(json, "type", file);
		switch (name) {
			case "raw":
				return new N5Compression(json, null);
			case "gzip": {
				final int level = integer(json, "level", -1, file);
				final boolean zlib = json.has("useZlib") && json.get("useZlib")
					.getAsBoolean();
				return new N5Compression(json, deflate(zlib, level, file));
			}
			case "zstd":
				return new N5Compression(json, new ZstdCodec(integer(json, "level", 3,
					file)));
			case "blosc":
				return new N5Compression(json, blosc(json, type, file));
			default:
				throw FormatException.field(file, "compression.type",
					"raw, gzip, zstd or blosc", "'" + name + "'");
		}
	}

	/** The attribute as stored in {@code attributes.json}. */
	public JsonObject toJson() {
		return json.deepCopy();
	}

	public String type() {
		return json.get("type").getAsString();
	}

	/** Compressed bytes of one block's payload. */
	byte[] encode(final byte[] raw) throws IOException {
		return codec == null ? raw : codec.encode(raw);
	}

	/**
	 * The payload, decompressed to exactly {@code size} bytes.
	 *
	 * @throws FormatException if the stream is damaged or of another size
	 */
	byte[] decode(final byte[] encoded, final int size) throws IOException {
		if (codec != null) return codec.decode(encoded, size);
		if (encoded.length != size) throw new FormatException("raw block data is " +
			encoded.length + " bytes; expected " + size);
		return encoded;
	}

	@Override
	public String toString() {
		return json.toString();
	}

	private static BytesCodec deflate(final boolean zlib, final int level,
		final Object file) throws FormatException
	{
		if (level < -1 || level > 9) throw FormatException.field(file,
			"compression.level", "-1..9", level);
		return zlib ? DeflateCodec.zlib(level) : DeflateCodec.gzip(level);
	}

	private static BytesCodec blosc(final JsonObject json, final DataType type,
		final Object file) throws FormatException
	{
		final int shuffle = integer(json, "shuffle", 1, file);
		final BloscCodec.Shuffle[] shuffles = BloscCodec.Shuffle.values();
		if (shuffle < 0 || shuffle >= shuffles.length) throw FormatException.field(
			file, "compression.shuffle", "0 (none), 1 (byte) or 2 (bit)", shuffle);
		try {
			// Blosc numbers its shuffles 0 none, 1 byte, 2 bit: the enum's order.
			return BloscCodec.of(string(json, "cname", file), integer(json, "clevel",
				5, file), shuffles[shuffle], type.bytes(), integer(json, "blocksize", 0,
					file));
		}
		catch (final IllegalArgumentException e) {
			throw new FormatException(file + ": compression: " + e.getMessage(), e);
		}
	}

	private static String string(final JsonObject json, final String key,
		final Object file) throws FormatException
	{
		final JsonElement e = json.get(key);
		if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString())
			throw FormatException.field(file, "compression." + key, "a string", e);
		return e.getAsString();
	}

	private static int integer(final JsonObject json, final String key,
		final int fallback, final Object file) throws FormatException
	{
		final JsonElement e = json.get(key);
		if (e == null) return fallback;
		if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber())
			throw FormatException.field(file, "compression." + key, "an integer", e);
		final double value = e.getAsDouble();
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)
			throw FormatException.field(file, "compression." + key, "an integer", e);
		return (int) value;
	}
}
