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

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts finished units of a known amount of work and forwards the count to a
 * {@link Progress}, from any number of worker threads.
 * <p>
 * Typical use is a block-by-block loop on all cores: each worker calls
 * {@link #finishOne()} after its block and {@link #checkCanceled()} before the
 * next one.
 */
public final class WorkCounter {

	private final Progress progress;

	private final long total;

	private final AtomicLong done = new AtomicLong();

	public WorkCounter(final Progress progress, final long total) {
		if (total < 0) throw new IllegalArgumentException(
			"Total work must not be negative, was " + total);
		this.progress = progress;
		this.total = total;
		progress.update(0, total);
	}

	/** Marks one unit as finished and reports the new count. */
	public long finishOne() {
		final long now = done.incrementAndGet();
		progress.update(now, total);
		return now;
	}

	public long done() {
		return done.get();
	}

	public long total() {
		return total;
	}

	/** @see Progress#checkCanceled() */
	public void checkCanceled() {
		progress.checkCanceled();
	}
}
