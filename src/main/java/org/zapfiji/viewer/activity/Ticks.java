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

package org.zapfiji.viewer.activity;

import java.util.Locale;

/**
 * Axis ticks a person reads at a glance: steps of 1, 2 or 5 times a power of
 * ten, numbers with as many decimals as the step needs.
 */
final class Ticks {

	private Ticks() {}

	/**
	 * A round step giving at most about {@code count} ticks over {@code range}.
	 */
	static double step(final double range, final int count) {
		if (!(range > 0) || Double.isInfinite(range)) return 1;
		final double raw = range / Math.max(1, count);
		final double power = Math.pow(10, Math.floor(Math.log10(raw)));
		final double f = raw / power;
		return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
	}

	/** {@code value} with the decimals {@code step} needs (no "-0"). */
	static String format(final double value, final double step) {
		final int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) +
			1e-9));
		final double v = Math.abs(value) < step * 1e-6 ? 0 : value;
		return String.format(Locale.ROOT, "%." + decimals + "f", v);
	}
}
