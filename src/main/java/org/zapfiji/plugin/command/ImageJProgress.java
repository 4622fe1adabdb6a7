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

package org.zapfiji.plugin.command;

import java.awt.GraphicsEnvironment;

import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@link Progress} for commands: ImageJ's progress and status bar when there is
 * a display (Esc cancels, as everywhere in ImageJ), and a log line every few
 * seconds in a headless batch run, so a long export shows it is alive.
 */
final class ImageJProgress implements Progress {

	private static final long LOG_INTERVAL_MILLIS = 5000;

	private final String title;

	private final boolean headless = GraphicsEnvironment.isHeadless();

	private long lastLog = System.currentTimeMillis();

	ImageJProgress(final String title) {
		this.title = title;
		IJ.resetEscape();
	}

	@Override
	public synchronized void update(final long done, final long total) {
		if (headless) {
			final long now = System.currentTimeMillis();
			if (now - lastLog >= LOG_INTERVAL_MILLIS && total > 0) {
				lastLog = now;
				IJ.log(String.format("%s: %d of %d (%.0f%%)", title, done, total,
					100.0 * done / total));
			}
		}
		else IJ.showProgress(total <= 0 ? 1 : (double) done / total);
	}

	@Override
	public void status(final String message) {
		if (headless) IJ.log(title + ": " + message);
		else IJ.showStatus(title + ": " + message);
	}

	@Override
	public boolean isCanceled() {
		return IJ.escapePressed();
	}

	void done() {
		if (!headless) IJ.showProgress(1.0);
	}
}
