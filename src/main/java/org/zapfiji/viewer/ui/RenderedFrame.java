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

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.zapfiji.viewer.state.ViewerSnapshot;

/**
 * One picture of the render loop: its pixels, the state it shows, and at what
 * fraction of the panel's size it was rendered.
 * <p>
 * The pixel buffer is reused for later frames once nobody holds it, so read the
 * image only between {@link RenderLoop#hold()} and
 * {@link RenderLoop#release(RenderedFrame)}.
 */
public final class RenderedFrame {

	private final BufferedImage image;

	private ViewerSnapshot snapshot;

	private double screenScale;

	private int panelWidth, panelHeight;

	private boolean complete;

	private long nanos;

	RenderedFrame(final int width, final int height) {
		image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
	}

	/** The image's pixels as the renderer writes them (0xAARRGGBB). */
	int[] pixels() {
		return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
	}

	void describe(final ViewerSnapshot shown, final double scale, final int width,
		final int height, final boolean whole, final long time)
	{
		snapshot = shown;
		screenScale = scale;
		panelWidth = width;
		panelHeight = height;
		complete = whole;
		nanos = time;
	}

	/** Drawn scaled up by {@code 1 / screenScale()} to fill the panel. */
	public BufferedImage image() {
		return image;
	}

	public ViewerSnapshot snapshot() {
		return snapshot;
	}

	/** 1 for a full-size frame, 1/2 or 1/4 for a quick coarse one. */
	public double screenScale() {
		return screenScale;
	}

	/** The panel size the frame was made for. */
	public int panelWidth() {
		return panelWidth;
	}

	public int panelHeight() {
		return panelHeight;
	}

	/** Whether every block was loaded at the level wanted. */
	public boolean complete() {
		return complete;
	}

	/** Time the renderer took. */
	public long nanos() {
		return nanos;
	}

	int width() {
		return image.getWidth();
	}

	int height() {
		return image.getHeight();
	}
}
