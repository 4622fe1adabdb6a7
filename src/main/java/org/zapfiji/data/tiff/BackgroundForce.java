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

package org.zapfiji.data.tiff;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Forces a file that is being written to disk in steps, on a background thread,
 * so that the disk works while the writing threads keep copying and the force
 * before the final rename waits only for the last step. Durability is
 * unchanged: the writer still forces everything before it commits.
 * <p>
 * An error of a background force is kept and reported by {@link #finish()}: the
 * system reports a failed write-back only once, possibly to the background
 * force, so it must not be lost there.
 */
final class BackgroundForce {

	/** Bytes written between background forces (64 MiB). */
	static final long STEP = 64L << 20;

	private final FileChannel channel;

	private final String name;

	private final AtomicLong unforced = new AtomicLong();

	private Thread thread;

	private IOException failure;

	BackgroundForce(final FileChannel channel, final String name) {
		this.channel = channel;
		this.name = name;
	}

	/** Counts written bytes; starts a force after each {@link #STEP}. */
	void written(final long bytes) {
		if (unforced.addAndGet(bytes) >= STEP) start();
	}

	private synchronized void start() {
		if (thread != null && thread.isAlive()) return;
		unforced.set(0);
		thread = new Thread(this::force, "force " + name);
		thread.setDaemon(true);
		thread.start();
	}

	private void force() {
		try {
			channel.force(false);
		}
		catch (final IOException e) {
			synchronized (this) {
				if (failure == null) failure = e;
			}
		}
	}

	/**
	 * Waits for a running background force.
	 *
	 * @throws IOException the first error of a background force
	 */
	void finish() throws IOException {
		final Thread running;
		synchronized (this) {
			running = thread;
		}
		if (running != null) try {
			running.join();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while forcing " + name +
				" to disk");
		}
		synchronized (this) {
			if (failure != null) throw new IOException(name +
				": writing to disk failed: " + failure.getMessage(), failure);
		}
	}
}
