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

package org.zapfiji.viewer.state;

import java.util.List;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * How a viewer starts: the sources' bounding box in global space, a view that
 * fits it, and colours that tell several sources apart.
 * <p>
 * The window, the batch renderer and the tests all start from here, so a view
 * described by centre and zoom means the same everywhere.
 */
public final class ViewerStates {

	/** Grey for one source; green, magenta, cyan, yellow ... for several. */
	private static final int[] COLORS = { 0x00ff00, 0xff00ff, 0x00ffff, 0xffff00,
		0xff0000, 0x0000ff, 0xffffff };

	private ViewerStates() {}

	/** A state showing {@code sources}, fitted into a window of this size. */
	public static SynchronizedViewerState of(final List<ViewerSource> sources,
		final int width, final int height)
	{
		final SynchronizedViewerState state = new SynchronizedViewerState();
		for (int i = 0; i < sources.size(); i++) {
			final ViewerSource s = sources.get(i);
			final int color = sources.size() == 1 ? 0xffffff : COLORS[i %
				COLORS.length];
			final double[] range = s.initialRange();
			state.addSource(s, new SourceDisplay(color, range[0], range[1], true));
		}
		if (!sources.isEmpty()) state.setTransform(fitted(sources, Plane.XY, width,
			height));
		return state;
	}

	/**
	 * The XY (or other plane) view of the middle of the sources' bounding box,
	 * scaled so the box fills the window.
	 */
	public static Affine3D fitted(final List<ViewerSource> sources,
		final Plane plane, final int width, final int height)
	{
		final double[][] box = bounds(sources);
		final double[] middle = new double[3];
		final double[] extent = new double[3];
		for (int d = 0; d < 3; d++) {
			middle[d] = (box[0][d] + box[1][d]) / 2;
			extent[d] = box[1][d] - box[0][d];
		}
		final double[] center = sources.isEmpty() ? middle : onVoxel(sources.get(0),
			middle);
		return ViewTransforms.centeredOn(center, plane, ViewTransforms.fitScale(
			extent, plane, width, height), width, height);
	}

	/**
	 * The centre of the full-resolution voxel of {@code source} nearest to
	 * {@code global}: a view centred there shows whole slices, not the boundary
	 * between two, where rounding would pick either.
	 */
	static double[] onVoxel(final ViewerSource source, final double[] global) {
		final Affine3D toGlobal = source.voxelToGlobal(0, 0);
		final double[] voxel = toGlobal.inverse().apply(global[0], global[1],
			global[2]);
		final long[] dims = source.dimensions(0);
		for (int d = 0; d < 3; d++)
			voxel[d] = Math.max(0, Math.min(dims[d] - 1, Math.floor(voxel[d])));
		return toGlobal.apply(voxel[0], voxel[1], voxel[2]);
	}

	/**
	 * Global bounding box of the sources at full resolution, time 0: min and max
	 * corners, voxel edges included.
	 */
	public static double[][] bounds(final List<ViewerSource> sources) {
		final double[] min = { Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
			Double.POSITIVE_INFINITY };
		final double[] max = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
			Double.NEGATIVE_INFINITY };
		for (final ViewerSource s : sources) {
			final long[] dims = s.dimensions(0);
			final Affine3D toGlobal = s.voxelToGlobal(0, 0);
			for (int corner = 0; corner < 8; corner++) {
				final double[] p = toGlobal.apply((corner & 1) == 0 ? -0.5 : dims[0] -
					0.5, (corner & 2) == 0 ? -0.5 : dims[1] - 0.5, (corner & 4) == 0
						? -0.5 : dims[2] - 0.5);
				for (int d = 0; d < 3; d++) {
					min[d] = Math.min(min[d], p[d]);
					max[d] = Math.max(max[d], p[d]);
				}
			}
		}
		if (sources.isEmpty()) return new double[][] { new double[3],
			new double[3] };
		return new double[][] { min, max };
	}

	/**
	 * Full-resolution voxel width of {@code source} in global units: what zoom 1
	 * ("100 %", one screen pixel per voxel) means.
	 */
	public static double voxelWidth(final ViewerSource source) {
		return source.voxelToGlobal(0, 0).stepLength(0);
	}
}
