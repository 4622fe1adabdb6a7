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

package org.zapfiji.refine;

/** Distances in units of an ellipsoid's radii: 1 on its surface. */
final class Ellipsoids {

	private Ellipsoids() {}

	static double normalized(final double x, final double y, final double z,
		final double[] center, final double[] radius)
	{
		final double dx = (x - center[0]) / radius[0];
		final double dy = (y - center[1]) / radius[1];
		final double dz = (z - center[2]) / radius[2];
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	/**
	 * The search radii for a mark of {@code radius}: at least 1.5 voxels along
	 * every axis, so that with 4 µm planes the planes on both sides of the click
	 * are searched and a center between planes can be found.
	 */
	static double[] search(final double[] radius, final double[] spacing) {
		final double[] r = new double[3];
		for (int d = 0; d < 3; d++)
			r[d] = Math.max(radius[d], 1.5 * spacing[d]);
		return r;
	}

	static double normalized(final double[] p, final double[] center,
		final double[] radius)
	{
		return normalized(p[0], p[1], p[2], center, radius);
	}
}
