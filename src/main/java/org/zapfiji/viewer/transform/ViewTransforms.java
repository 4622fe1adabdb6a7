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

package org.zapfiji.viewer.transform;

/**
 * The navigation maths of the viewer, on viewer transforms (global µm to screen
 * pixels; screen x right, y down, z into the screen, the shown plane at screen
 * z = 0).
 * <p>
 * Every change is made in screen space about a screen point, so the point under
 * the mouse stays under the mouse: that is what makes zooming and rotating feel
 * anchored, as in BigDataViewer.
 */
public final class ViewTransforms {

	private ViewTransforms() {}

	/** Moves the picture by {@code dx, dy} pixels and the plane by {@code dz}. */
	public static Affine3D translate(final Affine3D view, final double dx,
		final double dy, final double dz)
	{
		return view.then(Affine3D.translation(dx, dy, dz));
	}

	/** Scales by {@code factor} about screen point {@code (x, y)}. */
	public static Affine3D zoom(final Affine3D view, final double factor,
		final double x, final double y)
	{
		if (!(factor > 0) || Double.isInfinite(factor))
			throw new IllegalArgumentException("zoom factor must be > 0: " + factor);
		return about(view, Affine3D.scaling(factor, factor, factor), x, y, 0);
	}

	/**
	 * Rotates about a screen axis through screen point {@code (x, y, z)}.
	 *
	 * @param axis 0, 1, 2 for the screen's x, y and viewing axis
	 */
	public static Affine3D rotate(final Affine3D view, final int axis,
		final double radians, final double x, final double y, final double z)
	{
		return about(view, Affine3D.rotation(axis, radians), x, y, z);
	}

	/**
	 * The view of {@code plane} at the same scale, with the global point now at
	 * screen {@code (x, y, 0)} staying there: BigDataViewer's "align plane".
	 */
	public static Affine3D align(final Affine3D view, final Plane plane,
		final double x, final double y)
	{
		final double[] anchor = view.inverse().apply(x, y, 0);
		final double s = view.scale();
		final Affine3D turned = plane.rotation().then(Affine3D.scaling(s, s, s));
		final double[] at = turned.apply(anchor[0], anchor[1], anchor[2]);
		return turned.then(Affine3D.translation(x - at[0], y - at[1], -at[2]));
	}

	/**
	 * A view of {@code plane} whose screen centre shows global point
	 * {@code center} at {@code pixelsPerUnit} screen pixels per global unit.
	 */
	public static Affine3D centeredOn(final double[] center, final Plane plane,
		final double pixelsPerUnit, final int width, final int height)
	{
		final Affine3D turned = plane.rotation().then(Affine3D.scaling(
			pixelsPerUnit, pixelsPerUnit, pixelsPerUnit));
		final double[] at = turned.apply(center[0], center[1], center[2]);
		return turned.then(Affine3D.translation(width / 2.0 - at[0], height / 2.0 -
			at[1], -at[2]));
	}

	/**
	 * The same view (orientation and scale) moved so that global point
	 * {@code point} shows at screen {@code (x, y)} on the shown plane (screen z =
	 * 0): the plane moves through the point along the viewing axis. Going to a
	 * mark this way keeps the annotator's angle and zoom.
	 */
	public static Affine3D centeredAt(final Affine3D view, final double[] point,
		final double x, final double y)
	{
		final double[] at = view.apply(point[0], point[1], point[2]);
		return translate(view, x - at[0], y - at[1], -at[2]);
	}

	/**
	 * Screen pixels per global unit at which a box of {@code extent} (x, y, z
	 * global units), seen as {@code plane} shows it, fills a window of the given
	 * size.
	 */
	public static double fitScale(final double[] extent, final Plane plane,
		final int width, final int height)
	{
		final Affine3D r = plane.rotation();
		double w = 0, h = 0;
		for (int d = 0; d < 3; d++) {
			w += Math.abs(r.get(0, d)) * extent[d];
			h += Math.abs(r.get(1, d)) * extent[d];
		}
		final double sx = w > 0 ? width / w : 1;
		final double sy = h > 0 ? height / h : 1;
		return Math.min(sx, sy);
	}

	/** The global point shown at screen {@code (x, y)}. */
	public static double[] globalAt(final Affine3D view, final double x,
		final double y)
	{
		return view.inverse().apply(x, y, 0);
	}

	private static Affine3D about(final Affine3D view, final Affine3D change,
		final double x, final double y, final double z)
	{
		return view.then(Affine3D.translation(-x, -y, -z)).then(change).then(
			Affine3D.translation(x, y, z));
	}
}
