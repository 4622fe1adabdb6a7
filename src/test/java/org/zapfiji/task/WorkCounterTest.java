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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class WorkCounterTest {

	/** Records the highest count it was told and can be canceled. */
	static final class RecordingProgress implements Progress {

		final AtomicLong highest = new AtomicLong();

		final AtomicBoolean canceled = new AtomicBoolean();

		@Override
		public void update(final long done, final long total) {
			highest.accumulateAndGet(done, Math::max);
		}

		@Override
		public void status(final String message) {}

		@Override
		public boolean isCanceled() {
			return canceled.get();
		}
	}

	@Test
	void countsEveryUnitFromManyThreads() throws Exception {
		final RecordingProgress progress = new RecordingProgress();
		final WorkCounter counter = new WorkCounter(progress, 10_000);
		final ExecutorService pool = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 10_000; i++)
			pool.execute(counter::finishOne);
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		assertEquals(10_000, counter.done());
		assertEquals(10_000, progress.highest.get());
	}

	@Test
	void cancelStopsAtTheNextCheck() {
		final RecordingProgress progress = new RecordingProgress();
		final WorkCounter counter = new WorkCounter(progress, 3);
		counter.checkCanceled();
		progress.canceled.set(true);
		assertThrows(CanceledException.class, counter::checkCanceled);
		Progress.silent().checkCanceled();
	}
}
