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

/**
 * Where long work reports how far it got and learns whether the user wants it
 * to stop.
 * <p>
 * Core code (formats, exports, detection) takes a {@code Progress} instead of
 * talking to ImageJ, so the same loop reports to the status bar in Fiji, to log
 * lines in a headless batch run, and to nothing in a unit test. Implementations
 * must be safe to call from several worker threads at once.
 */
public interface Progress {

	/** Reports that {@code done} of {@code total} units of work are finished. */
	void update(long done, long total);

	/** Shows a short line about the current stage, e.g. "block 12 of 40". */
	void status(String message);

	/** True once the user asked to cancel; work should stop soon after. */
	boolean isCanceled();

	/**
	 * Throws {@link CanceledException} if the user asked to cancel. Call it
	 * between independent units of work (blocks, files), never while holding a
	 * half-written output.
	 */
	default void checkCanceled() {
		if (isCanceled()) throw new CanceledException();
	}

	/** Progress that goes nowhere and is never canceled. */
	static Progress silent() {
		return SilentProgress.INSTANCE;
	}
}
