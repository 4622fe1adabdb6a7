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
 * One synthetic neuron of the demo recording.
 * <p>
 * The center is in microns, with voxel (i, j, k) centred at (i * 0.406, j *
 * 0.406, k * 4.0), and is already rounded to the 0.001 µm written in the
 * ground-truth table, so the image is drawn from exactly the published centers.
 * {@code sigma} is the lateral standard deviation of the imaged nucleus in
 * microns; the table's radius is twice that. {@code brightness} is the in-focus
 * peak above background at rest, in counts, and {@code activity} holds the
 * fluorescence of each frame relative to that rest level (1 = at rest).
 */
final class DemoNeuron {

	private final double x;
	private final double y;
	private final double z;
	private final double sigma;
	private final double brightness;
	private final double[] activity;

	DemoNeuron(final double x, final double y, final double z, final double sigma,
		final double brightness, final double[] activity)
	{
		this.x = x;
		this.y = y;
		this.z = z;
		this.sigma = sigma;
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

	double sigma() {
		return sigma;
	}

	double brightness() {
		return brightness;
	}

	double[] activity() {
		return activity;
	}

}
