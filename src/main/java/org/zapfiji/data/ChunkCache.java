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
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one cache of decoded chunks, bounded in bytes, least recently used first
 * out.
 * <p>
 * Concurrent requests for a chunk that is not cached load it once: the first
 * caller reads it, the others wait for that read. A missing chunk (the fill
 * value) is remembered too, at no memory cost, so a sparse dataset is not
 * probed over and over.
 * <p>
 * The bound counts the voxels the cache holds. A chunk evicted while an image
 * still uses it stays alive until that image lets it go, so memory in use can
 * exceed the bound by the chunks being worked on at that moment.
 */
public final class ChunkCache {

	private static final Chunk MISSING = new Chunk(new int[] { 0 }, new byte[0]);

	private final long maxBytes;

	private final Map<Key, Chunk> entries = new LinkedHashMap<>(256, 0.75f, true);

	private final ConcurrentHashMap<Key, CompletableFuture<Chunk>> loading =
		new ConcurrentHashMap<>();

	private long bytes;

	private final AtomicLong hits = new AtomicLong();

	private final AtomicLong loads = new AtomicLong();

	public ChunkCache(final long maxBytes) {
		if (maxBytes <= 0) throw new IllegalArgumentException(
			"cache bound must be > 0 bytes");
		this.maxBytes = maxBytes;
	}

	/** A cache bounded as {@code limit} says. */
	public static ChunkCache of(final CacheLimit limit) {
		return new ChunkCache(limit.bytes());
	}

	/**
	 * The chunk, from the cache or read now.
	 *
	 * @return null if the chunk is not stored (fill value)
	 */
	public Chunk get(final ChunkedArray array, final long[] gridPosition)
		throws IOException
	{
		final Key key = new Key(array, gridPosition);
		final Chunk cached = cached(key);
		if (cached != null) {
			hits.incrementAndGet();
			return cached == MISSING ? null : cached;
		}
		final CompletableFuture<Chunk> mine = new CompletableFuture<>();
		final CompletableFuture<Chunk> running = loading.putIfAbsent(key, mine);
		if (running != null) return unwrap(join(running));
		try {
			final Chunk again = cached(key); // loaded between our two looks
			final Chunk chunk = again != null ? again : load(key);
			mine.complete(chunk);
			return unwrap(chunk);
		}
		catch (IOException | RuntimeException | Error e) {
			mine.completeExceptionally(e);
			throw e;
		}
		finally {
			loading.remove(key, mine);
		}
	}

	/** The chunk if it is cached now, else null; never reads. */
	public Chunk getIfPresent(final ChunkedArray array,
		final long[] gridPosition)
	{
		final Chunk cached = cached(new Key(array, gridPosition));
		return cached == MISSING ? null : cached;
	}

	/** Whether the chunk is known, stored or missing, without reading. */
	public boolean isKnown(final ChunkedArray array, final long[] gridPosition) {
		return cached(new Key(array, gridPosition)) != null;
	}

	/** Starts loading a chunk in the background, unless it is cached already. */
	public CompletableFuture<Chunk> prefetch(final ChunkedArray array,
		final long[] gridPosition, final Executor executor)
	{
		final Chunk cached = getIfPresent(array, gridPosition);
		if (cached != null) return CompletableFuture.completedFuture(cached);
		return CompletableFuture.supplyAsync(() -> {
			try {
				return get(array, gridPosition);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e);
			}
		}, executor);
	}

	/** Forgets every chunk of {@code array}, e.g. after it was rewritten. */
	public synchronized void invalidate(final ChunkedArray array) {
		final Iterator<Map.Entry<Key, Chunk>> it = entries.entrySet().iterator();
		while (it.hasNext()) {
			final Map.Entry<Key, Chunk> e = it.next();
			if (e.getKey().array == array) {
				bytes -= e.getValue().bytes();
				it.remove();
			}
		}
	}

	public long maxBytes() {
		return maxBytes;
	}

	/** Bytes of voxels held now; never above {@link #maxBytes()}. */
	public synchronized long bytesInUse() {
		return bytes;
	}

	/** Requests answered from the cache. */
	public long hits() {
		return hits.get();
	}

	/** Chunks read from storage. */
	public long loads() {
		return loads.get();
	}

	private Chunk load(final Key key) throws IOException {
		loads.incrementAndGet();
		final Chunk chunk = key.array.readChunk(key.position);
		final Chunk entry = chunk == null ? MISSING : chunk;
		put(key, entry);
		return entry;
	}

	private synchronized Chunk cached(final Key key) {
		return entries.get(key);
	}

	private synchronized void put(final Key key, final Chunk chunk) {
		final long size = chunk.bytes();
		if (size > maxBytes) return; // larger than the whole cache: use, do not
																	// keep
		final Chunk old = entries.put(key, chunk);
		if (old != null) bytes -= old.bytes();
		bytes += size;
		final Iterator<Chunk> eldest = entries.values().iterator();
		while (bytes > maxBytes && eldest.hasNext()) {
			bytes -= eldest.next().bytes();
			eldest.remove();
		}
	}

	private static Chunk unwrap(final Chunk chunk) {
		return chunk == MISSING ? null : chunk;
	}

	private static Chunk join(final CompletableFuture<Chunk> future)
		throws IOException
	{
		try {
			return future.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for a chunk", e);
		}
		catch (final ExecutionException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof IOException) throw (IOException) cause;
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IOException(cause);
		}
	}

	/** Chunk identity: the array object and the grid position. */
	private static final class Key {

		final ChunkedArray array;

		final long[] position;

		private final int hash;

		Key(final ChunkedArray array, final long[] position) {
			this.array = array;
			this.position = position.clone();
			this.hash = 31 * System.identityHashCode(array) + Arrays.hashCode(
				position);
		}

		@Override
		public boolean equals(final Object o) {
			return o instanceof Key && ((Key) o).array == array && Arrays.equals(
				((Key) o).position, position);
		}

		@Override
		public int hashCode() {
			return hash;
		}
	}
}
