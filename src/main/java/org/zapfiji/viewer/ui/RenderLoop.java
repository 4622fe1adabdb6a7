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

package org.zapfiji.viewer.ui;

import java.util.function.Consumer;

import org.zapfiji.viewer.render.RenderResult;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateListener;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * Renders a viewer state on a painter thread of its own, never on the event
 * thread, and hands each finished frame to a callback (the panel repaints).
 * <p>
 * Requests are coalesced: however many state changes arrive during a frame, one
 * frame of the newest state follows. When a full-size frame is expected to take
 * longer than the budget (measured on earlier frames), a quick frame at 1/2,
 * 1/4 or 1/8 of the size comes first and finer ones follow while nothing
 * changes; a change during refinement starts again at the coarse scale, so
 * dragging stays fluid on a slow machine. A frame left incomplete because
 * blocks were not loaded is drawn again, at full size, when the loader reports
 * arrivals.
 */
public final class RenderLoop implements AutoCloseable {

	/** BigDataViewer's target for an interactive frame. */
	public static final long DEFAULT_BUDGET_NANOS = 30_000_000L;

	private final ViewerState state;

	private final ViewRenderer renderer;

	private final ChunkLoader loader;

	private final Consumer<RenderedFrame> onFrame;

	private final FrameBuffers buffers = new FrameBuffers();

	private final ViewerStateListener stateListener = change -> requestRepaint();

	private final Runnable chunkListener = this::chunksArrived;

	private final Thread painter;

	private volatile long budgetNanos = DEFAULT_BUDGET_NANOS;

	private volatile double nanosPerPixel;

	private volatile Throwable lastError;

	private volatile long frames;

	private int width, height;

	/** The view or size changed: start again at the coarse scale. */
	private boolean viewChanged;

	/** Blocks arrived: draw again if the last frame missed some. */
	private boolean dataArrived;

	/** Index into {@link ScreenScales#SCALES} to render next; -1 when idle. */
	private int nextScale = -1;

	private boolean lastComplete = true;

	private boolean closed;

	private RenderLoop(final ViewerState state, final ViewRenderer renderer,
		final ChunkLoader loader, final Consumer<RenderedFrame> onFrame)
	{
		this.state = state;
		this.renderer = renderer;
		this.loader = loader;
		this.onFrame = onFrame;
		painter = new Thread(this::paintUntilClosed, "zap-viewer-painter");
		painter.setDaemon(true);
	}

	/**
	 * Starts a loop that renders {@code state} whenever it changes.
	 *
	 * @param loader tells of arriving blocks; may be null (nothing loads lazily)
	 * @param onFrame called on the painter thread after each frame
	 */
	public static RenderLoop start(final ViewerState state,
		final ViewRenderer renderer, final ChunkLoader loader,
		final Consumer<RenderedFrame> onFrame)
	{
		final RenderLoop loop = new RenderLoop(state, renderer, loader, onFrame);
		state.addListener(loop.stateListener);
		if (loader != null) loader.addListener(loop.chunkListener);
		loop.painter.start();
		return loop;
	}

	/** The panel's size; nothing is rendered while either side is 0. */
	public synchronized void setSize(final int newWidth, final int newHeight) {
		if (newWidth == width && newHeight == height) return;
		width = newWidth;
		height = newHeight;
		viewChanged = true;
		notifyAll();
	}

	/** Renders the current state again, coarse first if frames are slow. */
	public synchronized void requestRepaint() {
		viewChanged = true;
		notifyAll();
	}

	/** How long a frame may take before coarse frames come first. */
	public void setBudgetNanos(final long nanos) {
		budgetNanos = nanos;
	}

	/**
	 * The latest frame, kept from reuse until {@link #release}; null before the
	 * first frame. For the event thread's paint.
	 */
	public RenderedFrame hold() {
		return buffers.hold();
	}

	public void release(final RenderedFrame frame) {
		if (frame != null) buffers.release(frame);
	}

	/** Frames rendered so far. */
	public long frames() {
		return frames;
	}

	/** What went wrong in the latest failed frame, or null. */
	public Throwable lastError() {
		return lastError;
	}

	/** Whether the painter thread still runs. */
	public boolean isRunning() {
		return painter.isAlive();
	}

	/** Stops the painter thread and stops listening; waits up to 2 s for it. */
	@Override
	public void close() {
		synchronized (this) {
			closed = true;
			notifyAll();
		}
		state.removeListener(stateListener);
		if (loader != null) loader.removeListener(chunkListener);
		if (Thread.currentThread() == painter) return;
		try {
			painter.join(2000);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private synchronized void chunksArrived() {
		dataArrived = true;
		notifyAll();
	}

	private void paintUntilClosed() {
		while (true) {
			final int scale, w, h;
			synchronized (this) {
				scale = awaitWork();
				if (scale < 0) return;
				w = width;
				h = height;
			}
			final boolean complete = renderFrame(scale, w, h);
			synchronized (this) {
				if (scale == 0) lastComplete = complete;
				if (!viewChanged) nextScale = scale - 1;
			}
		}
	}

	/** Waits for something to draw; the scale index to render, -1 if closed. */
	private int awaitWork() {
		while (true) {
			if (closed) return -1;
			if (width > 0 && height > 0) {
				if (viewChanged) {
					viewChanged = false;
					dataArrived = false;
					nextScale = ScreenScales.coarsestNeeded(nanosPerPixel, width, height,
						budgetNanos);
					return nextScale;
				}
				if (nextScale >= 0) {
					dataArrived = false;
					return nextScale;
				}
				if (dataArrived) {
					dataArrived = false;
					if (!lastComplete) return 0;
				}
			}
			try {
				wait();
			}
			catch (final InterruptedException e) {
				return -1;
			}
		}
	}

	/** Renders one frame and publishes it; whether it was complete. */
	private boolean renderFrame(final int scaleIndex, final int w, final int h) {
		final double s = ScreenScales.SCALES[scaleIndex];
		final int sw = ScreenScales.size(w, s), sh = ScreenScales.size(h, s);
		final ViewerSnapshot snapshot = state.snapshot();
		final Affine3D view = ScreenScales.scaled(snapshot.transform(), s);
		final RenderedFrame frame = buffers.take(sw, sh);
		try {
			final RenderResult result = renderer.render(snapshot, view, sw, sh, frame
				.pixels(), false);
			measure(result.nanos(), (long) sw * sh);
			frame.describe(snapshot, s, w, h, result.complete(), result.nanos());
			buffers.publish(frame);
			frames++;
			onFrame.accept(frame);
			return result.complete();
		}
		catch (final Exception | LinkageError e) {
			lastError = e;
			return true;
		}
	}

	private void measure(final long nanos, final long pixels) {
		final double perPixel = (double) nanos / Math.max(1, pixels);
		nanosPerPixel = nanosPerPixel > 0 ? 0.5 * nanosPerPixel + 0.5 * perPixel
			: perPixel;
	}
}
