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

import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.state.ViewerStateListener;

/**
 * The line under the viewer: mouse position in µm and voxels, the value under
 * the mouse, source, time and zoom ({@link StatusText}). It follows the panel
 * the mouse last moved in, so in a split view it describes the side pointed at.
 * <p>
 * Updated on the event thread only; changes from other threads (state changes,
 * arriving blocks) are coalesced into one update each, so a burst of arrivals
 * costs one text.
 */
public final class StatusLine extends JLabel {

	private static final long serialVersionUID = 1L;

	private final transient ChunkLoader loader;

	private final AtomicBoolean updateQueued = new AtomicBoolean();

	private final transient ViewerStateListener stateListener =
		change -> updateLater();

	private final transient Runnable chunkListener = this::chunkArrived;

	private transient ViewerPanel panel;

	/** @param loader tells when a value shown as "…" may be known; may be null */
	public StatusLine(final ChunkLoader loader) {
		super(" ");
		this.loader = loader;
		setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
		setBorder(BorderFactory.createEmptyBorder(3, 6, 3, 6));
		if (loader != null) loader.addListener(chunkListener);
	}

	/**
	 * Describes {@code viewer} and, later, whichever followed panel the mouse
	 * moves in.
	 */
	public void follow(final ViewerPanel viewer) {
		viewer.addMouseMotionListener(new MouseAdapter() {

			@Override
			public void mouseMoved(final MouseEvent e) {
				show(viewer);
			}

			@Override
			public void mouseDragged(final MouseEvent e) {
				show(viewer);
			}
		});
		viewer.addMouseListener(new MouseAdapter() {

			@Override
			public void mouseExited(final MouseEvent e) {
				update();
			}
		});
		if (panel == null) show(viewer);
	}

	/** The panel described now. */
	public ViewerPanel panel() {
		return panel;
	}

	/** Stops listening to the loader and the state. */
	public void close() {
		if (loader != null) loader.removeListener(chunkListener);
		if (panel != null) panel.state().removeListener(stateListener);
	}

	/** Recomputes the text now; on the event thread. */
	public void update() {
		updateQueued.set(false);
		if (panel == null) return;
		setText(StatusText.of(panel.state().snapshot(), panel.mouseX(), panel
			.mouseY()));
	}

	/**
	 * Shows {@code message} (why a key did nothing) until the next update, which
	 * the mouse's next move brings.
	 */
	public void showMessage(final String message) {
		setText(message);
	}

	private void show(final ViewerPanel viewer) {
		if (viewer != panel) {
			if (panel != null) panel.state().removeListener(stateListener);
			panel = viewer;
			panel.state().addListener(stateListener);
		}
		update();
	}

	private void updateLater() {
		if (updateQueued.compareAndSet(false, true)) SwingUtilities.invokeLater(
			this::update);
	}

	/**
	 * Recomputes whenever a block arrives while the mouse is over the panel: the
	 * text may show "…" for it, and checking the text here could race with the
	 * event thread that is about to set it.
	 */
	private void chunkArrived() {
		final ViewerPanel shown = panel;
		if (shown != null && shown.mouseX() >= 0) updateLater();
	}
}
