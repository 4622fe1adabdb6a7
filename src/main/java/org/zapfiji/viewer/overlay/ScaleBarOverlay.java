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

package org.zapfiji.viewer.overlay;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.ViewerSnapshot;

/**
 * A bar of a round length (1, 2 or 5 times a power of ten in the sources' space
 * unit) with its label, at the bottom left. White with a dark outline, so it
 * reads on black background and on bright tissue alike.
 */
public final class ScaleBarOverlay implements ViewerOverlay {

	/** The bar is at most this long on screen. */
	static final int MAX_PIXELS = 120;

	private static final int MARGIN = 14;

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);

	@Override
	public void draw(final Graphics2D g, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		if (snapshot.sources().isEmpty()) return;
		final double pixelsPerUnit = pixelsPerUnit(snapshot);
		final double length = roundLength(MAX_PIXELS / pixelsPerUnit);
		if (!(length > 0)) return;
		final int bar = (int) Math.round(length * pixelsPerUnit);
		final String label = label(length, unit(snapshot));
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
			RenderingHints.VALUE_ANTIALIAS_ON);
		g.setFont(FONT);
		final FontMetrics metrics = g.getFontMetrics();
		final int x = MARGIN;
		final int y = height - MARGIN;
		final int textX = x + (bar - metrics.stringWidth(label)) / 2;
		final int textY = y - 8;
		g.setStroke(new BasicStroke(1));
		g.setColor(new Color(0, 0, 0, 170));
		g.fillRect(x - 1, y - 3, bar + 2, 6);
		for (int dx = -1; dx <= 1; dx++)
			for (int dy = -1; dy <= 1; dy++)
				g.drawString(label, textX + dx, textY + dy);
		g.setColor(Color.WHITE);
		g.fillRect(x, y - 2, bar, 4);
		g.drawString(label, textX, textY);
	}

	/**
	 * Screen pixels per global unit in the screen plane: the length on screen of
	 * a one-unit step along screen x, read backwards through the view.
	 */
	static double pixelsPerUnit(final ViewerSnapshot snapshot) {
		return 1 / snapshot.transform().inverse().stepLength(0);
	}

	/**
	 * The longest of 1, 2, 5 × 10^k that is at most {@code most}: bars of such
	 * lengths are what people read at a glance.
	 */
	public static double roundLength(final double most) {
		if (!(most > 0) || Double.isInfinite(most)) return 0;
		final double decade = Math.pow(10, Math.floor(Math.log10(most)));
		// A tiny tolerance keeps 10.0 from becoming 5 through rounding of log10.
		for (final int step : new int[] { 5, 2, 1 })
			if (step * decade <= most * (1 + 1e-9)) return step * decade;
		return decade / 2;
	}

	/** "10 µm", "0.5 µm", "2 mm". */
	public static String label(final double length, final String unit) {
		final String number = length >= 1 && length == Math.rint(length) ? String
			.valueOf((long) length) : stripZeros(String.format(java.util.Locale.ROOT,
				"%.6f", length));
		return unit.isEmpty() ? number : number + " " + unit;
	}

	private static String stripZeros(final String s) {
		String t = s.replaceAll("0+$", "");
		if (t.endsWith(".")) t = t.substring(0, t.length() - 1);
		return t;
	}

	private static String unit(final ViewerSnapshot snapshot) {
		final int current = Math.max(0, snapshot.currentSource());
		final ViewerSource source = snapshot.sources().get(current);
		return UnitNames.shortName(source.spaceUnit());
	}
}
