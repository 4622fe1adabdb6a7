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

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;

/**
 * Snaps clicks on one volume: reads the voxels around the click through the
 * chunk cache, smooths them if asked, and lets a {@link Refiner} find the
 * center. The annotation tool, the batch command and the tests all snap through
 * here.
 */
public final class Snapper {

	private final Volume volume;

	private final ChunkCache cache;

	private final double[] spacing;

	public Snapper(final Volume volume, final ChunkCache cache) {
		this.volume = volume;
		this.cache = cache;
		this.spacing = VolumeRegion.spacing(volume);
	}

	/**
	 * The center near {@code click} (µm) at time {@code t}.
	 *
	 * @param radius the mark's radius per axis in µm; the search reaches at least
	 *          one voxel each way, so with 4 µm planes the planes next to the
	 *          click count even for a 2.5 µm radius
	 * @param smoothing Gaussian sigma in µm applied first; 0 for none
	 * @throws IOException naming the file if the voxels cannot be read
	 */
	public Refinement snap(final double[] click, final double[] radius,
		final int t, final Refiner method, final double smoothing)
		throws IOException
	{
		final double[] search = Ellipsoids.search(radius, spacing);
		final double[] margin = new double[3];
		for (int d = 0; d < 3; d++)
			margin[d] = 2 * search[d] + 3 * smoothing;
		VoxelBox box = VoxelBox.read(volume, t, click, margin, cache);
		if (smoothing > 0) box = Smoothing.gaussian(box, new double[] { smoothing,
			smoothing, smoothing });
		return method.refine(box, click, radius);
	}
}
