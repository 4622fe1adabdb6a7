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

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.swing.JComponent;

import org.zapfiji.activity.NeuronForecast;

/**
 * One neuron's forecast as a person reads it: above, the recorded trace (dark
 * grey) over the frames around a test window, the context the models saw
 * shaded, a vertical line at the current frame and each model's forecast in its
 * own colour over the frames it predicts; below, each model's error per step
 * ahead (ZAPBench's |target − prediction|, same colours), with the current
 * frame's step marked. Drawn with plain Java2D, so it needs no chart library
 * and paints into an image headless.
 * <p>
 * {@link #series()} returns exactly the values drawn, and
 * {@link #pixel(Series, int, int, int)} where a point lands, so tests (and a
 * future export) read the plot's data rather than its pixels.
 */
public final class TracePlot extends JComponent {

	private static final long serialVersionUID = 1L;

	public static final Color RECORDED = new Color(64, 64, 64);

	public static final Color CONTEXT = new Color(255, 232, 170);

	public static final Color CURRENT_FRAME = new Color(200, 0, 0);

	/** Model colours in order (matplotlib's tab10, without its grey and red). */
	private static final Color[] MODEL_COLORS = { new Color(31, 119, 180),
		new Color(255, 127, 14), new Color(44, 160, 44), new Color(148, 103, 189),
		new Color(140, 86, 75), new Color(227, 119, 194), new Color(188, 189, 34),
		new Color(23, 190, 207) };

	private static final int LEFT = 64;

	private static final int RIGHT = 16;

	private static final int TITLE = 28;

	private static final int LEGEND_SWATCH = 22;

	private static final int AXIS = 34;

	private static final int GAP = 12;

	/** Which of the two plots a series is drawn in. */
	public enum Panel {
			/** Activity against frame. */
			TRACE,
			/** Error against steps ahead. */
			ERROR
	}

	/** One line of the plot: name, colour, and the points drawn. */
	public static final class Series {

		private final String name;

		private final Color color;

		private final Panel panel;

		private final double[] x;

		private final double[] y;

		private final boolean markers;

		Series(final String name, final Color color, final Panel panel,
			final double[] x, final double[] y, final boolean markers)
		{
			this.name = name;
			this.color = color;
			this.panel = panel;
			this.x = x;
			this.y = y;
			this.markers = markers;
		}

		public String name() {
			return name;
		}

		public Color color() {
			return color;
		}

		public Panel panel() {
			return panel;
		}

		/** Frame (trace panel) or steps ahead (error panel) of each point. */
		public double[] x() {
			return x.clone();
		}

		/** Value of each point; NaN is a gap in the line. */
		public double[] y() {
			return y.clone();
		}

		/** Whether each point is drawn as a dot as well as joined. */
		public boolean markers() {
			return markers;
		}
	}

	private NeuronForecast.Result data;

	private List<Series> series = Collections.emptyList();

	private int currentFrame = Integer.MIN_VALUE;

	public TracePlot() {
		setPreferredSize(new Dimension(640, 420));
		setOpaque(true);
		setBackground(Color.WHITE);
		setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
	}

	/** The colour of model {@code i} (in the order of the forecast's models). */
	public static Color modelColor(final int i) {
		return MODEL_COLORS[Math.floorMod(i, MODEL_COLORS.length)];
	}

	/** Shows one neuron's forecast; null clears the plot. Call on the EDT. */
	public void setData(final NeuronForecast.Result result) {
		this.data = result;
		this.series = result == null ? Collections.emptyList() : seriesOf(result);
		repaint();
	}

	/** The frame the viewer shows: a vertical line. Call on the EDT. */
	public void setCurrentFrame(final int frame) {
		this.currentFrame = frame;
		repaint();
	}

	public int currentFrame() {
		return currentFrame;
	}

	/** What is shown, or null. */
	public NeuronForecast.Result data() {
		return data;
	}

	/**
	 * Every line drawn, in drawing order: the recorded trace, each model's
	 * forecast, each model's error per step.
	 */
	public List<Series> series() {
		return series;
	}

	/** The shaded context, first and last frame, or null when empty. */
	public int[] contextSpan() {
		return data == null || data.contextTo() < data.contextFrom() ? null
			: new int[] { data.contextFrom(), data.contextTo() };
	}

	/** The title line: the neuron's label and the window. */
	public String title() {
		if (data == null) return "No neuron chosen: click a neuron";
		final List<NeuronForecast.Prediction> p = data.predictions();
		final int[] frames = p.get(0).frames();
		// short enough for a side panel; the legend names the context length
		return "Neuron label " + data.label() + " (column " + data.column() +
			"), window " + data.window() + ": frames " + frames[0] + "\u2013" +
			frames[frames.length - 1];
	}

