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

package org.zapfiji.viewer.ui.input;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * The navigation maths that is not in {@link ViewTransforms}: how far one z
 * step goes, drags measured from where they started, and bookmarks kept
 * relative to the window centre. GUI-free, so tests check it directly.
 */
public final class ViewSteps {

	/** One degree: a drag rotates this much per pixel, a key per press. */
	public static final double DEGREE = Math.PI / 180;

	private ViewSteps() {}

	/**
	 * One z step in global units: how far the shown plane may move along the
	 * viewing direction before it reaches the next voxel of the current source's
	 * full resolution, i.e. {@code 1 / max |A⁻¹ d|} for the source's
	 * voxel-to-global linear part A and unit viewing direction d. In an XY view
	 * of 0.406 × 0.406 × 4 µm voxels that is 4 µm, one slice; in a ZY view 0.406
	 * µm; obliquely, the step after which some voxel coordinate has moved by one,
	 * so no slice is skipped. Without sources: one screen pixel.
	 */
	public static double zStep(final ViewerSnapshot snapshot) {
		final Affine3D view = snapshot.transform();
		final double[] d = view.inverse().step(2);
		final double length = norm(d);
		final int current = snapshot.currentSource();
		if (current < 0) return length;
		final ViewerSource source = snapshot.sources().get(current);
		final int t = Math.max(0, Math.min(snapshot.time(), source.numTimepoints() -
			1));
		final Affine3D toVoxel = source.voxelToGlobal(0, t).inverse();
		double most = 0;
		for (int row = 0; row < 3; row++) {
			double u = 0;
			for (int col = 0; col < 3; col++)
				u += toVoxel.get(row, col) * d[col] / length;
			most = Math.max(most, Math.abs(u));
		}
		return most > 0 ? 1 / most : length;
	}

	/**
	 * Moves the plane {@code steps} z steps along the viewing axis, in
	 * BigDataViewer's direction: positive steps (wheel towards the user,
	 * {@code forward z}) add to the screen z translation.
	 */
	public static Affine3D browseZ(final Affine3D view, final double steps,
		final double globalStep)
	{
		final double screenPerGlobal = 1 / norm(view.inverse().step(2));
		return ViewTransforms.translate(view, 0, 0, steps * globalStep *
			screenPerGlobal);
	}

	/**
	 * BigDataViewer's drag rotation: from the transform at the drag's start,
	 * about the start point; horizontal motion turns about the screen's y axis,
	 * vertical motion about its x axis, {@code speed} degrees per pixel.
	 */
	public static Affine3D dragRotate(final Affine3D start, final int startX,
		final int startY, final int x, final int y, final double speed)
	{
		final double dx = startX - x;
		final double dy = startY - y;
		final Affine3D tilted = ViewTransforms.rotate(start, 0, -dy * DEGREE *
			speed, startX, startY, 0);
		return ViewTransforms.rotate(tilted, 1, dx * DEGREE * speed, startX, startY,
			0);
	}

	/** The picture follows the mouse: what was under the start is under it. */
	public static Affine3D dragTranslate(final Affine3D start, final int startX,
		final int startY, final int x, final int y)
	{
		return ViewTransforms.translate(start, x - startX, y - startY, 0);
	}

	/**
	 * A bookmark as BigDataViewer keeps it: the view with the window centre moved
	 * to the screen origin, so it shows the same centre in a window of another
	 * size.
	 */
	public static Affine3D bookmarkOf(final Affine3D view, final int width,
		final int height)
	{
		return ViewTransforms.translate(view, -width / 2.0, -height / 2.0, 0);
	}

	/** The view a {@link #bookmarkOf bookmark} stands for in this window. */
	public static Affine3D viewOf(final Affine3D bookmark, final int width,
		final int height)
	{
		return ViewTransforms.translate(bookmark, width / 2.0, height / 2.0, 0);
	}

	/**
	 * {@code view} turned to the bookmark's orientation, keeping its own scale
	 * and the global point at screen {@code (x, y)}.
	 */
	public static Affine3D withRotationOf(final Affine3D view,
		final Affine3D bookmark, final double x, final double y)
	{
		final double[] anchor = view.inverse().apply(x, y, 0);
		final double ratio = view.scale() / bookmark.scale();
		final double[] m = bookmark.rowMajor();
		for (int row = 0; row < 3; row++) {
			for (int col = 0; col < 3; col++)
				m[4 * row + col] *= ratio;
			m[4 * row + 3] = 0;
		}
		final Affine3D turned = Affine3D.of(m);
		final double[] at = turned.apply(anchor[0], anchor[1], anchor[2]);
		return turned.then(Affine3D.translation(x - at[0], y - at[1], -at[2]));
	}

	private static double norm(final double[] v) {
		return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
	}
}
