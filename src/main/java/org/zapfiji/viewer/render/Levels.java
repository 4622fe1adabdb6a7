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

package org.zapfiji.viewer.render;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;

/** Which resolution level of a source suits a zoom. */
public final class Levels {

	private Levels() {}

	/**
	 * The coarsest level whose voxels, seen on screen, are still no larger than a
	 * pixel, so using it loses nothing the screen could show; full resolution
	 * when even that is coarser than the screen.
	 * <p>
	 * A voxel's size on screen is measured per voxel axis, in the screen plane:
	 * in an XZ view of a 0.4 × 0.4 × 4 µm volume the z edge counts fully and the
	 * y edge, pointing away from the viewer, not at all.
	 */
	public static int best(final ViewerSource source, final Affine3D view,
		final int t)
	{
		int best = 0;
		for (int level = 1; level < source.numLevels(); level++) {
			if (largestOnScreen(source.voxelToGlobal(level, t).then(view)) <= 1 +
				1e-6) best = level;
			else break;
		}
		return best;
	}

	/** From screen pixels to voxels of {@code level}. */
	public static Affine3D screenToVoxel(final ViewerSource source,
		final int level, final Affine3D view, final int t)
	{
		return source.voxelToGlobal(level, t).then(view).inverse();
	}

	private static double largestOnScreen(final Affine3D voxelToScreen) {
		double largest = 0;
		for (int d = 0; d < 3; d++) {
			final double x = voxelToScreen.get(0, d), y = voxelToScreen.get(1, d);
			largest = Math.max(largest, Math.sqrt(x * x + y * y));
		}
		return largest;
	}
}