	private static List<Series> seriesOf(final NeuronForecast.Result r) {
		final List<Series> all = new ArrayList<>();
		final List<NeuronForecast.Prediction> predictions = r.predictions();
		final double[] trace = r.trace();
		if (trace.length > 0) {
			final double[] x = new double[trace.length];
			for (int i = 0; i < x.length; i++)
				x[i] = r.traceFrom() + i;
			all.add(new Series("recorded", RECORDED, Panel.TRACE, x, trace, false));
		}
		else all.add(new Series("recorded (targets)", RECORDED, Panel.TRACE, frames(
			predictions.get(0)), predictions.get(0).targets(), false));
		for (int m = 0; m < predictions.size(); m++) {
			final NeuronForecast.Prediction p = predictions.get(m);
			all.add(new Series(p.name(), modelColor(m), Panel.TRACE, frames(p), p
				.predicted(), true));
		}
		for (int m = 0; m < predictions.size(); m++) {
			final NeuronForecast.Prediction p = predictions.get(m);
			final double[] steps = new double[p.steps()];
			for (int s = 0; s < steps.length; s++)
				steps[s] = s + 1;
			all.add(new Series(p.name(), modelColor(m), Panel.ERROR, steps, p
				.errors(), true));
		}
		return Collections.unmodifiableList(all);
	}

	private static double[] frames(final NeuronForecast.Prediction p) {
		final int[] f = p.frames();
		final double[] x = new double[f.length];
		for (int i = 0; i < f.length; i++)
			x[i] = f[i];
		return x;
	}

	/**
	 * Where point {@code index} of {@code s} is drawn in a plot {@code width} ×
	 * {@code height} pixels.
	 */
	public Point2D pixel(final Series s, final int index, final int width,
		final int height)
	{
		return layout(width, height).axes(s.panel).toPixel(s.x[index], s.y[index]);
	}

	@Override
	protected void paintComponent(final Graphics graphics) {
		final Graphics2D g = (Graphics2D) graphics.create();
		try {
			paintPlot(g, getWidth(), getHeight());
		}
		finally {
			g.dispose();
		}
	}

