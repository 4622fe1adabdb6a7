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

package org.zapfiji.viewer.source;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;

/**
 * Loads chunks into the cache on background threads, newest request first.
 * <p>
 * Newest first because the newest request is what the user looks at now: while
 * panning across cold data, chunks of views already left wait behind those of
 * the current one, as BigDataViewer's fetcher queue does. A chunk asked for
 * again while queued is not queued twice. Listeners hear of every chunk that
 * arrives, on a loader thread, so a viewer can draw again.
 */
public final class ChunkLoader implements AutoCloseable {

	private final ChunkCache cache;

	private final BlockingDeque<Request> queue = new LinkedBlockingDeque<>();

	private final ConcurrentHashMap.KeySetView<Request, Boolean> pending =
		ConcurrentHashMap.newKeySet();

	private final ConcurrentHashMap.KeySetView<Request, Boolean> failed =
		ConcurrentHashMap.newKeySet();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private final List<Thread> threads;

	private final AtomicLong failures = new AtomicLong();

	private volatile String lastFailure;

	private volatile boolean closed;

	public ChunkLoader(final ChunkCache cache, final int threadCount) {
		this.cache = cache;
		final Thread[] started = new Thread[threadCount];
		for (int i = 0; i < threadCount; i++) {
			started[i] = new Thread(this::work, "zap-chunk-loader-" + i);
			started[i].setDaemon(true);
			started[i].setPriority(Thread.NORM_PRIORITY - 1);
			started[i].start();
		}
		threads = List.of(started);
	}

	/**
	 * A loader for a viewer window: half the cores (at least one, at most four),
	 * so decoding chunks while the user pans leaves cores for drawing and for the
	 * event thread.
	 */
	public static ChunkLoader interactive(final ChunkCache cache) {
		return new ChunkLoader(cache, Math.max(1, Math.min(4, Runtime.getRuntime()
			.availableProcessors() / 2)));
	}

	public ChunkCache cache() {
		return cache;
	}

	/** Queues a chunk unless it is cached, queued or loading already. */
	public void request(final ChunkedArray array, final long[] gridPosition) {
		if (closed) return;
		final Request r = new Request(array, gridPosition);
		if (!failed.contains(r) && pending.add(r)) queue.addFirst(r);
	}

	/**
	 * Whether loading this chunk failed before; it is not tried again, so a
	 * damaged chunk costs one error, not one per frame.
	 */
	public boolean hasFailed(final ChunkedArray array,
		final long[] gridPosition)
	{
		return !failed.isEmpty() && failed.contains(new Request(array,
			gridPosition));
	}

	/**
	 * Forgets queued requests that have not started, e.g. when the view moved
	 * far.
	 */
	public void dropQueued() {
		Request r;
		while ((r = queue.pollLast()) != null)
			pending.remove(r);
	}

	public int queued() {
		return queue.size();
	}

	/** Called after each chunk arrives, on a loader thread. */
	public void addListener(final Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(final Runnable listener) {
		listeners.remove(listener);
	}

	/** Chunks that failed to load, e.g. damaged files; they stay blank. */
	public long failures() {
		return failures.get();
	}

	/** The message of the latest failure, naming the file, or null. */
	public String lastFailure() {
		return lastFailure;
	}

	@Override
	public void close() {
		closed = true;
		dropQueued();
		for (final Thread t : threads)
			t.interrupt();
	}

	private void work() {
		while (!closed) {
			final Request r;
			try {
				r = queue.takeFirst();
			}
			catch (final InterruptedException e) {
				return;
			}
			try {
				cache.get(r.array, r.position);
			}
			catch (final IOException | RuntimeException e) {
				failures.incrementAndGet();
				failed.add(r);
				lastFailure = e.getMessage();
			}
			finally {
				pending.remove(r);
			}
			for (final Runnable l : listeners)
				l.run();
		}
	}

	private static final class Request {

		final ChunkedArray array;

		final long[] position;

		Request(final ChunkedArray array, final long[] position) {
			this.array = Objects.requireNonNull(array);
			this.position = position.clone();
		}

		@Override
		public boolean equals(final Object o) {
			return o instanceof Request && ((Request) o).array == array && Arrays
				.equals(((Request) o).position, position);
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(array) + Arrays.hashCode(position);
		}
	}
}
