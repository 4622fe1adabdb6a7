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

package org.zapfiji.viewer.activity;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.function.Supplier;

import org.zapfiji.activity.ActivityModes;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.state.ViewerSnapshot;

/**
 * The mode painted and its colour scale at the top left, under the source name
 * ("difference (predicted − recorded), ±0.021"), so a look at the window, a
 * snapshot or a movie frame says what the colours mean.
 */
public final class ActivityModeOverlay implements ViewerOverlay {

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.BOLD, 14);

	private static final int MARGIN = 8;

	private final Supplier<String> text;

	/** Names the current mode of {@code modes}. */
	public ActivityModeOverlay(final ActivityModes modes) {
		this(modes::describe);
	}

	/**
	 * @param text asked at every draw, e.g. the mode and the forecast scrub
	 */
	public ActivityModeOverlay(final Supplier<String> text) {
		this.text = text;
	}

	/** The text drawn now. */
	public String text() {
		return text.get();
	}

	@Override
	public void draw(final Graphics2D g, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(FONT);
		final FontMetrics metrics = g.getFontMetrics();
		// under the source name of the top left corner, clear of the scale bar;
		// one line per line of the text
		int y = MARGIN + 2 * metrics.getHeight() + metrics.getAscent();
		for (final String line : text().split("\n")) {
			g.setColor(Color.BLACK);
			g.drawString(line, MARGIN + 1, y + 1);
			g.setColor(Color.WHITE);
			g.drawString(line, MARGIN, y);
			y += metrics.getHeight();
		}
	}
}
