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

package org.zapfiji.testdata;

/**
 * One neuron of the mini-ZAPBench: a nucleus shaped like an ellipsoid, round in
 * x and y and longer in z, as light-sheet nuclei look at 0.406 × 0.406 × 4.0 µm
 * voxels.
 * <p>
 * The center and both radii are in microns, with voxel (i, j, k) centred at (i
 * * 0.406, j * 0.406, k * 4.0). Voxels inside the ellipsoid make up the
 * neuron's segment. {@code brightness} is the nucleus' fluorescence above
 * background at rest, in counts, and {@code activity} holds its fluorescence in
 * each frame relative to rest (1 = at rest).
 */
final class MiniNeuron {

	private final double x;
	private final double y;
	private final double z;
	private final double radiusXY;
	private final double radiusZ;
	private final double brightness;
	private final double[] activity;

	MiniNeuron(final double x, final double y, final double z,
		final double radiusXY, final double radiusZ, final double brightness,
		final double[] activity)
	{
		this.x = x;
		this.y = y;
		this.z = z;
		this.radiusXY = radiusXY;
		this.radiusZ = radiusZ;
		this.brightness = brightness;
		this.activity = activity;
	}

	double x() {
		return x;
	}

	double y() {
		return y;
	}

	double z() {
		return z;
	}

	double radiusXY() {
		return radiusXY;
	}

	double radiusZ() {
		return radiusZ;
	}

	double brightness() {
		return brightness;
	}

	double[] activity() {
		return activity;
	}

	/**
	 * The distance of a point from the center in units of the radii: below 1
	 * inside the ellipsoid.
	 */
	double normalizedDistance(final double px, final double py, final double pz) {
		final double dx = (px - x) / radiusXY;
		final double dy = (py - y) / radiusXY;
		final double dz = (pz - z) / radiusZ;
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}
}
