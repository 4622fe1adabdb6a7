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

package org.zapfiji.viewer.annotation;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the next snapping add would put the mark, kept up to date as the mouse
 * moves. A snap reads voxels and takes some milliseconds, more on cold data, so
 * it runs on its own thread, never on the event thread; when the mouse moves
 * faster than snaps finish, only the latest position is snapped.
 */
final class SnapPreview implements AutoCloseable {

	/** A preview: the point under the mouse and where it snaps to, µm. */
	static final class Shown {

		final double[] click;

		final double[] position;

		Shown(final double[] click, final double[] position) {
			this.click = click;
			this.position = position;
		}
	}

	private final MarkEditor editor;

	private final Runnable repaint;

	private final Executor worker;

	/** Counts requests and clears, so a late answer never shows a stale point. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Shown shown;

	/** On its own daemon thread; a queued request is replaced by a newer one. */
	SnapPreview(final MarkEditor editor, final Runnable repaint) {
		this(editor, repaint, latestOnly());
	}

	SnapPreview(final MarkEditor editor, final Runnable repaint,
		final Executor worker)
	{
		this.editor = editor;
		this.repaint = repaint;
		this.worker = worker;
	}

	private static ThreadPoolExecutor latestOnly() {
		return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(1), r -> {
				final Thread t = new Thread(r, "zap-snap-preview");
				t.setDaemon(true);
				return t;
			}, new ThreadPoolExecutor.DiscardOldestPolicy());
	}

	/** Snaps {@code point} (µm) at {@code time} in the background. */
	void request(final double[] point, final int time) {
		if (!editor.snapping()) {
			clear();
			return;
		}
		final long asked = generation.incrementAndGet();
		worker.execute(() -> compute(point, time, asked));
	}

	/** Nothing to show: the mouse left, or snapping was turned off. */
	void clear() {
		generation.incrementAndGet();
		if (shown == null) return;
		shown = null;
		repaint.run();
	}

	/** The latest preview; null when there is none. */
	Shown shown() {
		return shown;
	}

	private void compute(final double[] point, final int time, final long asked) {
		if (generation.get() != asked) return;
		Optional<Snap> snap;
		try {
			snap = editor.preview(point, time);
		}
		catch (final IOException | RuntimeException e) {
			snap = Optional.empty(); // an add at this point will report it
		}
		if (generation.get() != asked) return;
		shown = snap.isPresent() ? new Shown(point.clone(), snap.get().position())
			: null;
		repaint.run();
	}

	@Override
	public void close() {
		generation.incrementAndGet();
		if (worker instanceof ThreadPoolExecutor) ((ThreadPoolExecutor) worker)
			.shutdownNow();
	}
}
