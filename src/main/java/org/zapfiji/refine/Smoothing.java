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

import org.zapfiji.data.filter.GaussianBlur;

/**
 * Gaussian smoothing of a box, separable, with sigma in µm so that one scale
 * means the same along a 0.406 µm and a 4 µm axis. Edges repeat the border
 * voxel, so smoothing does not darken a neuron at the box's edge.
 */
public final class Smoothing {

	private Smoothing() {}

	/** {@code box} smoothed by {@code sigma} µm per axis; 0 leaves an axis. */
	public static VoxelBox gaussian(final VoxelBox box, final double[] sigma) {
		double[] values = box.values.clone();
		for (int d = 0; d < 3; d++) {
			final double s = sigma[d] / box.spacing[d];
			if (s > 0.1 && box.size[d] > 1) values = along(values, box.size, d,
				GaussianBlur.weights(s));
		}
		return new VoxelBox(box.origin.clone(), box.size.clone(), box.spacing
			.clone(), values);
	}

	private static double[] along(final double[] in, final int[] size,
		final int axis, final double[] kernel)
	{
		final double[] out = new double[in.length];
		final int r = kernel.length / 2;
		final int stride = axis == 0 ? 1 : axis == 1 ? size[0] : size[0] * size[1];
		final int n = size[axis];
		for (int i = 0; i < in.length; i++) {
			final int at = i / stride % n;
			final int base = i - at * stride;
			double sum = 0;
			for (int k = -r; k <= r; k++) {
				final int j = Math.max(0, Math.min(n - 1, at + k));
				sum += kernel[k + r] * in[base + j * stride];
			}
			out[i] = sum;
		}
		return out;
	}
}
