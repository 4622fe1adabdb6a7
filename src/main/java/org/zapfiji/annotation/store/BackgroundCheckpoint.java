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

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Folds the write-ahead log into the project file on a thread of its own, after
 * a big batch.
 * <p>
 * An edit is durable once its commit has reached the log on disk
 * ({@code synchronous = FULL}); copying the log into the database file is
 * housekeeping. SQLite does it at the end of a commit whose log has grown past
 * a threshold, which makes a one-million-mark import wait for hundreds of
 * megabytes of copying it does not need. Batches switch that off for their
 * commit and ask for a passive checkpoint here instead, on a connection of its
 * own, which never blocks the store's own reads and writes. If it fails or the
 * process dies meanwhile, nothing is lost: the log stays and SQLite replays it
 * on the next open.
 */
final class BackgroundCheckpoint implements AutoCloseable {

	private final Path file;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(
		r -> {
			final Thread t = new Thread(r, "zap-project-checkpoint");
			t.setDaemon(true);
			return t;
		});

	private Future<?> running;

	BackgroundCheckpoint(final Path file) {
		this.file = file;
	}

	/** Starts a checkpoint unless one is running. */
	synchronized void request() {
		if (running == null || running.isDone()) running = executor.submit(
			this::checkpoint);
	}

	/** Waits for a running checkpoint, then stops the thread. */
	@Override
	public synchronized void close() {
		try {
			if (running != null) running.get();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (final ExecutionException e) {
			// the next automatic checkpoint copies the log; nothing is lost
		}
		finally {
			executor.shutdown();
		}
	}

	private void checkpoint() {
		try (Connection c = ProjectFiles.connect(file, false);
				Statement s = c.createStatement())
		{
			s.execute("PRAGMA wal_checkpoint(PASSIVE)");
		}
		catch (final SQLException e) {
			// the log stays and is copied by the next automatic checkpoint
		}
	}
}
