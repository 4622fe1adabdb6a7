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

import java.util.ArrayList;
import java.util.List;

/**
 * The voxels a Gaussian is fitted to, and the model's residuals and
 * derivatives. Parameters: background, amplitude, center x, y, z, sigma x, y,
 * z, all in counts and µm.
 */
final class GaussianModel {

	private final double[][] points;

	private final double[] values;

	private GaussianModel(final double[][] points, final double[] values) {
		this.points = points;
		this.values = values;
	}

	/** The voxels of {@code box} within the ellipsoid around {@code center}. */
	static GaussianModel around(final VoxelBox box, final double[] center,
		final double[] reach)
	{
		final List<double[]> points = new ArrayList<>();
		final List<Double> values = new ArrayList<>();
		for (int z = 0; z < box.size[2]; z++)
			for (int y = 0; y < box.size[1]; y++)
				for (int x = 0; x < box.size[0]; x++) {
					final double[] p = { box.position(0, x), box.position(1, y), box
						.position(2, z) };
					if (Ellipsoids.normalized(p, center, reach) > 1) continue;
					points.add(p);
					values.add(box.value(x, y, z));
				}
		final double[] v = new double[values.size()];
		for (int i = 0; i < v.length; i++)
			v[i] = values.get(i);
		return new GaussianModel(points.toArray(new double[0][]), v);
	}

	int samples() {
		return values.length;
	}

	double[] initial(final double background, final double[] center,
		final double[] radius)
	{
		double peak = background;
		for (final double v : values)
			peak = Math.max(peak, v);
		return new double[] { background, peak - background, center[0], center[1],
			center[2], radius[0] / 2, radius[1] / 2, radius[2] / 2 };
	}

	/** Sum of squared residuals. */
	double cost(final double[] theta) {
		double sum = 0;
		for (int i = 0; i < values.length; i++) {
			final double r = values[i] - value(theta, points[i], null);
			sum += r * r;
		}
		return sum;
	}

	/** JᵀJ into {@code normal} and Jᵀr into {@code gradient}. */
	void normalEquations(final double[] theta, final double[][] normal,
		final double[] gradient)
	{
		final double[] j = new double[8];
		for (int i = 0; i < values.length; i++) {
			final double r = values[i] - value(theta, points[i], j);
			for (int a = 0; a < 8; a++) {
				gradient[a] += j[a] * r;
				for (int b = 0; b < 8; b++)
					normal[a][b] += j[a] * j[b];
			}
		}
	}

	/** The model at {@code p}; its derivatives into {@code jacobian} if given. */
	private static double value(final double[] theta, final double[] p,
		final double[] jacobian)
	{
		double exponent = 0;
		final double[] u = new double[3];
		for (int d = 0; d < 3; d++) {
			u[d] = (p[d] - theta[2 + d]) / theta[5 + d];
			exponent += u[d] * u[d];
		}
		final double g = Math.exp(-0.5 * exponent);
		if (jacobian != null) {
			jacobian[0] = 1;
			jacobian[1] = g;
			for (int d = 0; d < 3; d++) {
				jacobian[2 + d] = theta[1] * g * u[d] / theta[5 + d];
				jacobian[5 + d] = theta[1] * g * u[d] * u[d] / theta[5 + d];
			}
		}
		return theta[0] + theta[1] * g;
	}
}
