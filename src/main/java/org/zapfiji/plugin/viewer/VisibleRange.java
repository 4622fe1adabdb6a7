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

package org.zapfiji.plugin.viewer;

import java.io.IOException;
import java.util.Arrays;

import org.zapfiji.viewer.render.Levels;
import org.zapfiji.viewer.source.Block;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * A display range estimated from the values a view actually shows: the 0.1 %
 * and 99.9 % percentiles of one source over the rendered plane, read at the
 * resolution level the renderer picks for that view.
 * <p>
 * A range from the data type alone (0–1000 for uint16) leaves a ZAPBench raw
 * frame nearly black or burnt out, and the whole volume's range is dominated by
 * planes the figure does not show; the shown plane's percentiles ignore a few
 * hot voxels and make a batch figure readable without a second try. At most
 * {@value #MAX_SAMPLES} pixels of a regular grid are sampled, each at its
 * nearest voxel, so a 4K figure costs no more than a small one.
 */
final class VisibleRange {

	static final double LOW = 0.001;

	static final double HIGH = 0.999;

	static final int MAX_SAMPLES = 1 << 18;

	private VisibleRange() {}

	/**
	 * The range, or null when the plane misses the source or shows one value only
	 * (the caller then keeps the source's initial range).
	 */
	static double[] of(final ViewerSource source, final Affine3D view,
		final int time, final int width, final int height) throws IOException
	{
		final int t = Math.max(0, Math.min(time, source.numTimepoints() - 1));
		final int level = Levels.best(source, view, t);
		final Affine3D toVoxel = Levels.screenToVoxel(source, level, view, t);
		final VoxelBlocks blocks = source.blocks(level, t);
		final long[] dims = blocks.dimensions();
		final int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width *
			height / MAX_SAMPLES)));
		double[] values = new double[((width + step - 1) / step) * ((height + step -
			1) / step)];
		int n = 0;
		final double[] p = new double[3];
		for (int y = 0; y < height; y += step)
			for (int x = 0; x < width; x += step) {
				p[0] = x;
				p[1] = y;
				p[2] = 0;
				toVoxel.apply(p, p);
				final long vx = Math.round(p[0]), vy = Math.round(p[1]), vz = Math
					.round(p[2]);
				if (vx < 0 || vy < 0 || vz < 0 || vx >= dims[0] || vy >= dims[1] ||
					vz >= dims[2]) continue;
				final Block b = blocks.load(vx, vy, vz);
				final double v = b.get(b.index(vx, vy, vz));
				if (!Double.isNaN(v)) values[n++] = v;
			}
		if (n == 0) return null;
		values = Arrays.copyOf(values, n);
		Arrays.sort(values);
		final double low = values[(int) Math.floor(LOW * (n - 1))];
		final double high = values[(int) Math.ceil(HIGH * (n - 1))];
		return high > low ? new double[] { low, high } : null;
	}
}
