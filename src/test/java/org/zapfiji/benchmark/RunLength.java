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

package org.zapfiji.benchmark;

import java.util.Locale;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How long {@link Benchmarks} measures each benchmark. The harness sets these
 * for every benchmark, overriding any {@code @Fork}, {@code @Warmup} or
 * {@code @Measurement} on the class, so one word decides how long a whole run
 * takes; mode and time unit stay with each benchmark.
 */
enum RunLength {

		/**
		 * About 6 s per benchmark: enough to spot a change by a factor, not to
		 * quote a figure (one fork cannot show fork-to-fork variance). Three warmup
		 * seconds, not two: on a busy two-core machine ImageJ's lookup took three
		 * seconds to settle.
		 */
		QUICK(1, 3, 1, 3, 1),

		/** About 30 s per benchmark, two forks: the figures to quote. */
		FULL(2, 3, 2, 5, 2);

	private final int forks;

	private final int warmups;

	private final int warmupSeconds;

	private final int measurements;

	private final int measurementSeconds;

	RunLength(final int forks, final int warmups, final int warmupSeconds,
		final int measurements, final int measurementSeconds)
	{
		this.forks = forks;
		this.warmups = warmups;
		this.warmupSeconds = warmupSeconds;
		this.measurements = measurements;
		this.measurementSeconds = measurementSeconds;
	}

	/** The length named by a command-line word, or null if it names none. */
	static RunLength named(final String word) {
		for (final RunLength length : values())
			if (length.name().toLowerCase(Locale.ROOT).equals(word)) return length;
		return null;
	}

	ChainedOptionsBuilder applyTo(final ChainedOptionsBuilder options) {
		return options.forks(forks) //
			.warmupIterations(warmups) //
			.warmupTime(TimeValue.seconds(warmupSeconds)) //
			.measurementIterations(measurements) //
			.measurementTime(TimeValue.seconds(measurementSeconds));
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
			"%s: %d fork(s), %d x %d s warmup, %d x %d s measurement", name()
				.toLowerCase(Locale.ROOT), forks, warmups, warmupSeconds, measurements,
			measurementSeconds);
	}
}
