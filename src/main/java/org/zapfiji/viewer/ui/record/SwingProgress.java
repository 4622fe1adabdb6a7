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

package org.zapfiji.viewer.ui.record;

import java.awt.Component;

import javax.swing.ProgressMonitor;
import javax.swing.SwingUtilities;

import org.zapfiji.task.Progress;

/**
 * Progress of background work shown in a Swing progress window with a Cancel
 * button. The worker thread calls it; the window is touched on the event thread
 * only, and the cancel request travels back through a volatile flag.
 */
final class SwingProgress implements Progress {

	private final ProgressMonitor monitor;

	private volatile boolean canceled;

	SwingProgress(final Component parent, final String title) {
		monitor = new ProgressMonitor(parent, title, " ", 0, 1000);
		monitor.setMillisToDecideToPopup(0);
		monitor.setMillisToPopup(0);
	}

	@Override
	public void update(final long done, final long total) {
		final int permille = total <= 0 ? 0 : (int) (1000 * done / total);
		SwingUtilities.invokeLater(() -> {
			monitor.setProgress(Math.min(999, permille));
			canceled |= monitor.isCanceled();
		});
	}

	@Override
	public void status(final String message) {
		SwingUtilities.invokeLater(() -> {
			monitor.setNote(message);
			canceled |= monitor.isCanceled();
		});
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	/** Closes the window; call when the work ended, however it ended. */
	void close() {
		SwingUtilities.invokeLater(monitor::close);
	}
}
