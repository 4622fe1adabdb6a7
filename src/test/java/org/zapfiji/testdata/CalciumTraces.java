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

import java.util.Random;

/**
 * Fluorescence of a nuclear calcium indicator over a few frames, relative to
 * the neuron's rest level (1 = at rest).
 * <p>
 * A transient starts between two frames, rises within a fraction of a frame and
 * decays over several seconds, as nuclear GCaMP does after a burst of spikes.
 * Every transient starts after the first frame, so frame 1 shows all neurons at
 * rest: tests that look for neurons in frame 1 do not depend on which ones
 * happen to fire.
 */
final class CalciumTraces {

	/** Frame-to-frame jitter of a neuron at rest, relative to its rest level. */
	static final double REST_JITTER = 0.03;

	/** Rise time constant in seconds; well under one frame. */
	static final double RISE_SECONDS = 0.2;

	static final double MIN_DECAY_SECONDS = 2.0;

	static final double MAX_DECAY_SECONDS = 4.0;

	/** Peak ΔF/F range of a transient. */
	static final double MIN_AMPLITUDE = 0.8;

	static final double MAX_AMPLITUDE = 2.5;

	/** Earliest onset, in seconds after the first frame. */
	static final double MIN_ONSET_SECONDS = 0.2;

	private CalciumTraces() {}

	/** A neuron that stays near its rest level. */
	static double[] atRest(final Random random, final int frames) {
		final double[] trace = new double[frames];
		for (int t = 0; t < frames; t++)
			trace[t] = 1 + REST_JITTER * random.nextGaussian();
		return trace;
	}

	/**
	 * A neuron with one transient whose onset falls between the second frame and
	 * the middle of the second-last interval, so its decay is visible.
	 */
	static double[] withTransient(final Random random, final int frames,
		final double frameInterval)
	{
		final double maxOnset = (frames - 2.5) * frameInterval;
		final double onset = uniform(random, MIN_ONSET_SECONDS, maxOnset);
		final double amplitude = uniform(random, MIN_AMPLITUDE, MAX_AMPLITUDE);
		final double decay = uniform(random, MIN_DECAY_SECONDS, MAX_DECAY_SECONDS);
		final double[] trace = atRest(random, frames);
		for (int t = 0; t < frames; t++) {
			final double since = t * frameInterval - onset;
			if (since <= 0) continue;
			trace[t] += amplitude * (1 - StrictMath.exp(-since / RISE_SECONDS)) *
				StrictMath.exp(-since / decay);
		}
		return trace;
	}

	static double uniform(final Random random, final double min,
		final double max)
	{
		return min + (max - min) * random.nextDouble();
	}
}
