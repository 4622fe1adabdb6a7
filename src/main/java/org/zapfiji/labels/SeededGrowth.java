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

package org.zapfiji.labels;

import java.io.IOException;
import java.util.Arrays;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.data.filter.GaussianBlur;

/**
 * Instance labels grown from the marks over the image: a seeded watershed on
 * the smoothed intensity. Each mark's voxel starts its instance; the brightest
 * voxel on any instance's border is taken next by that instance, so instances
 * fill their nucleus from the center outwards and meet where the intensity
 * between two nuclei is lowest. An instance stops at its foreground threshold
 * and at a maximum distance from its mark in µm (a sphere in space, however
 * anisotropic the voxels), so a dim mark cannot flood the background.
 * <p>
 * The threshold is either one intensity for all, or per mark halfway between
 * the smoothed intensity at the mark and the image's background (the 10th
 * percentile of boxes sampled evenly over the whole frame, the same for every
 * chunk): the half-maximum surface of each nucleus, whatever its brightness.
 * <p>
 * Every chunk is grown on its own from the image around it, widened by twice
 * the maximum radius (all seeds that can reach the chunk and everything their
 * growth can touch) plus the smoothing kernel, so chunks are independent and
 * can be computed in any order on any number of threads. uint32 instance ids, 0
 * for background.
 */
public final class SeededGrowth extends ComputedArray {

	/** Percentile of the sampled frame taken as its background. */
	static final double BACKGROUND_PERCENTILE = 0.1;

	private static final int[][] NEIGHBOURS = { { -1, 0, 0 }, { 1, 0, 0 }, { 0,
		-1, 0 }, { 0, 1, 0 }, { 0, 0, -1 }, { 0, 0, 1 } };

	private final LabeledMarks marks;

	private final Volume image;

	private final int time;

	private final ChunkCache cache;

	private final double smoothing;

	private final double maxRadius;

	private final double threshold;

	/** The frame's background for per-mark thresholds; NaN until measured. */
	private volatile float background = Float.NaN;

	/**
	 * @param grid the whole image's grid or a crop of it
	 * @param image read at full resolution, time {@code time}
	 * @param smoothing Gaussian σ in µm before growing; 0 for none
	 * @param maxRadius µm from its mark that an instance may reach
	 * @param threshold least smoothed intensity of an instance voxel, or NaN for
	 *          each mark's half maximum
	 */
	public SeededGrowth(final LabelGrid grid, final LabeledMarks marks,
		final Volume image, final int time, final ChunkCache cache,
		final double smoothing, final double maxRadius, final double threshold)
	{
		super(grid, DataType.UINT32, "grown instances");
		if (!(smoothing >= 0)) throw new IllegalArgumentException(
			"smoothing must be 0 or positive µm, found " + smoothing);
		if (!(maxRadius > 0)) throw new IllegalArgumentException(
			"maximum radius must be positive µm, found " + maxRadius);
		this.marks = marks;
		this.image = image;
		this.time = time;
		this.cache = cache;
		this.smoothing = smoothing;
		this.maxRadius = maxRadius;
		this.threshold = threshold;
	}

	@Override
	Object compute(final long[] origin, final int[] size) throws IOException {
		final double[] s = grid.spacing();
		final long[] shape = marks.grid().shape();
		final long[] lo = new long[3];
		final int[] extent = new int[3];
		final double[] reach = new double[3];
		for (int d = 0; d < 3; d++) {
			reach[d] = maxRadius / s[d];
			final long margin = (long) Math.ceil(2 * reach[d]) + (long) Math.ceil(3 *
				smoothing / s[d]);
			lo[d] = Math.max(0, origin[d] - margin);
			final long hi = Math.min(shape[d] - 1, origin[d] + size[d] - 1 + margin);
			extent[d] = (int) (hi - lo[d] + 1);
		}
		final long[] max = { origin[0] + size[0] - 1, origin[1] + size[1] - 1,
			origin[2] + size[2] - 1 };
		final int[] seeds = marks.near(origin, max, new double[] { 2 * reach[0], 2 *
			reach[1], 2 * reach[2] });
		final int[] out = new int[size[0] * size[1] * size[2]];
		if (seeds.length == 0) return out;
		final float[] values = VolumeRegion.read(image, time, lo, extent, cache);
		if (smoothing > 0) GaussianBlur.blur(values, extent, new double[] {
			smoothing / s[0], smoothing / s[1], smoothing / s[2] });
		final int[] labels = grow(values, extent, lo, seeds);
		for (int z = 0; z < size[2]; z++)
			for (int y = 0; y < size[1]; y++)
				System.arraycopy(labels, (int) (((origin[2] - lo[2] + z) * extent[1] +
					(origin[1] - lo[1] + y)) * extent[0] + (origin[0] - lo[0])), out, (z *
						size[1] + y) * size[0], size[0]);
		return out;
	}

