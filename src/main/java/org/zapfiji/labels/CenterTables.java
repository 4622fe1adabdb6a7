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

package org.zapfiji.labels;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.GsonBuilder;

import org.zapfiji.annotation.Mark;
import org.zapfiji.io.CsvFields;

/**
 * The center list of an export, which is also the table from instance ids to
 * mark ids: one row per selected mark, in instance id order, with the center in
 * µm and in voxels (voxel i centred at i), the radius, status, annotator and
 * split part. As CSV and as JSON; mark ids are strings in JSON, since 63-bit
 * numbers do not survive a JavaScript reader.
 */
final class CenterTables {

	static final String CSV = "centers.csv";

	static final String JSON = "centers.json";

	private static final String HEADER =
		"instance_id,mark_id,x_um,y_um,z_um,x_px,y_px,z_px,radius_x_um,radius_y_um,radius_z_um,status,annotator,split";

	private CenterTables() {}

	/** Writes both files into {@code folder}; returns their names. */
	static List<String> write(final Path folder, final LabeledMarks marks,
		final String[] parts) throws IOException
	{
		final double[] s = marks.grid().spacing();
		final List<Map<String, Object>> rows = new ArrayList<>();
		try (Writer csv = Files.newBufferedWriter(folder.resolve(CSV),
			StandardCharsets.UTF_8))
		{
			csv.write(HEADER + "\n");
			for (int id = 1; id <= marks.count(); id++) {
				final Mark m = marks.mark(id);
				final double[] p = m.position();
				final double[] r = m.radius();
				csv.write(String.format(Locale.ROOT,
					"%d,%d,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s%n", id, m.id(), p[0], p[1],
					p[2], p[0] / s[0], p[1] / s[1], p[2] / s[2], r[0], r[1], r[2], m
						.status().id(), CsvFields.field(m.annotator()), parts[id - 1]));
				final Map<String, Object> row = new LinkedHashMap<>();
				row.put("instance_id", id);
				row.put("mark_id", Long.toString(m.id()));
				row.put("center_um", p);
				row.put("center_px", new double[] { p[0] / s[0], p[1] / s[1], p[2] /
					s[2] });
				row.put("radius_um", r);
				row.put("status", m.status().id());
				row.put("annotator", m.annotator());
				row.put("split", parts[id - 1]);
				rows.add(row);
			}
		}
		final Map<String, Object> json = new LinkedHashMap<>();
		json.put("voxel_size_um", s);
		json.put("centers", rows);
		Files.writeString(folder.resolve(JSON), new GsonBuilder()
			.setPrettyPrinting().disableHtmlEscaping().create().toJson(json) + "\n",
			StandardCharsets.UTF_8);
		return List.of(CSV, JSON);
	}
}
