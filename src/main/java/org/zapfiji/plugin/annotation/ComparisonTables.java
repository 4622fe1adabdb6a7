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

package org.zapfiji.plugin.annotation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.compare.AgreementMetrics;
import org.zapfiji.annotation.compare.MarkComparison;
import org.zapfiji.annotation.compare.Match;

/**
 * The two CSV files of {@code ZAP Compare Marks}.
 * <p>
 * Matches, one row per pair, per miss and per false positive, in that order:
 * {@code kind} ({@code match}, {@code miss} = reference mark without partner,
 * {@code false_positive} = test mark without partner), {@code reference_id},
 * {@code test_id}, {@code distance_um} (empty unless a match),
 * {@code reference_x_um, reference_y_um, reference_z_um},
 * {@code test_x_um, test_y_um, test_z_um}; cells of the missing side are empty.
 * <p>
 * Summary, one row for all marks ({@code scope} = {@code overall}) and one per
 * region of the reference ({@code scope} = {@code region}; only marks inside
 * the region, matched among themselves): {@code scope}, {@code region_id},
 * {@code region_name}, {@code region_status}, {@code tp}, {@code fp},
 * {@code fn}, {@code precision}, {@code recall}, {@code f1},
 * {@code mean_distance_um}, {@code median_distance_um}, {@code max_distance_um}
 * (the distance limit); ratios with a zero denominator are {@code NaN}.
 */
final class ComparisonTables {

	private ComparisonTables() {}

	static CsvTable matches(final MarkComparison comparison) {
		final CsvTable table = new CsvTable("kind", "reference_id", "test_id",
			"distance_um", "reference_x_um", "reference_y_um", "reference_z_um",
			"test_x_um", "test_y_um", "test_z_um");
		final List<Match> matches = new ArrayList<>(comparison.matching()
			.matches());
		matches.sort(Comparator.comparingLong(m -> m.reference().id()));
		for (final Match m : matches)
			table.add(row("match", m.reference(), m.test(), CsvTable.number(m
				.distance())));
		for (final Mark m : byId(comparison.matching().missed()))
			table.add(row("miss", m, null, ""));
		for (final Mark m : byId(comparison.matching().falsePositives()))
			table.add(row("false_positive", null, m, ""));
		return table;
	}

	static CsvTable summary(final MarkComparison comparison) {
		final CsvTable table = new CsvTable("scope", "region_id", "region_name",
			"region_status", "tp", "fp", "fn", "precision", "recall", "f1",
			"mean_distance_um", "median_distance_um", "max_distance_um");
		final String limit = CsvTable.number(comparison.maxDistance());
		table.add(metrics(new String[] { "overall", "", "", "" }, comparison
			.overall(), limit));
		for (final Map.Entry<Region, AgreementMetrics> e : comparison.perRegion()
			.entrySet())
		{
			final Region r = e.getKey();
			table.add(metrics(new String[] { "region", Long.toString(r.id()), r
				.name(), r.status().id() }, e.getValue(), limit));
		}
		return table;
	}

	/** Rows in id order, so one comparison always gives one file. */
	private static List<Mark> byId(final Collection<Mark> marks) {
		final List<Mark> sorted = new ArrayList<>(marks);
		sorted.sort(Comparator.comparingLong(Mark::id));
		return sorted;
	}

	private static String[] row(final String kind, final Mark reference,
		final Mark test, final String distance)
	{
		final String[] cells = new String[10];
		cells[0] = kind;
		cells[1] = reference == null ? "" : Long.toString(reference.id());
		cells[2] = test == null ? "" : Long.toString(test.id());
		cells[3] = distance;
		for (int d = 0; d < 3; d++) {
			cells[4 + d] = reference == null ? "" : CsvTable.number(reference
				.position()[d]);
			cells[7 + d] = test == null ? "" : CsvTable.number(test.position()[d]);
		}
		return cells;
	}

	private static String[] metrics(final String[] scope,
		final AgreementMetrics m, final String limit)
	{
		return new String[] { scope[0], scope[1], scope[2], scope[3], Integer
			.toString(m.truePositives()), Integer.toString(m.falsePositives()),
			Integer.toString(m.falseNegatives()), CsvTable.number(m.precision()),
			CsvTable.number(m.recall()), CsvTable.number(m.f1()), CsvTable.number(m
				.meanDistance()), CsvTable.number(m.medianDistance()), limit };
	}
}
