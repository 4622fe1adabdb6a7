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

package org.zapfiji.task;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Independent pieces of work (chunks, blocks) on a fixed number of threads, the
 * one way every layer runs them: the first failure is the one reported, as it
 * was thrown (a {@link CanceledException} stays one); the others are stopped,
 * and the call returns only when no piece is running any more, so nothing
 * writes into a file its caller is about to delete.
 */
public final class Parallel {

	/** One piece of work. */
	public interface Task<T> {

		void run(T item) throws IOException;
	}

	private Parallel() {}

	/**
	 * Runs {@code task} for every item, on {@code threads} threads (at least
	 * one), in any order.
	 *
	 * @param what what is being done, for the message if the caller is
	 *          interrupted ("writing /data/x.zarr")
	 */
	public static <T> void forEach(final List<T> items, final int threads,
		final String what, final Task<T> task) throws IOException
	{
		final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math
			.min(threads, Math.max(1, items.size()))));
		try {
			final List<Future<?>> done = new ArrayList<>();
			for (final T item : items)
				done.add(pool.submit(() -> {
					task.run(item);
					return null;
				}));
			for (final Future<?> f : done)
				f.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while " + what, e);
		}
		catch (final ExecutionException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof UncheckedIOException)
				throw ((UncheckedIOException) cause).getCause();
			if (cause instanceof IOException) throw (IOException) cause;
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			if (cause instanceof Error) throw (Error) cause;
			throw new IOException(cause);
		}
		finally {
			pool.shutdownNow();
			try {
				pool.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
