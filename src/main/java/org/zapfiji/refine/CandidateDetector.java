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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.data.filter.GaussianBlur;
import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Parallel;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * Proposes neuron centers in a volume: a difference of Gaussians at each scale
 * (an approximation of the scale-normalised Laplacian of Gaussian, with sigmas
 * in µm so anisotropic voxels are handled), the strongest response per voxel
 * across scales, its local maxima above a threshold, and a parabola per axis
 * for the sub-voxel position.
 * <p>
 * The volume is processed in blocks (a core plus a halo wide enough for the
 * largest filter), each independent, on a pool of threads; a maximum belongs to
 * the block whose core holds it, so no candidate is found twice.
 */
public final class CandidateDetector {

	/** The ratio of the two sigmas of a difference of Gaussians. */
	static final double DOG_RATIO = 1.6;

	private static final int CORE_XY = 128;

	private final double[] scales;

	private final double threshold;

	/**
	 * @param scales sigmas in µm, roughly neuron radius / √3 (e.g. 1.4 µm for
	 *          ZAPBench's 2.5 µm nuclei)
	 * @param threshold minimum response in units of the response's noise (its
	 *          robust spread within each block)
	 */
	public CandidateDetector(final double[] scales, final double threshold) {
		if (scales.length == 0) throw new IllegalArgumentException(
			"at least one scale is needed");
		for (final double s : scales)
			if (!(s > 0)) throw new IllegalArgumentException(
				"scales must be positive µm, found " + s);
		this.scales = scales.clone();
		this.threshold = threshold;
	}

	/**
	 * Candidates of {@code volume} at time {@code t}, strongest first.
	 *
	 * @param region min and max corner in µm, or null for the whole volume
	 * @throws CanceledException when {@code progress} is cancelled
	 */
	public List<Candidate> detect(final Volume volume, final int t,
		final double[][] region, final ChunkCache cache, final Progress progress,
		final int threads) throws IOException
	{
		final DetectionGrid grid = DetectionGrid.of(volume, region, CORE_XY, halo(
			volume));
		final WorkCounter work = new WorkCounter(progress, grid.blocks());
		final List<Candidate> found = Collections.synchronizedList(
			new ArrayList<>());
		final List<Integer> blocks = new ArrayList<>();
		for (int b = 0; b < grid.blocks(); b++)
			blocks.add(b);
		Parallel.forEach(blocks, threads, "detecting candidates in " + volume
			.name(), block -> {
				work.checkCanceled();
				found.addAll(detectBlock(volume, t, grid, block, cache));
				work.finishOne();
			});
		final List<Candidate> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingDouble(Candidate::score).reversed());
		return sorted;
	}

	private List<Candidate> detectBlock(final Volume volume, final int t,
		final DetectionGrid grid, final int block, final ChunkCache cache)
		throws IOException
	{
		final long[] min = grid.min(block);
		final int[] size = grid.size(block);
		final float[] raw = VolumeRegion.read(volume, t, min, size, cache);
		final float[] response = new float[raw.length];
		final byte[] best = new byte[raw.length];
		java.util.Arrays.fill(response, Float.NEGATIVE_INFINITY);
		for (int s = 0; s < scales.length; s++)
			respond(raw, size, grid.spacing(), scales[s], s, response, best);
		final double noise = Responses.noise(response);
		return Responses.maxima(response, best, size, min, grid, block, threshold *
			noise, noise, scales);
	}

	/** The difference of Gaussians at {@code scale}, kept where strongest. */
	private static void respond(final float[] raw, final int[] size,
		final double[] spacing, final double scale, final int index,
		final float[] response, final byte[] best)
	{
		final float[] narrow = raw.clone();
		final float[] wide = raw.clone();
		GaussianBlur.blur(narrow, size, sigma(scale, spacing));
		GaussianBlur.blur(wide, size, sigma(DOG_RATIO * scale, spacing));
		for (int i = 0; i < raw.length; i++) {
			final float d = narrow[i] - wide[i];
			if (d > response[i]) {
				response[i] = d;
				best[i] = (byte) index;
			}
		}
	}

	static double[] sigma(final double scale, final double[] spacing) {
		return new double[] { scale / spacing[0], scale / spacing[1], scale /
			spacing[2] };
	}

	/** Voxels per axis the widest filter reaches, plus one for the maxima. */
	private int[] halo(final Volume volume) {
		double widest = 0;
		for (final double s : scales)
			widest = Math.max(widest, DOG_RATIO * s);
		final double[] spacing = VolumeRegion.spacing(volume);
		final int[] halo = new int[3];
		for (int d = 0; d < 3; d++)
			halo[d] = (int) Math.ceil(3 * widest / spacing[d]) + 1;
		return halo;
	}
}
