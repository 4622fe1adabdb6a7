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

package org.zapfiji.plugin.activity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.zapfiji.io.AtomicFiles;

/**
 * A line plot of error against steps ahead (or frames), one line per series,
 * drawn with Java2D into an image and saved as PNG: no window, so it works in a
 * headless batch run. The y axis starts at 0, since an error's size matters as
 * much as its trend.
 */
final class ErrorPlot {

	/**
	 * Line colours: matplotlib's tab10, the colours ZAPBench's figures use; the
	 * last series (the pooled one) is drawn in black.
	 */
	private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(
		0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
		new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(
			0xbcbd22), new Color(0x17becf) };

	static final int WIDTH = 900;

	static final int HEIGHT = 560;

	private static final int LEFT = 80;

	private static final int RIGHT = 210;

	private static final int TOP = 56;

	private static final int BOTTOM = 64;

	private final String title;

	private final String xLabel;

	private final String yLabel;

	/** Value of the first point on the x axis (1 for steps, 0 for frames). */
	private final int firstX;

	private final List<String> names = new ArrayList<>();

	private final List<double[]> series = new ArrayList<>();

	private boolean lastInBlack;

	ErrorPlot(final String title, final String xLabel, final String yLabel,
		final int firstX)
	{
		this.title = title;
		this.xLabel = xLabel;
		this.yLabel = yLabel;
		this.firstX = firstX;
	}

	/** Adds a line; {@code values[i]} is at x = firstX + i. */
	ErrorPlot add(final String name, final double[] values) {
		names.add(name);
		series.add(values.clone());
		return this;
	}

	/**
	 * Draws the last line thick and black, beneath the others: the figure over
	 * all of them, visible around lines that lie on it.
	 */
	ErrorPlot lastInBlack() {
		lastInBlack = true;
		return this;
	}

	BufferedImage draw() {
		final BufferedImage image = new BufferedImage(WIDTH, HEIGHT,
			BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
				RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
				RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			final int points = series.stream().mapToInt(s -> s.length).max().orElse(
				1);
			final double top = niceTop(series);
			axes(g, points, top);
			final int last = series.size() - 1;
			if (lastInBlack) line(g, series.get(last), Color.BLACK, true, points,
				top);
			for (int i = 0; i < series.size() - (lastInBlack ? 1 : 0); i++)
				line(g, series.get(i), colour(i), false, points, top);
			legend(g);
		}
		finally {
			g.dispose();
		}
		return image;
	}

	private Color colour(final int i) {
		return lastInBlack && i == series.size() - 1 ? Color.BLACK : COLOURS[i %
			COLOURS.length];
	}

	/** Writes the plot as PNG, replacing {@code file} atomically. */
	void write(final Path file) throws IOException {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		if (!ImageIO.write(draw(), "png", bytes)) throw new IOException(
			"no PNG writer in this Java");
		AtomicFiles.write(file, bytes.toByteArray());
	}

	private int plotWidth() {
		return WIDTH - LEFT - RIGHT;
	}

	private int plotHeight() {
		return HEIGHT - TOP - BOTTOM;
	}

	private double x(final int index, final int points) {
		return LEFT + (points <= 1 ? plotWidth() / 2.0 : index *
			(double) plotWidth() / (points - 1));
	}

	private double y(final double value, final double top) {
		return TOP + plotHeight() * (1 - value / top);
	}

