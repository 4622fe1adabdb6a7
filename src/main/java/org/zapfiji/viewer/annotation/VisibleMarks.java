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

import java.util.List;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * Which marks the current plane cuts, and the ellipse it cuts from each, in
 * screen pixels.
 * <p>
 * A mark is an ellipsoid (its radius per axis around its center). The plane
 * (screen depth 0) cuts it in an ellipse that shrinks to a point as the plane
 * reaches the ellipsoid's surface, so a mark fades in and out over its radius
 * as the annotator browses; beyond, it is not drawn at all.
 * <p>
 * Only marks near the plane are looked at, through the store's box index: the
 * screen, widened by the largest radius, and that radius either side of the
 * plane. On an oblique plane the box around that slab would hold a large part
 * of the volume, so the screen is cut into tiles whose boxes together hug the
 * slab; each mark is reported by the one tile its center falls in.
 */
final class VisibleMarks {

	/** Receives one mark cut by the plane. */
	interface Sink {

		/**
		 * @param cx center of the cut, screen pixels
		 * @param c00 the cut is {@code (s − c)ᵀ C⁻¹ (s − c) ≤ 1} with C =
		 *          {@code [c00 c01; c01 c11]} in pixels², so a circle of radius r
		 *          has c00 = c11 = r² and c01 = 0
		 */
		void accept(Mark m, double cx, double cy, double c00, double c01,
			double c11);
	}

	/** Edge of a tile on oblique planes, pixels. */
	static final int TILE = 64;

	/** At most this many tiles per screen axis. */
	static final int MOST_TILES = 32;

	private final Affine3D view;

	/** Linear part row by row, then translation. */
	private final double a0, a1, a2, a3, a4, a5, a6, a7, a8, t0, t1, t2;

	/** @param view global (µm) to screen, as the snapshot has it */
	VisibleMarks(final Affine3D view) {
		this.view = view;
		a0 = view.get(0, 0);
		a1 = view.get(0, 1);
		a2 = view.get(0, 2);
		a3 = view.get(1, 0);
		a4 = view.get(1, 1);
		a5 = view.get(1, 2);
		a6 = view.get(2, 0);
		a7 = view.get(2, 1);
		a8 = view.get(2, 2);
		t0 = view.get(0, 3);
		t1 = view.get(1, 3);
		t2 = view.get(2, 3);
	}

	/**
	 * Calls {@code sink} for every mark of the store that the plane cuts within
	 * {@code width × height} (or close enough to reach into it), once each.
	 *
	 * @param maxRadius at least the largest radius of any mark, µm
	 * @param time marks of other frames are left out
	 * @param skip id of a mark to leave out (one being moved), or 0
	 */
	void forEach(final ProjectStore store, final int width, final int height,
		final double maxRadius, final int time, final long skip, final Sink sink)
	{
		final double mx = maxRadius * Math.sqrt(a0 * a0 + a1 * a1 + a2 * a2);
		final double my = maxRadius * Math.sqrt(a3 * a3 + a4 * a4 + a5 * a5);
		final double depth = Math.sqrt(a6 * a6 + a7 * a7 + a8 * a8);
		final double mz = maxRadius * depth;
		final double spanX = width + 2 * mx, spanY = height + 2 * my;
		final boolean aligned = Math.max(Math.abs(a6), Math.max(Math.abs(a7), Math
			.abs(a8))) > 0.9999 * depth;
		final int nx = aligned ? 1 : tiles(spanX);
		final int ny = aligned ? 1 : tiles(spanY);
		final Affine3D inverse = view.inverse();
		final double[] min = new double[3], max = new double[3], p = new double[3];
		final double[] cut = new double[5];
		for (int j = 0; j < ny; j++) {
			final double y0 = -my + spanY * j / ny;
			final double y1 = j == ny - 1 ? height + my : -my + spanY * (j + 1) / ny;
			for (int i = 0; i < nx; i++) {
				final double x0 = -mx + spanX * i / nx;
				final double x1 = i == nx - 1 ? width + mx : -mx + spanX * (i + 1) / nx;
				box(inverse, x0, x1, y0, y1, mz, min, max, p);
				final List<Mark> found = store.marksIn(min, max);
				for (final Mark m : found) {
					if (m.id() == skip || !MarkEditor.shownAt(m, time)) continue;
					if (nx * ny > 1) {
						// Each mark belongs to the one tile its center falls in.
						final double sx = a0 * m.x() + a1 * m.y() + a2 * m.z() + t0;
						final double sy = a3 * m.x() + a4 * m.y() + a5 * m.z() + t1;
						if (sx < x0 || sy < y0 || sx >= x1 && i < nx - 1 || sy >= y1 &&
							j < ny - 1) continue;
					}
					if (cut(m, cut)) sink.accept(m, cut[0], cut[1], cut[2], cut[3],
						cut[4]);
				}
			}
		}
	}

