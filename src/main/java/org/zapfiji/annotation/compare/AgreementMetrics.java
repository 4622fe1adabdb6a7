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

package org.zapfiji.annotation.compare;

import java.util.Arrays;
import java.util.Locale;

/**
 * How well a test set agrees with a reference set, from a {@link MarkMatching}.
 * Ratios whose denominator is zero (precision with no test marks, recall with
 * no reference marks, F1 with neither, distances with no matches) are NaN, not
 * 0 or 1: "nothing to judge" must not read as a perfect or a failed score.
 * {@code truePositives}: matched pairs {@code falsePositives}: unmatched test
 * marks {@code falseNegatives}: unmatched reference marks (misses)
 * {@code meanDistance}: mean distance of the pairs, µm {@code medianDistance}:
 * median distance of the pairs, µm (mean of the middle two for an even count)
 */
public final class AgreementMetrics {

	private final int truePositives;

	private final int falsePositives;

	private final int falseNegatives;

	private final double meanDistance;

	private final double medianDistance;

	public AgreementMetrics(final int truePositives, final int falsePositives,
		final int falseNegatives, final double meanDistance,
		final double medianDistance)
	{
		this.truePositives = truePositives;
		this.falsePositives = falsePositives;
		this.falseNegatives = falseNegatives;
		this.meanDistance = meanDistance;
		this.medianDistance = medianDistance;
	}

	/** The metrics of {@code matching}. */
	public static AgreementMetrics of(final MarkMatching matching) {
		final double[] d = matching.matches().stream().mapToDouble(Match::distance)
			.sorted().toArray();
		final int n = d.length;
		final double mean = n == 0 ? Double.NaN : Arrays.stream(d).sum() / n;
		final double median = n == 0 ? Double.NaN : n % 2 == 1 ? d[n / 2] : (d[n /
			2 - 1] + d[n / 2]) / 2;
		return new AgreementMetrics(n, matching.falsePositives().size(), matching
			.missed().size(), mean, median);
	}

	public int truePositives() {
		return truePositives;
	}

	public int falsePositives() {
		return falsePositives;
	}

	public int falseNegatives() {
		return falseNegatives;
	}

	public double meanDistance() {
		return meanDistance;
	}

	public double medianDistance() {
		return medianDistance;
	}

	/** TP / (TP + FP). */
	public double precision() {
		return ratio(truePositives, truePositives + falsePositives);
	}

	/** TP / (TP + FN). */
	public double recall() {
		return ratio(truePositives, truePositives + falseNegatives);
	}

	/** 2 TP / (2 TP + FP + FN), the harmonic mean of precision and recall. */
	public double f1() {
		return ratio(2 * truePositives, 2 * truePositives + falsePositives +
			falseNegatives);
	}

	private static double ratio(final int a, final int b) {
		return b == 0 ? Double.NaN : (double) a / b;
	}

	/** One line for a log or a macro's summary. */
	public String summary() {
		return String.format(Locale.ROOT,
			"TP %d, FP %d, FN %d, precision %.4f, recall %.4f, " +
				"F1 %.4f, distance mean %.3f µm, median %.3f µm", truePositives,
			falsePositives, falseNegatives, precision(), recall(), f1(), meanDistance,
			medianDistance);
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof AgreementMetrics)) return false;
		final AgreementMetrics m = (AgreementMetrics) o;
		return truePositives == m.truePositives &&
			falsePositives == m.falsePositives &&
			falseNegatives == m.falseNegatives && Double.compare(meanDistance,
				m.meanDistance) == 0 && Double.compare(medianDistance,
					m.medianDistance) == 0;
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(truePositives, falsePositives, falseNegatives,
			meanDistance, medianDistance);
	}

	@Override
	public String toString() {
		return summary();
	}
}
