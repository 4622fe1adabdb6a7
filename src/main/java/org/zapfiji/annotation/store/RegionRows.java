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

package org.zapfiji.annotation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/** A region as a row of the {@code regions} table, one column per field. */
final class RegionRows {

	static final String COLUMNS = "id, min_x, min_y, min_z, max_x, max_y, " +
		"max_z, name, annotator, status, created_ns, modified_ns";

	static final int COUNT = 12;

	static final String DECLARATIONS = "id INTEGER PRIMARY KEY, " +
		"min_x REAL NOT NULL, min_y REAL NOT NULL, min_z REAL NOT NULL, " +
		"max_x REAL NOT NULL, max_y REAL NOT NULL, max_z REAL NOT NULL, " +
		"name TEXT NOT NULL, annotator TEXT NOT NULL, status TEXT NOT NULL " +
		"CHECK (status IN ('in_progress', 'complete')), " +
		"created_ns INTEGER NOT NULL, modified_ns INTEGER NOT NULL";

	private RegionRows() {}

	static void bind(final PreparedStatement s, final Region r)
		throws SQLException
	{
		s.setLong(1, r.id());
		final double[] min = r.min();
		final double[] max = r.max();
		for (int d = 0; d < 3; d++) {
			s.setDouble(2 + d, min[d]);
			s.setDouble(5 + d, max[d]);
		}
		s.setString(8, r.name());
		s.setString(9, r.annotator());
		s.setString(10, r.status().id());
		s.setLong(11, MarkRows.nanos(r.created()));
		s.setLong(12, MarkRows.nanos(r.modified()));
	}

	static Region read(final ResultSet r) throws SQLException {
		return new Region(r.getLong(1), new double[] { r.getDouble(2), r.getDouble(
			3), r.getDouble(4) }, new double[] { r.getDouble(5), r.getDouble(6), r
				.getDouble(7) }, r.getString(8), r.getString(9), RegionStatus.forId(r
					.getString(10)), MarkRows.instant(r.getLong(11)), MarkRows.instant(r
						.getLong(12)));
	}
}
