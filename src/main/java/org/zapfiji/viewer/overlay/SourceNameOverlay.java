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

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;

import org.zapfiji.viewer.state.ViewerSnapshot;

/**
 * The current source's name at the top left and the time point at the top
 * right, as BigDataViewer shows them, so a snapshot or movie says what it is.
 */
public final class SourceNameOverlay implements ViewerOverlay {

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

	private static final int MARGIN = 8;

	@Override
	public void draw(final Graphics2D g, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		final int current = snapshot.currentSource();
		if (current < 0) return;
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(FONT);
		final FontMetrics metrics = g.getFontMetrics();
		final int y = MARGIN + metrics.getAscent();
		outlined(g, snapshot.sources().get(current).name(), MARGIN, y);
		final String time = timeLabel(snapshot.time(), snapshot.numTimepoints());
		outlined(g, time, width - MARGIN - metrics.stringWidth(time), y);
	}

	/** "t = 3 / 64" (the index counts from 0; 64 time points). */
	public static String timeLabel(final int time, final int timepoints) {
		return "t = " + time + " / " + timepoints;
	}

	private static void outlined(final Graphics2D g, final String text,
		final int x, final int y)
	{
		g.setColor(Color.BLACK);
		g.drawString(text, x + 1, y + 1);
		g.setColor(Color.WHITE);
		g.drawString(text, x, y);
	}
}
