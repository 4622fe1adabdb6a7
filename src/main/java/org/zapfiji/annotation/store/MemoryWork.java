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

package org.zapfiji.annotation.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A change to the in-memory state made on a second thread while SQLite writes
 * the same change to the file: for a million marks the hash map and the grid
 * take as long as a good part of the insert, and the machine has a second core.
 * Nobody sees the change early: every read of the store waits for the store's
 * lock, which the writing thread holds until {@link #finish} or {@link #cancel}
 * has returned.
 */
final class MemoryWork {

	private final FutureTask<Void> task;

	private MemoryWork(final Runnable change) {
		task = new FutureTask<>(change, null);
	}

	static MemoryWork start(final Runnable change) {
		final MemoryWork w = new MemoryWork(change);
		final Thread t = new Thread(w.task, "ZAP project store: memory");
		t.setDaemon(true);
		t.start();
		return w;
	}

	/** Waits for the change; call once the file holds it. */
	void finish() {
		try {
			await();
		}
		catch (final ExecutionException e) {
			throw new IllegalStateException("updating memory failed: " + e.getCause(),
				e.getCause());
		}
	}

	/** Waits for the change to end, however it ended, and takes it back. */
	void cancel(final Runnable inverse) {
		try {
			await();
		}
		catch (final ExecutionException ignored) {
			// half done: the inverse takes back whatever part was made
		}
		inverse.run();
	}

	private void await() throws ExecutionException {
		boolean interrupted = false;
		try {
			while (true)
				try {
					task.get();
					return;
				}
				catch (final InterruptedException e) {
					interrupted = true; // memory must be settled before we go on
				}
		}
		finally {
			if (interrupted) Thread.currentThread().interrupt();
		}
	}
}
