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

package org.zapfiji.activity;

import java.io.IOException;

/**
 * The value painted for each neuron at a frame: recorded, predicted, predicted
 * − recorded or |predicted − recorded| ({@link ActivityColors.Mode}), from
 * recorded traces and either predicted traces (frames × neurons) or forecasts
 * read a fixed number of steps ahead ({@link StepsAhead}). A neuron with no
 * prediction at the frame is NaN.
 */
public final class ActivityFrames {

	/** Each neuron's prediction at a frame, or null where there is none. */
	public interface Predictions {

		float[] at(int frame) throws IOException;
	}

	private final TraceTable recorded;

	private final Predictions predicted;

	private final ActivityColors.Mode mode;

	/**
	 * @param predicted null for {@link ActivityColors.Mode#RECORDED}
	 */
	public ActivityFrames(final TraceTable recorded, final Predictions predicted,
		final ActivityColors.Mode mode)
	{
		if (mode.needsPrediction() && predicted == null)
			throw new IllegalArgumentException("mode " + mode.key() +
				" needs predictions");
		this.recorded = recorded;
		this.predicted = predicted;
		this.mode = mode;
	}

	/** Predicted traces, frames × neurons, as predictions. */
	public static Predictions of(final TraceTable table) {
		return frame -> frame >= 0 && frame < table.frames() ? table.readFrames(
			frame, 1) : null;
	}

	public int frames() {
		return recorded.frames();
	}

	public int neurons() {
		return recorded.neurons();
	}

	public ActivityColors.Mode mode() {
		return mode;
	}

	/** Column n is the neuron with label n + 1. */
	public double[] values(final int frame) throws IOException {
		if (frame < 0 || frame >= recorded.frames())
			throw new IllegalArgumentException("frame " + frame + " is outside " +
				recorded.location() + " (0.." + (recorded.frames() - 1) + ")");
		final float[] r = recorded.readFrames(frame, 1);
		final float[] p = mode.needsPrediction() ? predicted.at(frame) : null;
		if (p != null && p.length != r.length) throw new IllegalArgumentException(
			"predictions have " + p.length + " neurons, " + recorded.location() +
				" has " + r.length);
		final double[] v = new double[r.length];
		for (int n = 0; n < v.length; n++)
			v[n] = mode.needsPrediction() && p == null ? Double.NaN : mode.value(r[n],
				p == null ? Double.NaN : p[n]);
		return v;
	}

	/**
	 * A colour range over frames {@code from..to}: min and max of the finite
	 * values for a sequential map; {@code ±} the largest |value| for the
	 * difference. Null if no frame has a finite value or they are all equal.
	 */
	public double[] range(final int from, final int to) throws IOException {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int t = from; t <= to; t++)
			for (final double v : values(t))
				if (Double.isFinite(v)) {
					final double x = mode.isDiverging() ? Math.abs(v) : v;
					lo = Math.min(lo, mode.isDiverging() ? -x : x);
					hi = Math.max(hi, x);
				}
		return hi > lo ? new double[] { lo, hi } : null;
	}
}
