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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;
import org.zapfiji.data.RawChunks;
import org.zapfiji.data.ScratchBuffers;

/**
 * One Zarr array, v2 ({@code .zarray}) or v3 ({@code zarr.json}), read and
 * written chunk by chunk. Safe for concurrent use; chunk writes are atomic.
 * <p>
 * Dimensions are fastest first as everywhere in the data layer: Zarr's C-order
 * shape {@code [t, z, y, x]} is {@code [x, y, z, t]} here. Chunks are stored
 * whole: edge chunks are padded with the fill value when written and cropped
 * when read. In sharded v3 arrays a chunk of this array is an inner chunk of a
 * shard.
 */
public final class ZarrArray implements RawChunks {

	private final FileStore store;

	private final ArrayDescription description;

	private final ShardedChunks shards;

	private final ScratchBuffers scratch = new ScratchBuffers();

	/** For cropping and padding edge chunks, while {@link #scratch} is in use. */
	private final ScratchBuffers wholeChunks = new ScratchBuffers();

	private ZarrArray(final FileStore store, final ArrayDescription description) {
		this.store = store;
		this.description = description;
		this.shards = description.shards == null ? null : new ShardedChunks(store,
			description.keys, description.shards, description.chain);
	}

	/**
	 * Opens the array in folder {@code path}, v3 if it holds {@code zarr.json},
	 * else v2.
	 *
	 * @throws FormatException if there is no array or its metadata is bad
	 */
	public static ZarrArray open(final Path path) throws IOException {
		final FileStore store = new FileStore(path);
		ArrayDescription d = V3Metadata.read(store);
		if (d == null) d = V2Metadata.read(store);
		if (d == null) throw new FormatException(store.root() +
			": no Zarr array here (expected zarr.json or .zarray)");
		return new ZarrArray(store, d);
	}

	/**
	 * Writes the metadata of a new array into folder {@code path} (created if
	 * needed) and returns it, ready for {@link #writeChunk}. Chunks already in
	 * the folder are not removed.
	 *
	 * @throws IllegalArgumentException if {@code layout} does not fit the version
	 *           or the metadata
	 */
	public static ZarrArray create(final Path path, final ArrayMetadata metadata,
		final ZarrLayout layout) throws IOException
	{
		final FileStore store = new FileStore(path);
		final ArrayDescription d = layout.version() == 2 ? V2Metadata.write(store,
			metadata, layout) : V3Metadata.write(store, metadata, layout);
		return new ZarrArray(store, d);
	}

	@Override
	public ArrayMetadata metadata() {
		return description.metadata;
	}

	@Override
	public String location() {
		return store.root().toString();
	}

	/** 2 or 3. */
	public int zarrVersion() {
		return description.version;
	}

	/** The user attributes ({@code .zattrs} or zarr.json attributes). */
	public Map<String, Object> attributes() {
		return new LinkedHashMap<>(description.attributes);
	}

	/**
	 * Replaces the attributes; in v2, the axis names stay in
	 * {@code _ARRAY_DIMENSIONS} unless {@code attributes} sets it.
	 */
	public ZarrArray writeAttributes(final Map<String, Object> attributes)
		throws IOException
	{
		final Map<String, Object> all = new LinkedHashMap<>(attributes);
		final ArrayMetadata meta = description.metadata;
		if (description.version == 2) {
			if (!meta.axisNames().isEmpty() && !all.containsKey(
				V2Metadata.DIMENSIONS))
			{
				final JsonArray names = new JsonArray();
				for (int d = meta.numDimensions() - 1; d >= 0; d--)
					names.add(meta.axisNames().get(d));
				all.put(V2Metadata.DIMENSIONS, names);
			}
			JsonDocuments.write(store, V2Metadata.ZATTRS, JsonDocuments.toJsonTree(
				all));
		}
		else {
			final JsonObject o = JsonDocuments.read(store, V3Metadata.ZARR_JSON);
			o.add("attributes", JsonDocuments.toJsonTree(all));
			JsonDocuments.write(store, V3Metadata.ZARR_JSON, o);
		}
		return open(store.root());
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		check(gridPosition);
		final int[] cell = description.metadata.cellShape(gridPosition);
		if (shards != null) {
			final byte[] bytes = shards.read(gridPosition);
			return bytes == null ? null : description.chain.decode(bytes, cell, store
				.resolve(shards.shardKey(gridPosition)) + " chunk " + Arrays.toString(
					gridPosition));
		}
		final String key = description.keys.key(gridPosition);
		if (hasRawChunks()) {
			final DataType type = description.metadata.dataType();
			final int n = Math.toIntExact(RawZarrChunks.elements(cell));
			final ByteBuffer bytes = scratch.get(n * type.bytes());
			if (!readRawChunk(gridPosition, bytes, 0)) return null;
			return new Chunk(cell, type.decode(bytes, n, elementOrder()));
		}
		final byte[] bytes = store.read(key, description.chain.maxEncodedSize());
		return bytes == null ? null : description.chain.decode(bytes, cell, store
			.resolve(key).toString());
	}

