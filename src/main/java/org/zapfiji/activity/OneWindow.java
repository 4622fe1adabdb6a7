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
 * One forecast window followed step by step: window {@code w} of a condition
 * whose first test target is {@code F} predicts frame {@code F + w + s − 1} at
 * step {@code s} (see {@link StepsAhead} for the indexing), so as frames
 * advance the horizon grows from 1 to the window length — how one forecast
 * drifts away from the recording, where {@link StepsAhead} keeps the horizon
 * fixed.
 */
public final class OneWindow {

	private final Forecast forecast;

	private final int firstTarget;

	private final int window;

	/**
	 * @param firstTarget frame that step 1 of window 0 predicts
	 */
	public OneWindow(final Forecast forecast, final int firstTarget,
		final int window)
	{
		if (window < 0 || window >= forecast.windows())
			throw new IllegalArgumentException("window must be 0.." + (forecast
				.windows() - 1) + " for " + forecast.name() + ", was " + window);
		this.forecast = forecast;
		this.firstTarget = firstTarget;
		this.window = window;
	}

	/** The frame step {@code step} (from 1) predicts. */
	public int frame(final int step) {
		if (step < 1 || step > forecast.steps()) throw new IllegalArgumentException(
			"step must be 1.." + forecast.steps() + ", was " + step);
		return StepsAhead.targetFrame(firstTarget, window, step);
	}

	/** The window's prediction for {@code frame}, or null outside its steps. */
	public float[] predicted(final int frame) throws IOException {
		final int step = frame - firstTarget - window + 1;
		if (step < 1 || step > forecast.steps()) return null;
		return (float[]) ArrayBoxes.read(forecast.predictions(), new long[] { 0,
			step - 1, window }, new int[] { forecast.neurons(), 1, 1 }, false);
	}
}
