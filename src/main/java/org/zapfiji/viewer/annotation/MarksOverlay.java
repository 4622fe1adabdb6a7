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
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.HashMap;
import java.util.Map;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * The marks of a project where the current plane cuts them: each as the ellipse
 * the plane cuts from it, so it grows and shrinks as the annotator browses
 * through it and is hidden beyond its radius (see {@link VisibleMarks});
 * coloured by status or by annotator; the selected mark, or the one being
 * moved, ringed in white. Regions are drawn dashed where the plane cuts them
 * (the one last drawn or chosen solid), and a cross shows where the next
 * snapping add would put the mark.
 * <p>
 * Fast with many marks: only marks near the plane are looked at (the store's
 * box index); outlines up to a few dozen pixels, nearly all of them, are copied
 * from ready-drawn stamps ({@link OutlineStamps}), and the larger ones of one
 * colour go to Java2D as one path.
 */
public final class MarksOverlay implements ViewerOverlay {

	/** Bézier handle length that draws a quarter circle. */
	private static final double KAPPA = 0.5522847498307936;

	private static final BasicStroke OUTLINE = new BasicStroke(1.5f);

	private static final BasicStroke HALO = new BasicStroke(4.5f);

	private static final BasicStroke REGION = new BasicStroke(1.2f,
		BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f },
		0f);

	/** The region last drawn or chosen: solid, so its keys' target is seen. */
	private static final BasicStroke REGION_SELECTED = new BasicStroke(2f);

	private static final Color REGION_COMPLETE = new Color(140, 255, 140);

	private static final Color REGION_IN_PROGRESS = new Color(225, 225, 225);

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

	private final MarkEditor editor;

	private final OutlineStamps stamps = new OutlineStamps(OUTLINE);

	private volatile SnapPreview preview;

	private volatile boolean byAnnotator;

	private volatile int drawn;

	public MarksOverlay(final MarkEditor editor) {
		this.editor = editor;
	}

	/** Shows where the next snapping add would land, as {@code preview} says. */
	void setPreview(final SnapPreview newPreview) {
		preview = newPreview;
	}

	/** Colour by annotator instead of status, or back. */
	public void setColorByAnnotator(final boolean on) {
		byAnnotator = on;
	}

	public boolean colorByAnnotator() {
		return byAnnotator;
	}

	/** How many marks the latest {@link #draw} drew. */
	public int drawn() {
		return drawn;
	}

	@Override
	public void draw(final Graphics2D g, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
			RenderingHints.VALUE_ANTIALIAS_ON);
		final VisibleMarks visible = new VisibleMarks(snapshot.transform());
		final Outlines outlines = new Outlines(g, stamps, byAnnotator, editor
			.selectedId());
		final Mark moving = editor.moving().orElse(null);
		visible.forEach(editor.store(), width, height, editor.maxRadius(), snapshot
			.time(), moving == null ? 0 : moving.id(), outlines);
		g.setStroke(OUTLINE);
		outlines.draw();
		if (moving != null) {
			final double[] cut = new double[5];
			if (visible.cut(moving, cut)) outlines.selected(moving, cut);
		}
		outlines.drawSelected();
		drawn = outlines.count + (moving != null ? 1 : 0);
		drawRegions(g, snapshot.transform());
		drawPreview(g, visible);
		drawLegend(g, width, height);
	}

	/**
	 * Stamps the small upright outlines at once, collects the others by colour,
	 * keeps the selected one apart.
	 */
	private static final class Outlines implements VisibleMarks.Sink {

		private final Graphics2D g;

		private final OutlineStamps stamps;

		private final boolean byAnnotator;

		private final long selectedId;

		private final Path2D.Double[] byStatus = new Path2D.Double[MarkStatus
			.values().length];

		private final Map<String, Path2D.Double> byName = new HashMap<>();

		private Mark selected;

		private double[] selectedCut;

		private int count;

		Outlines(final Graphics2D g, final OutlineStamps stamps,
			final boolean byAnnotator, final long selectedId)
		{
			this.g = g;
			this.stamps = stamps;
			this.byAnnotator = byAnnotator;
			this.selectedId = selectedId;
		}

		@Override
		public void accept(final Mark m, final double cx, final double cy,
			final double c00, final double c01, final double c11)
		{
			count++;
			if (m.id() == selectedId) {
				selected(m, new double[] { cx, cy, c00, c01, c11 });
				return;
			}
			// Pixel i shows screen point i at its centre: half a pixel on.
			final double x = cx + 0.5, y = cy + 0.5;
			final double[] l = factor(c00, c01, c11);
			if (stamps.draw(g, color(m), x, y, l[0], l[1], l[2])) return;
			Path2D.Double path;
			if (byAnnotator) path = byName.computeIfAbsent(m.annotator(),
				k -> new Path2D.Double());
			else {
				final int s = m.status().ordinal();
				if (byStatus[s] == null) byStatus[s] = new Path2D.Double();
				path = byStatus[s];
			}
			ellipse(path, x, y, l[0], l[1], l[2]);
		}

		private final Map<String, Color> nameColors = new HashMap<>();

		private Color color(final Mark m) {
			return byAnnotator ? nameColors.computeIfAbsent(m.annotator(),
				MarkColors::of) : MarkColors.of(m.status());
		}

		void selected(final Mark m, final double[] cut) {
			selected = m;
			selectedCut = cut;
		}

		void draw() {
			for (final MarkStatus s : MarkStatus.values())
				if (byStatus[s.ordinal()] != null) {
					g.setColor(MarkColors.of(s));
					g.draw(byStatus[s.ordinal()]);
				}
			for (final Map.Entry<String, Path2D.Double> e : byName.entrySet()) {
				g.setColor(MarkColors.of(e.getKey()));
				g.draw(e.getValue());
			}
		}

		/** White halo, then the mark's own colour inside it. */
		void drawSelected() {
			if (selected == null) return;
			final Path2D.Double path = new Path2D.Double();
			final double[] l = factor(selectedCut[2], selectedCut[3], selectedCut[4]);
			ellipse(path, selectedCut[0] + 0.5, selectedCut[1] + 0.5, l[0], l[1],
				l[2]);
			g.setStroke(HALO);
			g.setColor(Color.WHITE);
			g.draw(path);
			g.setStroke(OUTLINE);
			g.setColor(color(selected));
			g.draw(path);
		}
	}

	/**
	 * The outline {@code (s − c)ᵀ C⁻¹ (s − c) = 1} as the unit circle mapped by
	 * the Cholesky factor L of C (L Lᵀ = C): {@code l00, l10, l11}. At least one
	 * pixel in radius, so far-off cuts stay visible.
	 */
	static double[] factor(final double c00, final double c01, final double c11) {
		final double l00 = Math.sqrt(c00), l10 = c01 / l00;
		final double l11 = Math.sqrt(Math.max(0, c11 - l10 * l10));
		if (!(l00 >= 1 || l11 >= 1)) return new double[] { 1, 0, 1 };
		return new double[] { l00, l10, l11 };
	}

	/**
	 * Appends the ellipse centred at {@code (x, y)} (graphics coordinates) whose
	 * Cholesky factor is {@code l00, l10, l11} as four Bézier quarters: the unit
	 * circle's quarters mapped by L.
	 */
	static void ellipse(final Path2D.Double path, final double x, final double y,
		final double l00, final double l10, final double l11)
	{
		final double k = KAPPA;
		path.moveTo(x + l00, y + l10);
		path.curveTo(x + l00, y + l10 + k * l11, x + k * l00, y + k * l10 + l11, x,
			y + l11);
		path.curveTo(x - k * l00, y - k * l10 + l11, x - l00, y - l10 + k * l11, x -
			l00, y - l10);
		path.curveTo(x - l00, y - l10 - k * l11, x - k * l00, y - k * l10 - l11, x,
			y - l11);
		path.curveTo(x + k * l00, y + k * l10 - l11, x + l00, y + l10 - k * l11, x +
			l00, y + l10);
		path.closePath();
	}

	private void drawRegions(final Graphics2D g, final Affine3D view) {
		g.setFont(FONT);
		final long selectedRegion = editor.regions().selectedId();
		for (final Region r : editor.store().regions()) {
			final double[][] polygon = RegionSections.cut(r, view);
			if (polygon == null) continue;
			final Path2D.Double path = new Path2D.Double();
			int top = 0;
			for (int i = 0; i < polygon[0].length; i++) {
				if (i == 0) path.moveTo(polygon[0][i] + 0.5, polygon[1][i] + 0.5);
				else path.lineTo(polygon[0][i] + 0.5, polygon[1][i] + 0.5);
				if (polygon[1][i] < polygon[1][top]) top = i;
			}
			path.closePath();
			g.setStroke(r.id() == selectedRegion ? REGION_SELECTED : REGION);
			g.setColor(r.status() == RegionStatus.COMPLETE ? REGION_COMPLETE
				: REGION_IN_PROGRESS);
			g.draw(path);
			if (!r.name().isEmpty()) g.drawString(r.name(), (float) polygon[0][top] +
				3, (float) polygon[1][top] - 3);
		}
	}

	/** A cross where the mark would land, joined to the mouse by a thin line. */
	private void drawPreview(final Graphics2D g, final VisibleMarks visible) {
		final SnapPreview p = preview;
		if (p == null || !editor.snapping()) return;
		final SnapPreview.Shown shown = p.shown();
		if (shown == null) return;
		final double[] at = visible.screen(shown.position);
		final double[] from = visible.screen(shown.click);
		final double x = at[0] + 0.5, y = at[1] + 0.5, arm = 6;
		g.setStroke(new BasicStroke(1f));
		g.setColor(new Color(255, 255, 255, 140));
		g.draw(new Line2D.Double(from[0] + 0.5, from[1] + 0.5, x, y));
		final Path2D.Double cross = new Path2D.Double();
		cross.moveTo(x - arm, y);
		cross.lineTo(x + arm, y);
		cross.moveTo(x, y - arm);
		cross.lineTo(x, y + arm);
		g.setStroke(new BasicStroke(3.5f));
		g.setColor(Color.BLACK);
		g.draw(cross);
		g.setStroke(new BasicStroke(1.5f));
		g.setColor(MarkColors.of(MarkStatus.UNREVIEWED));
		g.draw(cross);
	}

	/** How A behaves now and what the colours mean, at the bottom right. */
	private void drawLegend(final Graphics2D g, final int width,
		final int height)
	{
		final String snap = !editor.canSnap() ? "no snapping" : editor.snapping()
			? "A snaps: " + editor.snapMethod() : "snapping off";
		final String text = snap + "   marks by " + (byAnnotator ? "annotator"
			: "status");
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
			RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setFont(FONT);
		final FontMetrics metrics = g.getFontMetrics();
		final int x = width - 8 - metrics.stringWidth(text);
		final int y = height - 8;
		g.setColor(Color.BLACK);
		g.drawString(text, x + 1, y + 1);
		g.setColor(Color.WHITE);
		g.drawString(text, x, y);
	}
}
