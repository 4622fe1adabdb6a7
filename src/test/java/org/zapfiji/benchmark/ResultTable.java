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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The results of a run as one aligned text table, one row per benchmark and
 * parameter set. JMH prints a table too, but amid its progress log; this one is
 * what {@link Benchmarks} leaves on stdout, short enough to paste into a
 * review.
 */
final class ResultTable {

	private static final String[] HEADER = { "Benchmark", "Params", "Mode",
		"Score", "Error", "Units" };

	/** Our package is implied; other packages keep their full name. */
	private static final String OWN_PACKAGE = Benchmarks.class.getPackage()
		.getName() + ".";

	private ResultTable() {}

	static String format(final Collection<RunResult> results) {
		final List<String[]> rows = new ArrayList<>();
		rows.add(HEADER);
		for (final RunResult result : results)
			rows.add(row(result));
		final int[] widths = new int[HEADER.length];
		for (final String[] row : rows)
			for (int c = 0; c < row.length; c++)
				widths[c] = Math.max(widths[c], row[c].length());
		final StringBuilder text = new StringBuilder();
		for (final String[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				// Text columns align left, numbers right.
				final boolean number = c == 3 || c == 4;
				final String cell = String.format("%" + (number ? "" : "-") +
					widths[c] + "s", row[c]);
				text.append(c == 0 ? "" : "  ").append(cell);
			}
			text.append(System.lineSeparator());
		}
		return text.toString();
	}

	private static String[] row(final RunResult result) {
		final BenchmarkParams params = result.getParams();
		final Result<?> primary = result.getPrimaryResult();
		String name = params.getBenchmark();
		if (name.startsWith(OWN_PACKAGE)) name = name.substring(OWN_PACKAGE
			.length());
		final StringJoiner paramText = new StringJoiner(",");
		paramText.setEmptyValue("-");
		for (final Object key : params.getParamsKeys())
			paramText.add(key + "=" + params.getParam((String) key));
		final double error = primary.getScoreError();
		return new String[] { name, paramText.toString(), params.getMode()
			.shortLabel(), number(primary.getScore()), Double.isNaN(error) ? ""
				: "± " + number(error), primary.getScoreUnit() };
	}

	/** About four significant digits, never in exponent notation. */
	private static String number(final double value) {
		final double magnitude = Math.abs(value);
		final int decimals = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1
			: magnitude >= 10 ? 2 : 3;
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}
}
