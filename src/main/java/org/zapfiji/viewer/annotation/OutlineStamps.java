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

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Small outlines drawn once and then copied: an antialiased ellipse costs
 * Java2D ten microseconds or so to stroke, a copy of its few hundred ready
 * pixels a fraction of that, and a view of a whole fish holds thousands of
 * small marks.
 * <p>
 * An outline is kept per colour, shape (its Cholesky factor, see
 * {@link MarksOverlay#factor}, to a quarter pixel) and centre (to half a
 * pixel), up to {@value #LARGEST} pixels across each way; larger ones are
 * stroked as paths. Marks of one radius on one plane share few shapes, so the
 * stamps made for one frame serve the next. Thread-safe: the overlay also draws
 * off the event thread, for snapshots and movies.
 */
final class OutlineStamps {

	/** Larger factors (pixels) are stroked, not stamped. */
	static final double LARGEST = 24;

	/** Forget every stamp past this many pixels held: 16 MB. */
	private static final long MOST_PIXELS = 4L << 20;

	private final BasicStroke stroke;

	private final ConcurrentHashMap<Long, BufferedImage> stamps =
		new ConcurrentHashMap<>();

	private final AtomicLong pixels = new AtomicLong();

	OutlineStamps(final BasicStroke stroke) {
		this.stroke = stroke;
	}

	/**
	 * Draws the ellipse centred at {@code (gx, gy)} in graphics coordinates whose
	 * Cholesky factor is {@code l00, l10, l11} (pixels).
	 *
	 * @return false if it is too large to stamp; nothing was drawn then
	 */
	boolean draw(final Graphics2D g, final Color color, final double gx,
		final double gy, final double l00, final double l10, final double l11)
	{
		if (!(l00 <= LARGEST && l11 <= LARGEST && Math.abs(l10) <= LARGEST))
			return false;
		final long hx = Math.round(gx * 2), hy = Math.round(gy * 2);
		final int q00 = (int) Math.round(l00 * 4), q11 = (int) Math.round(l11 * 4);
		final int q10 = (int) Math.round(l10 * 4);
		final int phase = (int) Math.floorMod(hx, 2L) | (int) Math.floorMod(hy,
			2L) << 1;
		final long key = (long) color.getRGB() << 32 | (long) q00 << 17 |
			(long) (q10 + 128) << 9 | (long) q11 << 2 | phase;
		BufferedImage stamp = stamps.get(key);
		if (stamp == null) {
			stamp = stamp(color, q00 / 4.0, q10 / 4.0, q11 / 4.0, phase);
			final long held = pixels.addAndGet((long) stamp.getWidth() * stamp
				.getHeight());
			if (held > MOST_PIXELS) {
				stamps.clear();
				pixels.set(0);
			}
			stamps.put(key, stamp);
		}
		final int half = stamp.getWidth() / 2;
		g.drawImage(stamp, (int) Math.floorDiv(hx, 2L) - half, (int) Math.floorDiv(
			hy, 2L) - half, null);
		return true;
	}

	/** The outline centred half a pixel right and/or down as the phase says. */
	private BufferedImage stamp(final Color color, final double l00,
		final double l10, final double l11, final double phase)
	{
		final double reach = Math.max(l00, Math.hypot(l10, l11));
		int size = (int) Math.ceil(2 * reach + 6);
		if (size % 2 == 1) size++;
		final BufferedImage image = new BufferedImage(size, size,
			BufferedImage.TYPE_INT_ARGB_PRE);
		final Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
				RenderingHints.VALUE_ANTIALIAS_ON);
			g.setStroke(stroke);
			g.setColor(color);
			final Path2D.Double path = new Path2D.Double();
			MarksOverlay.ellipse(path, size / 2 + 0.5 * ((int) phase & 1), size / 2 +
				0.5 * ((int) phase >> 1), l00, l10, l11);
			g.draw(path);
		}
		finally {
			g.dispose();
		}
		return image;
	}
}
