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

package org.zapfiji.data.bdv;

/**
 * 3D affine transforms as BigDataViewer writes them: 12 values, the first three
 * rows of the 4 × 4 matrix, row by row.
 */
public final class Affines {

	private Affines() {}

	public static double[] identity() {
		return scale(1, 1, 1);
	}

	public static double[] scale(final double x, final double y, final double z) {
		return new double[] { x, 0, 0, 0, 0, y, 0, 0, 0, 0, z, 0 };
	}

	/**
	 * {@code outer ∘ inner}: apply {@code inner} first. BigDataViewer lists a
	 * view's transforms outermost first, so a registration is
	 * {@code t[0] ∘ t[1] ∘ ... ∘ t[n-1]}.
	 */
	public static double[] concatenate(final double[] outer,
		final double[] inner)
	{
		final double[] r = new double[12];
		for (int row = 0; row < 3; row++) {
			for (int col = 0; col < 4; col++) {
				double v = col == 3 ? outer[row * 4 + 3] : 0;
				for (int k = 0; k < 3; k++)
					v += outer[row * 4 + k] * inner[k * 4 + col];
				r[row * 4 + col] = v;
			}
		}
		return r;
	}
}
