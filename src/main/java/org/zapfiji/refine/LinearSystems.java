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

/** Small dense linear systems, for the fits. */
final class LinearSystems {

	private LinearSystems() {}

	/**
	 * Solves {@code a x = b} by Gaussian elimination with partial pivoting; null
	 * if {@code a} is singular. Overwrites {@code a}.
	 */
	static double[] solve(final double[][] a, final double[] b) {
		final int n = b.length;
		final double[] x = b.clone();
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++)
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) pivot = row;
			if (Math.abs(a[pivot][col]) < 1e-300) return null;
			final double[] t = a[col];
			a[col] = a[pivot];
			a[pivot] = t;
			final double tb = x[col];
			x[col] = x[pivot];
			x[pivot] = tb;
			for (int row = col + 1; row < n; row++) {
				final double f = a[row][col] / a[col][col];
				for (int k = col; k < n; k++)
					a[row][k] -= f * a[col][k];
				x[row] -= f * x[col];
			}
		}
		for (int row = n - 1; row >= 0; row--) {
			double sum = x[row];
			for (int k = row + 1; k < n; k++)
				sum -= a[row][k] * x[k];
			x[row] = sum / a[row][row];
		}
		return x;
	}
}