	/** The watershed over one region; labels per region voxel. */
	private int[] grow(final float[] values, final int[] extent, final long[] lo,
		final int[] seeds) throws IOException
	{
		final double[] s = grid.spacing();
		final int[] labels = new int[values.length];
		final float background = Float.isNaN((float) threshold) ? background() : 0;
		final float[] floor = new float[seeds.length];
		final int[] slot = new int[marks.count() + 1];
		final VoxelQueue queue = new VoxelQueue(1024);
		for (int k = 0; k < seeds.length; k++) {
			final int id = seeds[k];
			slot[id] = k;
			final double[] c = marks.voxelCenter(id);
			final int[] at = new int[3];
			boolean inside = true;
			for (int d = 0; d < 3; d++) {
				at[d] = (int) (Math.round(c[d]) - lo[d]);
				inside &= at[d] >= 0 && at[d] < extent[d];
			}
			if (!inside) continue;
			final int v = (at[2] * extent[1] + at[1]) * extent[0] + at[0];
			floor[k] = Float.isNaN((float) threshold) ? Math.min(values[v],
				background + 0.5f * (values[v] - background)) : (float) threshold;
			if (labels[v] != 0) continue;
			labels[v] = id;
			queue.push(values[v], v);
		}
		final double r2 = maxRadius * maxRadius;
		final int plane = extent[0] * extent[1];
		while (!queue.isEmpty()) {
			final int v = queue.pop();
			final int id = labels[v];
			final int x = v % extent[0], y = v / extent[0] % extent[1], z = v / plane;
			final double[] c = marks.voxelCenter(id);
			final float least = floor[slot[id]];
			for (final int[] n : NEIGHBOURS) {
				final int nx = x + n[0], ny = y + n[1], nz = z + n[2];
				if (nx < 0 || ny < 0 || nz < 0 || nx >= extent[0] || ny >= extent[1] ||
					nz >= extent[2]) continue;
				final int u = (nz * extent[1] + ny) * extent[0] + nx;
				if (labels[u] != 0 || values[u] < least) continue;
				final double dx = (lo[0] + nx - c[0]) * s[0];
				final double dy = (lo[1] + ny - c[1]) * s[1];
				final double dz = (lo[2] + nz - c[2]) * s[2];
				if (dx * dx + dy * dy + dz * dz > r2) continue;
				labels[u] = id;
				queue.push(values[u], u);
			}
		}
		return labels;
	}

	/**
	 * The frame's background, measured once: the 10th percentile of 4 × 4 × 4
	 * boxes of 32 × 32 × 1 voxels spread evenly over it.
	 */
	private float background() throws IOException {
		float b = background;
		if (!Float.isNaN(b)) return b;
		synchronized (this) {
			if (!Float.isNaN(background)) return background;
			final long[] shape = marks.grid().shape();
			final int[] box = { (int) Math.min(32, shape[0]), (int) Math.min(32,
				shape[1]), 1 };
			final float[] all = new float[64 * box[0] * box[1]];
			int n = 0;
			for (int k = 0; k < 4; k++)
				for (int j = 0; j < 4; j++)
					for (int i = 0; i < 4; i++) {
						final long[] at = { (shape[0] - box[0]) * (2 * i + 1) / 8,
							(shape[1] - box[1]) * (2 * j + 1) / 8, (shape[2] - 1) * (2 * k +
								1) / 8 };
						final float[] part = VolumeRegion.read(image, time, at, box, cache);
						System.arraycopy(part, 0, all, n, part.length);
						n += part.length;
					}
			background = b = percentile(all, BACKGROUND_PERCENTILE);
			return b;
		}
	}

	/** The {@code p} quantile of {@code values}, from a regular sample. */
	static float percentile(final float[] values, final double p) {
		final int step = Math.max(1, values.length / 65536);
		final float[] sample = new float[(values.length + step - 1) / step];
		for (int i = 0, j = 0; i < values.length; i += step)
			sample[j++] = values[i];
		Arrays.sort(sample);
		return sample[(int) Math.min(sample.length - 1, Math.floor(p *
			sample.length))];
	}
}