	/** Paints the whole plot into {@code g}, {@code width} × {@code height}. */
	public void paintPlot(final Graphics2D g, final int width, final int height) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
			RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setColor(getBackground());
		g.fillRect(0, 0, width, height);
		g.setFont(getFont());
		g.setColor(Color.BLACK);
		g.setFont(getFont().deriveFont(Font.BOLD, 13f));
		g.drawString(title(), LEFT, 18);
		g.setFont(getFont());
		if (data == null) return;
		final Layout layout = layout(width, height);
		final Axes top = layout.trace;
		final Axes bottom = layout.error;
		final int[] context = contextSpan();
		if (context != null) {
			final double from = Math.max(top.xMin, context[0] - 0.5);
			final double to = Math.min(top.xMax, context[1] + 0.5);
			if (to > from) {
				g.setColor(CONTEXT);
				final int x0 = (int) Math.round(top.toPixel(from, 0).getX());
				final int x1 = (int) Math.round(top.toPixel(to, 0).getX());
				g.fillRect(x0, top.area.y, x1 - x0, top.area.height);
			}
		}
		top.drawFrame(g, "frame", "activity");
		bottom.drawFrame(g, "steps ahead", "|target − prediction|");
		final Stroke line = new BasicStroke(1.6f, BasicStroke.CAP_ROUND,
			BasicStroke.JOIN_ROUND);
		for (final Series s : series)
			draw(g, s, layout.axes(s.panel), line);
		drawCurrentFrame(g, top, bottom);
		drawLegend(g, width);
	}

	private void drawCurrentFrame(final Graphics2D g, final Axes top,
		final Axes bottom)
	{
		g.setColor(CURRENT_FRAME);
		g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
			BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 3f }, 0f));
		if (currentFrame >= top.xMin && currentFrame <= top.xMax) {
			final int x = (int) Math.round(top.toPixel(currentFrame, 0).getX());
			g.drawLine(x, top.area.y, x, top.area.y + top.area.height);
		}
		final int step = currentFrame - data.predictions().get(0).frames()[0] + 1;
		if (step >= bottom.xMin && step <= bottom.xMax) {
			final int x = (int) Math.round(bottom.toPixel(step, 0).getX());
			g.drawLine(x, bottom.area.y, x, bottom.area.y + bottom.area.height);
		}
		g.setStroke(new BasicStroke(1f));
	}

	private static void draw(final Graphics2D g, final Series s, final Axes a,
		final Stroke line)
	{
		final ClipScope clip = new ClipScope(g, a.area);
		g.setColor(s.color);
		g.setStroke(line);
		final Path2D path = new Path2D.Double();
		boolean open = false;
		for (int i = 0; i < s.x.length; i++) {
			if (!(Math.abs(s.y[i]) <= Double.MAX_VALUE)) {
				open = false;
				continue;
			}
			final Point2D p = a.toPixel(s.x[i], s.y[i]);
			if (open) path.lineTo(p.getX(), p.getY());
			else path.moveTo(p.getX(), p.getY());
			open = true;
		}
		g.draw(path);
		if (s.markers) for (int i = 0; i < s.x.length; i++) {
			if (!(Math.abs(s.y[i]) <= Double.MAX_VALUE)) continue;
			final Point2D p = a.toPixel(s.x[i], s.y[i]);
			g.fill(new Ellipse2D.Double(p.getX() - 3, p.getY() - 3, 6, 6));
		}
		clip.restore();
	}

	/** Legend entries: names and colours, recorded first. */
	private List<LegendEntry> legend() {
		final List<LegendEntry> entries = new ArrayList<>();
		if (data == null) return entries;
		entries.add(new LegendEntry(series.get(0).name, RECORDED, false));
		if (contextSpan() != null) entries.add(new LegendEntry("context (" + (data
			.contextTo() - data.contextFrom() + 1) + " frames)", CONTEXT, true));
		final List<NeuronForecast.Prediction> p = data.predictions();
		for (int m = 0; m < p.size(); m++)
			entries.add(new LegendEntry(p.get(m).name() + String.format(Locale.ROOT,
				" (MAE %.4g)", p.get(m).meanError()), modelColor(m), false));
		return entries;
	}

	/** Where each legend entry starts, left to right in rows: {x, row}. */
	private List<int[]> legendPlaces(final List<LegendEntry> entries,
		final FontMetrics fm, final int width)
	{
		final List<int[]> places = new ArrayList<>();
		int x = LEFT;
		int row = 0;
		for (final LegendEntry e : entries) {
			final int w = LEGEND_SWATCH + fm.stringWidth(e.name) + 18;
			if (x > LEFT && x + w > width - RIGHT) {
				x = LEFT;
				row++;
			}
			places.add(new int[] { x, row });
			x += w;
		}
		return places;
	}

	private void drawLegend(final Graphics2D g, final int width) {
		final FontMetrics fm = g.getFontMetrics();
		final List<LegendEntry> entries = legend();
		final List<int[]> places = legendPlaces(entries, fm, width);
		for (int i = 0; i < entries.size(); i++) {
			final LegendEntry e = entries.get(i);
			final int x = places.get(i)[0];
			final int cy = TITLE + places.get(i)[1] * fm.getHeight() + fm
				.getHeight() / 2;
			g.setColor(e.color);
			if (e.area) g.fillRect(x, cy - 5, LEGEND_SWATCH - 4, 10);
			else {
				g.setStroke(new BasicStroke(2f));
				g.drawLine(x, cy, x + LEGEND_SWATCH - 4, cy);
				g.setStroke(new BasicStroke(1f));
			}
			g.setColor(Color.BLACK);
			g.drawString(e.name, x + LEGEND_SWATCH + 2, cy + fm.getAscent() / 2 - 1);
		}
	}

	/** One legend line: a swatch and a name. */
	private static final class LegendEntry {

		final String name;

		final Color color;

		final boolean area;

		LegendEntry(final String name, final Color color, final boolean area) {
			this.name = name;
			this.color = color;
			this.area = area;
		}
	}

	private Layout layout(final int width, final int height) {
		final FontMetrics fm = getFontMetrics(getFont());
		final List<int[]> legend = legendPlaces(legend(), fm, width);
		final int top = TITLE + (legend.isEmpty() ? 0 : (legend.get(legend.size() -
			1)[1] + 1) * fm.getHeight()) + 6;
		final int plotWidth = Math.max(10, width - LEFT - RIGHT);
		final int free = Math.max(20, height - top - 2 * AXIS - GAP);
		final int topHeight = (int) Math.round(free * 0.62);
		final Rectangle topArea = new Rectangle(LEFT, top, plotWidth, topHeight);
		final Rectangle bottomArea = new Rectangle(LEFT, top + topHeight + AXIS +
			GAP, plotWidth, free - topHeight);
		double xMin = Double.MAX_VALUE;
		double xMax = -Double.MAX_VALUE;
		double yMin = Double.MAX_VALUE;
		double yMax = -Double.MAX_VALUE;
		int steps = 1;
		double errorMax = 0;
		for (final Series s : series)
			for (int i = 0; i < s.x.length; i++) {
				if (s.panel == Panel.ERROR) {
					steps = Math.max(steps, (int) s.x[i]);
					if (Math.abs(s.y[i]) <= Double.MAX_VALUE) errorMax = Math.max(
						errorMax, s.y[i]);
					continue;
				}
				xMin = Math.min(xMin, s.x[i]);
				xMax = Math.max(xMax, s.x[i]);
				if (Math.abs(s.y[i]) <= Double.MAX_VALUE) {
					yMin = Math.min(yMin, s.y[i]);
					yMax = Math.max(yMax, s.y[i]);
				}
			}
		if (xMin > xMax) {
			xMin = 0;
			xMax = 1;
		}
		if (xMax == xMin) xMax = xMin + 1;
		if (yMin > yMax) {
			yMin = 0;
			yMax = 1;
		}
		final double pad = yMax > yMin ? (yMax - yMin) * 0.06 : 1;
		final Axes trace = new Axes(topArea, xMin, xMax, yMin - pad, yMax + pad);
		final Axes error = new Axes(bottomArea, 0.5, steps + 0.5, 0, errorMax > 0
			? errorMax * 1.08 : 1);
		return new Layout(trace, error);
	}

	/** The two plots' axes at one size. */
	private static final class Layout {

		final Axes trace;

		final Axes error;

		Layout(final Axes trace, final Axes error) {
			this.trace = trace;
			this.error = error;
		}

		Axes axes(final Panel panel) {
			return panel == Panel.TRACE ? trace : error;
		}
	}

	/** A plot area and the data ranges it maps. */
	private static final class Axes {

		final Rectangle area;

		final double xMin;

		final double xMax;

		final double yMin;

		final double yMax;

		Axes(final Rectangle area, final double xMin, final double xMax,
			final double yMin, final double yMax)
		{
			this.area = area;
			this.xMin = xMin;
			this.xMax = xMax;
			this.yMin = yMin;
			this.yMax = yMax;
		}

		Point2D toPixel(final double x, final double y) {
			return new Point2D.Double(area.x + (x - xMin) / (xMax - xMin) *
				area.width, area.y + area.height - (y - yMin) / (yMax - yMin) *
					area.height);
		}

		/** Box, ticks with numbers, and axis titles. */
		void drawFrame(final Graphics2D g, final String xTitle,
			final String yTitle)
		{
			final FontMetrics fm = g.getFontMetrics();
			g.setStroke(new BasicStroke(1f));
			final double xStep = Math.max(1, Ticks.step(xMax - xMin, Math.max(2,
				area.width / 80))); // frames and steps are whole
			for (double x = Math.ceil(xMin / xStep) * xStep; x <= xMax; x += xStep) {
				final int px = (int) Math.round(toPixel(x, yMin).getX());
				g.setColor(new Color(235, 235, 235));
				g.drawLine(px, area.y, px, area.y + area.height);
				g.setColor(Color.BLACK);
				g.drawLine(px, area.y + area.height, px, area.y + area.height + 4);
				final String label = Ticks.format(x, xStep);
				g.drawString(label, px - fm.stringWidth(label) / 2, area.y +
					area.height + 4 + fm.getAscent());
			}
			final double yStep = Ticks.step(yMax - yMin, Math.max(2, area.height /
				32));
			for (double y = Math.ceil(yMin / yStep) * yStep; y <= yMax; y += yStep) {
				final int py = (int) Math.round(toPixel(xMin, y).getY());
				g.setColor(new Color(235, 235, 235));
				g.drawLine(area.x, py, area.x + area.width, py);
				g.setColor(Color.BLACK);
				g.drawLine(area.x - 4, py, area.x, py);
				final String label = Ticks.format(y, yStep);
				g.drawString(label, area.x - 6 - fm.stringWidth(label), py + fm
					.getAscent() / 2 - 1);
			}
			g.setColor(Color.DARK_GRAY);
			g.drawRect(area.x, area.y, area.width, area.height);
			g.setColor(Color.BLACK);
			g.drawString(xTitle, area.x + (area.width - fm.stringWidth(xTitle)) / 2,
				area.y + area.height + 6 + fm.getAscent() + fm.getHeight());
			final Graphics2D r = (Graphics2D) g.create();
			r.rotate(-Math.PI / 2);
			r.drawString(yTitle, -(area.y + (area.height + fm.stringWidth(yTitle)) /
				2), area.x - 46);
			r.dispose();
		}
	}

	/** Clips a series to its plot (and a marker's width), then restores. */
	private static final class ClipScope {

		private final Graphics2D g;

		private final java.awt.Shape old;

		ClipScope(final Graphics2D g, final Rectangle area) {
			this.g = g;
			this.old = g.getClip();
			g.clipRect(area.x - 4, area.y - 4, area.width + 8, area.height + 8);
		}

		void restore() {
			g.setClip(old);
		}
	}
}
