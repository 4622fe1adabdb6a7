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

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.List;

import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.ViewerSnapshot;

/**
 * Complete pictures of a view, for snapshots and movies: every block loaded
 * (the renderer waits), overlays drawn on top. Slow on cold data, so never
 * called on the event thread.
 */
public final class ViewImages {

	private ViewImages() {}

	/**
	 * Renders {@code snapshot} at {@code width × height} with all blocks loaded,
	 * then draws {@code overlays} in order.
	 *
	 * @throws IOException if a block cannot be read
	 */
	public static BufferedImage render(final ViewRenderer renderer,
		final ViewerSnapshot snapshot, final int width, final int height,
		final List<? extends ViewerOverlay> overlays) throws IOException
	{
		final BufferedImage image = new BufferedImage(width, height,
			BufferedImage.TYPE_INT_RGB);
		final int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer())
			.getData();
		renderer.render(snapshot, width, height, pixels, true);
		if (!overlays.isEmpty()) {
			final Graphics2D g = image.createGraphics();
			try {
				drawOverlays(g, overlays, snapshot, width, height);
			}
			finally {
				g.dispose();
			}
		}
		return image;
	}

	/**
	 * Draws each overlay on its own copy of {@code g}, so a colour, font or
	 * transform one overlay sets does not leak into the next.
	 */
	public static void drawOverlays(final Graphics2D g,
		final List<? extends ViewerOverlay> overlays, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		for (final ViewerOverlay overlay : overlays) {
			final Graphics2D own = (Graphics2D) g.create();
			try {
				overlay.draw(own, snapshot, width, height);
			}
			finally {
				own.dispose();
			}
		}
	}
}