	private void axes(final Graphics2D g, final int points, final double top) {
		final Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
		g.setColor(Color.BLACK);
		g.drawString(title, LEFT, TOP - 22);
		g.setFont(small);
		final FontMetrics fm = g.getFontMetrics();
		final double tick = top / 5;
		for (int i = 0; i <= 5; i++) {
			final double v = i * tick;
			final int py = (int) Math.round(y(v, top));
			g.setColor(new Color(0xe6e6e6));
			g.drawLine(LEFT, py, LEFT + plotWidth(), py);
			g.setColor(Color.DARK_GRAY);
			final String text = number(v, tick);
			g.drawString(text, LEFT - 8 - fm.stringWidth(text), py + fm.getAscent() /
				2 - 1);
		}
		final int every = points <= 12 ? 1 : points <= 40 ? 4 : (int) Math.ceil(
			points / 10.0);
		for (int i = 0; i < points; i++) {
			final int value = firstX + i;
			if (value % every != 0 && i != 0) continue;
			final int px = (int) Math.round(x(i, points));
			g.setColor(Color.DARK_GRAY);
			g.drawLine(px, TOP + plotHeight(), px, TOP + plotHeight() + 5);
			final String text = Integer.toString(value);
			g.drawString(text, px - fm.stringWidth(text) / 2, TOP + plotHeight() + 8 +
				fm.getAscent());
		}
		g.setColor(Color.BLACK);
		g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
		g.drawString(xLabel, LEFT + (plotWidth() - fm.stringWidth(xLabel)) / 2,
			HEIGHT - 18);
		final Graphics2D rotated = (Graphics2D) g.create();
		rotated.rotate(-Math.PI / 2);
		rotated.drawString(yLabel, -(TOP + (plotHeight() + fm.stringWidth(yLabel)) /
			2), 22);
		rotated.dispose();
	}

	private void line(final Graphics2D g, final double[] values,
		final Color colour, final boolean bold, final int points, final double top)
	{
		g.setColor(colour);
		g.setStroke(new BasicStroke(bold ? 3f : 1.8f, BasicStroke.CAP_ROUND,
			BasicStroke.JOIN_ROUND));
		final Path2D path = new Path2D.Double();
		boolean open = false;
		for (int i = 0; i < values.length; i++) {
			if (!Double.isFinite(values[i])) {
				open = false;
				continue;
			}
			final double px = x(i, points);
			final double py = y(values[i], top);
			if (open) path.lineTo(px, py);
			else path.moveTo(px, py);
			open = true;
		}
		g.draw(path);
		if (points <= 64) for (int i = 0; i < values.length; i++)
			if (Double.isFinite(values[i])) {
				final double r = bold ? 3.5 : 2.5;
				g.fill(new Ellipse2D.Double(x(i, points) - r, y(values[i], top) - r, 2 *
					r, 2 * r));
			}
		g.setStroke(new BasicStroke(1f));
	}

	private void legend(final Graphics2D g) {
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		final FontMetrics fm = g.getFontMetrics();
		final int x = LEFT + plotWidth() + 16;
		int y = TOP + 8;
		for (int i = 0; i < names.size(); i++) {
			final boolean bold = lastInBlack && i == names.size() - 1;
			g.setColor(colour(i));
			g.setStroke(new BasicStroke(bold ? 3f : 1.8f));
			g.drawLine(x, y + fm.getAscent() / 2, x + 24, y + fm.getAscent() / 2);
			g.setColor(Color.BLACK);
			g.drawString(fit(names.get(i), fm, RIGHT - 50), x + 32, y + fm
				.getAscent());
			y += fm.getHeight() + 6;
		}
		g.setStroke(new BasicStroke(1f));
	}

	private static String fit(final String text, final FontMetrics fm,
		final int width)
	{
		if (fm.stringWidth(text) <= width) return text;
		String t = text;
		while (t.length() > 1 && fm.stringWidth(t + "…") > width)
			t = t.substring(0, t.length() - 1);
		return t + "…";
	}

	/** The smallest 1, 2 or 5 × 10^k at or above 105 % of every finite value. */
	static double niceTop(final List<double[]> series) {
		double max = 0;
		for (final double[] s : series)
			for (final double v : s)
				if (Double.isFinite(v)) max = Math.max(max, v);
		if (max <= 0) return 1;
		final double target = max * 1.05;
		final double magnitude = Math.pow(10, Math.floor(Math.log10(target)));
		for (final double f : new double[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8,
			10 })
			if (f * magnitude >= target) return f * magnitude;
		return 10 * magnitude;
	}

	private static String number(final double v, final double tick) {
		final int decimals = Math.max(0, (int) Math.ceil(-Math.log10(tick)) + 1);
		return String.format(Locale.ROOT, "%." + Math.min(decimals, 8) + "f", v);
	}
}
