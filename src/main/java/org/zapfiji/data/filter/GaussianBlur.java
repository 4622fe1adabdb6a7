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

package org.zapfiji.data.filter;

/**
 * Separable Gaussian blur of a float block in place, one axis at a time, each
 * line copied into a padded buffer (edges repeated, so a neuron at the block's
 * edge is not darkened) and convolved there. One filter for everything that
 * smooths voxels: candidate detection, snapping, seeded growth of instance
 * labels, and the reference the detection benchmark compares with.
 */
public final class GaussianBlur {

	private GaussianBlur() {}

	/**
	 * @param values x fastest, {@code size[0] × size[1] × size[2]}
	 * @param sigma per axis in voxels; below 0.3 an axis is left alone
	 */
	public static void blur(final float[] values, final int[] size,
		final double[] sigma)
	{
		for (int d = 0; d < 3; d++)
			if (sigma[d] >= 0.3 && size[d] > 1) along(values, size, d, kernel(
				sigma[d]));
	}

	/** Normalised weights for offsets -r..r, r = ceil(3 sigma), in voxels. */
	public static double[] weights(final double sigma) {
		final int r = (int) Math.ceil(3 * sigma);
		final double[] k = new double[2 * r + 1];
		double sum = 0;
		for (int i = -r; i <= r; i++)
			sum += k[i + r] = Math.exp(-0.5 * i * i / (sigma * sigma));
		for (int i = 0; i < k.length; i++)
			k[i] /= sum;
		return k;
	}

	static float[] kernel(final double sigma) {
		final double[] k = weights(sigma);
		final float[] f = new float[k.length];
		for (int i = 0; i < k.length; i++)
			f[i] = (float) k[i];
		return f;
	}

	private static void along(final float[] v, final int[] size, final int axis,
		final float[] kernel)
	{
		final int n = size[axis];
		final int r = kernel.length / 2;
		final int stride = axis == 0 ? 1 : axis == 1 ? size[0] : size[0] * size[1];
		final float[] line = new float[n + 2 * r];
		final int lines = v.length / n;
		for (int l = 0; l < lines; l++) {
			final int start = lineStart(l, size, axis);
			for (int i = 0; i < n; i++)
				line[r + i] = v[start + i * stride];
			for (int i = 0; i < r; i++) {
				line[i] = line[r];
				line[r + n + i] = line[r + n - 1];
			}
			for (int i = 0; i < n; i++) {
				float sum = 0;
				for (int k = 0; k < kernel.length; k++)
					sum += kernel[k] * line[i + k];
				v[start + i * stride] = sum;
			}
		}
	}

	/** Index of the first voxel of line {@code l} running along {@code axis}. */
	private static int lineStart(final int l, final int[] size, final int axis) {
		switch (axis) {
			case 0:
				return l * size[0];
			case 1:
				return l % size[0] + l / size[0] * size[0] * size[1];
			default:
				return l;
		}
	}
}