	@Override
	public void writeChunk(final long[] gridPosition, final Chunk chunk)
		throws IOException
	{
		check(gridPosition);
		final int[] cell = description.metadata.cellShape(gridPosition);
		if (!Arrays.equals(cell, chunk.shape())) throw new IllegalArgumentException(
			location() + ": chunk " + Arrays.toString(gridPosition) +
				" must have shape " + Arrays.toString(cell) + ", not " + Arrays
					.toString(chunk.shape()));
		if (hasRawChunks()) {
			final DataType type = description.metadata.dataType();
			final ByteBuffer bytes = scratch.get(Math.multiplyExact(chunk.size(), type
				.bytes())).order(elementOrder());
			type.encode(chunk.data(), bytes);
			writeRawChunk(gridPosition, bytes.flip());
			return;
		}
		writeEncoded(gridPosition, description.chain.encode(chunk));
	}

	private void writeEncoded(final long[] gridPosition, final byte[] bytes)
		throws IOException
	{
		if (shards != null) shards.write(gridPosition, bytes);
		else store.write(description.keys.key(gridPosition), bytes);
	}

	/** True for unsharded arrays stored uncompressed, untransposed. */
	@Override
	public boolean hasRawChunks() {
		return shards == null && description.chain.storesRawElements();
	}

	@Override
	public ByteOrder elementOrder() {
		return description.chain.order();
	}

	/** Without {@link #hasRawChunks()}, decodes the chunk and encodes it. */
	@Override
	public boolean readRawChunk(final long[] gridPosition, final ByteBuffer out,
		final int offset) throws IOException
	{
		if (!hasRawChunks()) {
			final Chunk chunk = readChunk(gridPosition);
			if (chunk == null) return false;
			description.metadata.dataType().encode(chunk.data(), out.duplicate()
				.order(elementOrder()).position(offset));
			return true;
		}
		check(gridPosition);
		return RawZarrChunks.read(store, description, gridPosition, out, offset,
			wholeChunks);
	}

	/**
	 * Without {@link #hasRawChunks()}, encodes the bytes with the codecs as they
	 * are (booleans go through a Java array, as {@link #writeChunk}).
	 */
	@Override
	public void writeRawChunk(final long[] gridPosition, final ByteBuffer bytes)
		throws IOException
	{
		check(gridPosition);
		final int[] cell = description.metadata.cellShape(gridPosition);
		final DataType type = description.metadata.dataType();
		if (!hasRawChunks() && type == DataType.BOOL) {
			writeChunk(gridPosition, new Chunk(cell, type.decode(bytes.slice(), bytes
				.remaining() / type.bytes(), elementOrder())));
			return;
		}
		if (!hasRawChunks()) {
			final long expected = (long) type.bytes() * Arrays.stream(cell)
				.asLongStream().reduce(1, (a, b) -> a * b);
			if (bytes.remaining() != expected) throw new IllegalArgumentException(
				location() + ": chunk " + Arrays.toString(gridPosition) + " needs " +
					expected + " bytes, got " + bytes.remaining());
			writeEncoded(gridPosition, description.chain.encode(bytes, cell));
			return;
		}
		RawZarrChunks.write(store, description, gridPosition, bytes, wholeChunks);
	}

	private void check(final long[] gridPosition) {
		if (!description.metadata.containsChunk(gridPosition))
			throw new IllegalArgumentException(location() + ": no chunk at " + Arrays
				.toString(gridPosition) + " in a grid of " + Arrays.toString(
					description.metadata.gridShape()));
	}

	@Override
	public String toString() {
		return location() + " (zarr v" + description.version + ", " +
			description.metadata + ")";
	}
}
