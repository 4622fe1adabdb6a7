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

package org.zapfiji.viewer.review;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;

import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.ui.input.DragBehaviour;
import org.zapfiji.viewer.ui.input.ViewSteps;

/**
 * Drawing a region: a drag on the plane spans its extent on screen, and the
 * region reaches {@value #PLANES_EACH_SIDE} z steps (slices of the current
 * source) to either side of the plane, so a region drawn in an XY view covers
 * the plane shown and a few above and below. The box is the smallest one, in
 * µm, around that slab; its corners can be changed afterwards (shift R).
 * <p>
 * While the drag lasts the rectangle is drawn as an overlay; nothing is written
 * before the button is let go, then the box goes to {@code done} once.
 */
final class RegionDrawing implements DragBehaviour, ViewerOverlay {

	/** How many z steps a new region reaches to each side of the plane. */
	static final int PLANES_EACH_SIDE = 2;

	/** A drag shorter than this (pixels, on either axis) draws nothing. */
	static final int SMALLEST_DRAG = 3;

	private static final BasicStroke STROKE = new BasicStroke(1.5f,
		BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f },
		0f);

	private final ViewerState state;

	private final Consumer<double[][]> done;

	private final Runnable repaint;

	/** Start and current corner in panel pixels while dragging, else null. */
	private volatile int[] rectangle;

	/**
	 * @param done receives the new box's lower and upper corner (µm)
	 */
	RegionDrawing(final ViewerState state, final Consumer<double[][]> done,
		final Runnable repaint)
	{
		this.state = state;
		this.done = done;
		this.repaint = repaint;
	}

	@Override
	public void init(final int x, final int y) {
		rectangle = new int[] { x, y, x, y };
		repaint.run();
	}

	@Override
	public void drag(final int x, final int y) {
		final int[] r = rectangle;
		if (r == null) return;
		rectangle = new int[] { r[0], r[1], x, y };
		repaint.run();
	}

	@Override
	public void end(final int x, final int y) {
		final int[] r = rectangle;
		rectangle = null;
		repaint.run();
		if (r == null || Math.abs(x - r[0]) < SMALLEST_DRAG || Math.abs(y -
			r[1]) < SMALLEST_DRAG) return;
		done.accept(box(state.snapshot(), r[0], r[1], x, y));
	}

	/** Whether a region is being drawn now. */
	boolean drawing() {
		return rectangle != null;
	}

	/**
	 * The box around the screen rectangle (x0, y0)–(x1, y1) swept
	 * {@value #PLANES_EACH_SIDE} z steps to each side of the plane: lower and
	 * upper corner in µm.
	 */
	static double[][] box(final ViewerSnapshot snapshot, final double x0,
		final double y0, final double x1, final double y1)
	{
		final Affine3D toGlobal = snapshot.transform().inverse();
		final double[] axis = toGlobal.step(2);
		final double globalPerScreen = Math.sqrt(axis[0] * axis[0] + axis[1] *
			axis[1] + axis[2] * axis[2]);
		final double depth = PLANES_EACH_SIDE * ViewSteps.zStep(snapshot) /
			globalPerScreen;
		final double[] min = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
			Double.POSITIVE_INFINITY };
		final double[] max = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
			Double.NEGATIVE_INFINITY };
		for (int c = 0; c < 8; c++) {
			final double[] p = toGlobal.apply((c & 1) == 0 ? x0 : x1, (c & 2) == 0
				? y0 : y1, (c & 4) == 0 ? -depth : depth);
			for (int d = 0; d < 3; d++) {
				min[d] = Math.min(min[d], p[d]);
				max[d] = Math.max(max[d], p[d]);
			}
		}
		return new double[][] { min, max };
	}

	@Override
	public void draw(final Graphics2D g, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		final int[] r = rectangle;
		if (r == null) return;
		final Rectangle2D.Double box = new Rectangle2D.Double(Math.min(r[0], r[2]) +
			0.5, Math.min(r[1], r[3]) + 0.5, Math.abs(r[2] - r[0]), Math.abs(r[3] -
				r[1]));
		g.setStroke(new BasicStroke(3.5f));
		g.setColor(new Color(0, 0, 0, 120));
		g.draw(box);
		g.setStroke(STROKE);
		g.setColor(Color.WHITE);
		g.draw(box);
	}
}
