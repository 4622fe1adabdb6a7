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

package org.zapfiji.activity;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.zapfiji.task.WorkCounter;

/**
 * Runs numbered pieces of work on a few threads and hands their results to one
 * consumer in number order, with only a few results waiting at any time.
 * <p>
 * Why in order: floating-point sums depend on the order of their terms, so
 * partial sums merged in a fixed order give the same bits on 1 core and on 64.
 * Why few waiting: the pieces are chunks of arrays far larger than memory.
 */
final class OrderedWork {

	/** One piece of work. */
	interface Piece<T> {

		T run() throws IOException;
	}

	/** Receives results in number order, on the calling thread. */
	interface Consumer<T> {

		void accept(T result) throws IOException;
	}

	private OrderedWork() {}

	/**
	 * Runs pieces {@code 0 .. count - 1} on {@code threads} threads; at most
	 * {@code 2 × threads} results are held at once.
	 *
	 * @param counter counts finished pieces; its cancel request stops the work
	 *          before the next piece starts
	 */
	static <T> void run(final int count, final IntFunction<Piece<T>> pieces,
		final int threads, final Consumer<T> consumer, final WorkCounter counter)
		throws IOException
	{
		final int workers = Math.max(1, threads);
		if (workers == 1) {
			for (int i = 0; i < count; i++) {
				counter.checkCanceled();
				consumer.accept(pieces.apply(i).run());
				counter.finishOne();
			}
			return;
		}
		final ExecutorService pool = Executors.newFixedThreadPool(workers);
		final Deque<Future<T>> running = new ArrayDeque<>();
		try {
			int next = 0;
			for (int i = 0; i < count; i++) {
				while (next < count && running.size() < 2 * workers) {
					counter.checkCanceled();
					final Piece<T> piece = pieces.apply(next++);
					running.add(pool.submit(() -> {
						counter.checkCanceled();
						return piece.run();
					}));
				}
				consumer.accept(running.poll().get());
				counter.finishOne();
			}
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
		catch (final ExecutionException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof IOException) throw (IOException) cause;
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			if (cause instanceof Error) throw (Error) cause;
			throw new IOException(cause);
		}
		finally {
			for (final Future<T> f : running)
				f.cancel(true);
			pool.shutdownNow();
		}
	}
}
