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

/**
 * The numbers the built-in label kinds are drawn with, in µm where they are
 * lengths; recorded in the manifest so an export can be repeated.
 */
public final class LabelParameters {

	/** Gaussian σ of the image before seeded growth, µm. */
	public final double smoothing;

	/** How far from its mark a grown instance may reach, µm. */
	public final double maxRadius;

	/**
	 * Least smoothed intensity of a grown voxel; NaN = each mark's half maximum.
	 */
	public final double threshold;

	/** σ of the center heatmap's blobs, µm. */
	public final double heatmapSigma;

	/** Which kind the foreground mask follows: "instances" or "spheres". */
	public final String foregroundFrom;

	public LabelParameters(final double smoothing, final double maxRadius,
		final double threshold, final double heatmapSigma,
		final String foregroundFrom)
	{
		if (!(smoothing >= 0)) throw new IllegalArgumentException(
			"smoothing: expected 0 or more µm, found " + smoothing);
		if (!(maxRadius > 0)) throw new IllegalArgumentException(
			"max_radius: expected a positive µm value, found " + maxRadius);
		if (!(heatmapSigma > 0)) throw new IllegalArgumentException(
			"sigma: expected a positive µm value, found " + heatmapSigma);
		if (!foregroundFrom.equals(BuiltInKinds.INSTANCES) && !foregroundFrom
			.equals(BuiltInKinds.SPHERES)) throw new IllegalArgumentException(
				"foreground_from: expected instances or spheres, found " +
					foregroundFrom);
		this.smoothing = smoothing;
		this.maxRadius = maxRadius;
		this.threshold = threshold;
		this.heatmapSigma = heatmapSigma;
		this.foregroundFrom = foregroundFrom;
	}

	/** Defaults for ZAPBench-like nuclei (radius about 2.5 µm). */
	public static LabelParameters defaults() {
		return new LabelParameters(0.6, 5, Double.NaN, 1.0, BuiltInKinds.INSTANCES);
	}
}
