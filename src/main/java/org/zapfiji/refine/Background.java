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

import java.util.Arrays;

/**
 * The level and noise of what surrounds a neuron in a box: a low percentile of
 * its values, and the spread below it. Percentiles rather than mean and
 * standard deviation, because a box around a neuron is mostly neuron and
 * neighbours, and only its dimmest part is background.
 */
final class Background {

	/** The percentile taken as background level. */
	static final double LEVEL_PERCENTILE = 0.2;

	final double level;

	/** Median absolute deviation of the values below the level, at least 1. */
	final double spread;

	private Background(final double level, final double spread) {
		this.level = level;
		this.spread = spread;
	}

	static Background of(final VoxelBox box) {
		final double[] sorted = box.values.clone();
		Arrays.sort(sorted);
		if (sorted.length == 0) return new Background(0, 1);
		final int at = (int) (LEVEL_PERCENTILE * (sorted.length - 1));
		final double level = sorted[at];
		final double[] deviations = new double[at + 1];
		for (int i = 0; i <= at; i++)
			deviations[i] = level - sorted[i];
		Arrays.sort(deviations);
		final double mad = deviations[deviations.length / 2];
		return new Background(level, Math.max(1e-9, 1.4826 * mad));
	}
}
