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

import java.util.ArrayList;
import java.util.List;

import org.zapfiji.annotation.Region;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * Where the current plane cuts an annotated region: a region is a box in µm,
 * and a plane through a box cuts a convex polygon of three to six corners (a
 * rectangle when the plane is one of the box's own).
 */
final class RegionSections {

	/**
	 * The corner pairs of a box's twelve edges, corners numbered by bits x, y, z.
	 */
	private static final int[][] EDGES = { { 0, 1 }, { 2, 3 }, { 4, 5 }, { 6, 7 },
		{ 0, 2 }, { 1, 3 }, { 4, 6 }, { 5, 7 }, { 0, 4 }, { 1, 5 }, { 2, 6 }, { 3,
			7 } };

	private RegionSections() {}

	/**
	 * The polygon the plane (screen depth 0) cuts from {@code region}, as screen
	 * x and y coordinates in order around it; null when the plane misses it.
	 */
	static double[][] cut(final Region region, final Affine3D view) {
		final double[] min = region.min(), max = region.max();
		final double[][] corners = new double[8][];
		for (int c = 0; c < 8; c++)
			corners[c] = view.apply((c & 1) == 0 ? min[0] : max[0], (c & 2) == 0
				? min[1] : max[1], (c & 4) == 0 ? min[2] : max[2]);
		final List<double[]> points = new ArrayList<>();
		for (final int[] e : EDGES) {
			final double[] a = corners[e[0]], b = corners[e[1]];
			if (a[2] <= 0 == b[2] <= 0) continue;
			final double t = a[2] / (a[2] - b[2]);
			points.add(new double[] { a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] -
				a[1]) });
		}
		if (points.size() < 3) return null;
		double cx = 0, cy = 0;
		for (final double[] p : points) {
			cx += p[0] / points.size();
			cy += p[1] / points.size();
		}
		final double mx = cx, my = cy;
		points.sort((p, q) -> Double.compare(Math.atan2(p[1] - my, p[0] - mx), Math
			.atan2(q[1] - my, q[0] - mx)));
		final double[][] polygon = new double[2][points.size()];
		for (int i = 0; i < points.size(); i++) {
			polygon[0][i] = points.get(i)[0];
			polygon[1][i] = points.get(i)[1];
		}
		return polygon;
	}
}
