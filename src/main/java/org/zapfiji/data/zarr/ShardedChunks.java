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
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;

import org.zapfiji.data.Chunk;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;

/**
 * Chunks stored in shards ({@code sharding_indexed}): reading one chunk reads
 * the shard's index and then only that chunk's bytes, each checked against the
 * file size and the largest encoding a chunk can have.
 * <p>
 * Writing one chunk rewrites its whole shard (read, replace, write atomically),
 * serialised per shard within this object; fine for building a dataset chunk by
 * chunk, not for concurrent writers in several processes.
 */
final class ShardedChunks {

	private final FileStore store;

	private final ChunkKeys keys;

	private final ShardLayout layout;

	private final long maxChunkBytes;

	private final ConcurrentHashMap<String, Object> locks =
		new ConcurrentHashMap<>();

	ShardedChunks(final FileStore store, final ChunkKeys keys,
		final ShardLayout layout, final CodecChain chunkChain)
	{
		this.store = store;
		this.keys = keys;
		this.layout = layout;
		this.maxChunkBytes = chunkChain.maxEncodedSize();
	}

	/** The shard key of the chunk at {@code position}. */
	String shardKey(final long[] position) {
		final long[] shard = new long[position.length];
		for (int d = 0; d < shard.length; d++)
			shard[d] = position[d] / layout.chunksPerShard[d];
		return keys.key(shard);
	}

	private int slot(final long[] position) {
		int slot = 0;
		for (int d = position.length - 1; d >= 0; d--)
			slot = slot * layout.chunksPerShard[d] + (int) (position[d] %
				layout.chunksPerShard[d]);
		return slot;
	}

	/** The encoded chunk at {@code position}, or null if not stored. */
	byte[] read(final long[] position) throws IOException {
		final String key = shardKey(position);
		final Path file = store.resolve(key);
		try (FileChannel channel = FileChannel.open(file,
			StandardOpenOption.READ))
		{
			final long size = channel.size();
			final long[] index = readIndex(channel, size, file);
			final int slot = slot(position);
			final long offset = index[2 * slot];
			final long nbytes = index[2 * slot + 1];
			if (offset == ShardLayout.EMPTY && nbytes == ShardLayout.EMPTY)
				return null;
			if (offset < 0 || nbytes < 0 || nbytes > maxChunkBytes || offset > size -
				nbytes) throw new FormatException(file + ": index entry " + slot +
					": expected a chunk of at most " + maxChunkBytes +
					" bytes inside the " + size + "-byte shard, found offset " + Long
						.toUnsignedString(offset) + ", nbytes " + Long.toUnsignedString(
							nbytes));
			return readFully(channel, offset, (int) nbytes, file);
		}
		catch (final NoSuchFileException e) {
			return null;
		}
	}

	private long[] readIndex(final FileChannel channel, final long size,
		final Path file) throws IOException
	{
		final long indexSize = layout.indexChain.fixedEncodedSize();
		if (size < indexSize) throw new FormatException(file + ": shard is " +
			size + " bytes, smaller than its " + indexSize + "-byte index");
		final byte[] encoded = readFully(channel, layout.indexAtStart ? 0 : size -
			indexSize, (int) indexSize, file);
		return decodeIndex(encoded, file);
	}

	private long[] decodeIndex(final byte[] encoded, final Path file)
		throws IOException
	{
		final int[] shape = layout.indexChain.chunkShape();
		return (long[]) layout.indexChain.decode(encoded, shape, file +
			" (shard index)").data();
	}

	private static byte[] readFully(final FileChannel channel, final long offset,
		final int length, final Path file) throws IOException
	{
		final ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining())
			if (channel.read(buffer, offset + buffer.position()) < 0)
				throw new FormatException(file + ": shard ends before byte " + (offset +
					length));
		return buffer.array();
	}

	/** Stores {@code encoded} as the chunk at {@code position}. */
	void write(final long[] position, final byte[] encoded) throws IOException {
		final String key = shardKey(position);
		synchronized (locks.computeIfAbsent(key, k -> new Object())) {
			final byte[][] chunks = readAll(key);
			chunks[slot(position)] = encoded;
			store.write(key, assemble(chunks, store.resolve(key)));
		}
	}

	private byte[][] readAll(final String key) throws IOException {
		final int count = layout.chunksPerShardTotal();
		final byte[][] chunks = new byte[count][];
		final long indexSize = layout.indexChain.fixedEncodedSize();
		final byte[] shard = store.read(key, Math.min(Integer.MAX_VALUE - 16,
			indexSize + count * maxChunkBytes));
		if (shard == null) return chunks;
		final Path file = store.resolve(key);
		if (shard.length < indexSize) throw new FormatException(file +
			": shard is smaller than its index");
		final int start = layout.indexAtStart ? 0 : (int) (shard.length -
			indexSize);
		final long[] index = decodeIndex(java.util.Arrays.copyOfRange(shard, start,
			start + (int) indexSize), file);
		for (int i = 0; i < count; i++) {
			final long offset = index[2 * i];
			final long nbytes = index[2 * i + 1];
			if (offset == ShardLayout.EMPTY && nbytes == ShardLayout.EMPTY) continue;
			if (offset < 0 || nbytes < 0 || offset > shard.length - nbytes)
				throw new FormatException(file + ": index entry " + i +
					" points outside the shard");
			chunks[i] = java.util.Arrays.copyOfRange(shard, (int) offset,
				(int) (offset + nbytes));
		}
		return chunks;
	}

	private byte[] assemble(final byte[][] chunks, final Path file)
		throws IOException
	{
		final int indexSize = (int) layout.indexChain.fixedEncodedSize();
		long total = indexSize;
		for (final byte[] c : chunks)
			if (c != null) total += c.length;
		if (total > Integer.MAX_VALUE - 16) throw new IOException(file +
			": shard would exceed 2 GiB; choose smaller shards");
		final long[] index = new long[2 * chunks.length];
		long offset = layout.indexAtStart ? indexSize : 0;
		for (int i = 0; i < chunks.length; i++) {
			index[2 * i] = chunks[i] == null ? ShardLayout.EMPTY : offset;
			index[2 * i + 1] = chunks[i] == null ? ShardLayout.EMPTY
				: chunks[i].length;
			if (chunks[i] != null) offset += chunks[i].length;
		}
		final byte[] encodedIndex = layout.indexChain.encode(new Chunk(
			layout.indexChain.chunkShape(), index));
		final ByteBuffer out = ByteBuffer.allocate((int) total);
		if (layout.indexAtStart) out.put(encodedIndex);
		for (final byte[] c : chunks)
			if (c != null) out.put(c);
		if (!layout.indexAtStart) out.put(encodedIndex);
		return out.array();
	}
}