	/**
	 * The ellipse the plane cuts from {@code m} at its own position, into
	 * {@code out} as cx, cy, c00, c01, c11 (see {@link Sink}).
	 *
	 * @return false when the plane misses the mark
	 */
	boolean cut(final Mark m, final double[] out) {
		final double[] r = m.radius();
		return cut(m.x(), m.y(), m.z(), r[0], r[1], r[2], out);
	}

	/**
	 * The cut of an ellipsoid. On screen the mark is {p + B u : |u| ≤ 1}, B = A
	 * diag(r); with S = B Bᵀ, the plane s_z = 0 cuts an ellipse centred at p_xy −
	 * S_xy,z p_z / S_zz whose matrix is the Schur complement S_xy,xy − S_xy,z
	 * S_z,xy / S_zz scaled by 1 − p_z² / S_zz: the slice of an ellipsoid.
	 */
	boolean cut(final double x, final double y, final double z, final double rx,
		final double ry, final double rz, final double[] out)
	{
		final double pz = a6 * x + a7 * y + a8 * z + t2;
		final double qx = rx * rx, qy = ry * ry, qz = rz * rz;
		final double s22 = a6 * a6 * qx + a7 * a7 * qy + a8 * a8 * qz;
		final double f = 1 - pz * pz / s22;
		if (!(f > 0)) return false;
		final double px = a0 * x + a1 * y + a2 * z + t0;
		final double py = a3 * x + a4 * y + a5 * z + t1;
		final double s00 = a0 * a0 * qx + a1 * a1 * qy + a2 * a2 * qz;
		final double s01 = a0 * a3 * qx + a1 * a4 * qy + a2 * a5 * qz;
		final double s11 = a3 * a3 * qx + a4 * a4 * qy + a5 * a5 * qz;
		final double s02 = a0 * a6 * qx + a1 * a7 * qy + a2 * a8 * qz;
		final double s12 = a3 * a6 * qx + a4 * a7 * qy + a5 * a8 * qz;
		out[0] = px - s02 * pz / s22;
		out[1] = py - s12 * pz / s22;
		out[2] = (s00 - s02 * s02 / s22) * f;
		out[3] = (s01 - s02 * s12 / s22) * f;
		out[4] = (s11 - s12 * s12 / s22) * f;
		return true;
	}

	/** Screen position of a global point, x, y, depth. */
	double[] screen(final double[] global) {
		return view.apply(global[0], global[1], global[2]);
	}

	private static int tiles(final double span) {
		return (int) Math.max(1, Math.min(MOST_TILES, Math.ceil(span / TILE)));
	}

	/** Global bounding box of the screen box x0..x1, y0..y1, −mz..mz. */
	private static void box(final Affine3D inverse, final double x0,
		final double x1, final double y0, final double y1, final double mz,
		final double[] min, final double[] max, final double[] p)
	{
		for (int d = 0; d < 3; d++) {
			min[d] = Double.POSITIVE_INFINITY;
			max[d] = Double.NEGATIVE_INFINITY;
		}
		for (int corner = 0; corner < 8; corner++) {
			p[0] = (corner & 1) == 0 ? x0 : x1;
			p[1] = (corner & 2) == 0 ? y0 : y1;
			p[2] = (corner & 4) == 0 ? -mz : mz;
			inverse.apply(p, p);
			for (int d = 0; d < 3; d++) {
				min[d] = Math.min(min[d], p[d]);
				max[d] = Math.max(max[d], p[d]);
			}
		}
	}
}
