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
import java.util.Comparator;
import java.util.List;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.compare.MergeResult;
import org.zapfiji.annotation.store.ProjectMerge;

/**
 * The conflicts CSV of {@code ZAP Merge Projects}: everything the merge left
 * for a person, one row per case, so nothing is dropped silently.
 * <p>
 * Columns: {@code kind} ({@code id_conflict}: one mark id, different content;
 * {@code probable_duplicate}: different ids within the distance;
 * {@code region_conflict}: one region id, different content), {@code first_id},
 * {@code second_id}, {@code distance_um} (probable duplicates only),
 * {@code first_x_um, first_y_um, first_z_um},
 * {@code second_x_um, second_y_um, second_z_um} (mark centers; region box
 * centers), {@code first_annotator}, {@code second_annotator},
 * {@code first_status}, {@code second_status}.
 */
final class MergeTables {

	private MergeTables() {}

	static CsvTable conflicts(final ProjectMerge.Report report) {
		final CsvTable table = new CsvTable("kind", "first_id", "second_id",
			"distance_um", "first_x_um", "first_y_um", "first_z_um", "second_x_um",
			"second_y_um", "second_z_um", "first_annotator", "second_annotator",
			"first_status", "second_status");
		for (final MergeResult.IdConflict c : report.marks().conflicts())
			table.add(marks("id_conflict", c.first(), c.second(), ""));
		final List<MergeResult.ProbableDuplicate> duplicates = new ArrayList<>(
			report.marks().probableDuplicates());
		duplicates.sort(Comparator.comparingLong((
			MergeResult.ProbableDuplicate d) -> d.first().id()).thenComparingLong(
				d -> d.second().id()));
		for (final MergeResult.ProbableDuplicate d : duplicates)
			table.add(marks("probable_duplicate", d.first(), d.second(), CsvTable
				.number(d.distance())));
		for (final Region[] r : report.regionConflicts())
			table.add(regions(r[0], r[1]));
		return table;
	}

	private static String[] marks(final String kind, final Mark a, final Mark b,
		final String distance)
	{
		return row(kind, a.id(), b.id(), distance, a.position(), b.position(), a
			.annotator(), b.annotator(), a.status().id(), b.status().id());
	}

	private static String[] regions(final Region a, final Region b) {
		return row("region_conflict", a.id(), b.id(), "", center(a), center(b), a
			.annotator(), b.annotator(), a.status().id(), b.status().id());
	}

	private static String[] row(final String kind, final long firstId,
		final long secondId, final String distance, final double[] first,
		final double[] second, final String... who)
	{
		return new String[] { kind, Long.toString(firstId), Long.toString(secondId),
			distance, CsvTable.number(first[0]), CsvTable.number(first[1]), CsvTable
				.number(first[2]), CsvTable.number(second[0]), CsvTable.number(
					second[1]), CsvTable.number(second[2]), who[0], who[1], who[2],
			who[3] };
	}

	private static double[] center(final Region r) {
		final double[] min = r.min();
		final double[] max = r.max();
		return new double[] { (min[0] + max[0]) / 2, (min[1] + max[1]) / 2,
			(min[2] + max[2]) / 2 };
	}
}
