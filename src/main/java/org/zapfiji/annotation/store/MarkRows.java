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
import java.sql.Types;
import java.time.Instant;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * A mark as a row of the {@code marks} (and {@code batch_marks}) table: one
 * column per field, so other tools can query the project with plain SQL. Times
 * are integer nanoseconds since the epoch, exact and quick to load; tags are a
 * JSON array.
 */
final class MarkRows {

	/** The columns, in the order {@link #bind} and {@link #read} use. */
	static final String COLUMNS = "id, x, y, z, radius_x, radius_y, radius_z, " +
		"status, annotator, round, created_ns, modified_ns, click_x, click_y, " +
		"click_z, refinement, score, comment, tags, frame";

	static final int COUNT = 20;

	/** Column declarations, shared by both tables that hold marks. */
	static final String DECLARATIONS = "id INTEGER NOT NULL, " +
		"x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, " +
		"radius_x REAL NOT NULL, radius_y REAL NOT NULL, radius_z REAL NOT NULL, " +
		"status TEXT NOT NULL CHECK (status IN ('candidate', 'unreviewed', " +
		"'accepted', 'rejected', 'uncertain')), annotator TEXT NOT NULL, " +
		"round INTEGER NOT NULL, created_ns INTEGER NOT NULL, " +
		"modified_ns INTEGER NOT NULL, click_x REAL NOT NULL, " +
		"click_y REAL NOT NULL, click_z REAL NOT NULL, refinement TEXT NOT NULL, " +
		"score REAL, comment TEXT NOT NULL, tags TEXT NOT NULL, frame INTEGER";

	private MarkRows() {}

	/** Binds the mark to parameters {@code first .. first + COUNT - 1}. */
	static void bind(final PreparedStatement s, final int first, final Mark m)
		throws SQLException
	{
		int i = first;
		s.setLong(i++, m.id());
		i = bindTriple(s, i, m.position());
		i = bindTriple(s, i, m.radius());
		s.setString(i++, m.status().id());
		s.setString(i++, m.annotator());
		s.setInt(i++, m.round());
		s.setLong(i++, nanos(m.created()));
		s.setLong(i++, nanos(m.modified()));
		i = bindTriple(s, i, m.click());
		s.setString(i++, m.refinement());
		if (Double.isNaN(m.score())) s.setNull(i++, Types.REAL);
		else s.setDouble(i++, m.score());
		s.setString(i++, m.comment());
		s.setString(i++, MarkJson.tags(m.tags()));
		if (m.frame() == null) s.setNull(i, Types.INTEGER);
		else s.setInt(i, m.frame());
	}

	/** Reads the mark from columns {@code first ..} of the current row. */
	static Mark read(final ResultSet r, final int first) throws SQLException {
		int i = first;
		final long id = r.getLong(i++);
		final Mark.Builder b = Mark.builder(id, r.getDouble(i++), r.getDouble(i++),
			r.getDouble(i++));
		b.radius(r.getDouble(i++), r.getDouble(i++), r.getDouble(i++));
		b.status(MarkStatus.forId(r.getString(i++)));
		b.annotator(r.getString(i++));
		b.round(r.getInt(i++));
		b.created(instant(r.getLong(i++)));
		b.modified(instant(r.getLong(i++)));
		b.click(r.getDouble(i++), r.getDouble(i++), r.getDouble(i++));
		final String refinement = r.getString(i++);
		final double score = r.getDouble(i);
		b.refinement(refinement, r.wasNull() ? Double.NaN : score);
		i++;
		b.comment(r.getString(i++));
		b.tags(MarkJson.tags(r.getString(i++)));
		final int frame = r.getInt(i);
		b.frame(r.wasNull() ? null : frame);
		return b.build();
	}

	private static int bindTriple(final PreparedStatement s, final int first,
		final double[] v) throws SQLException
	{
		for (int d = 0; d < 3; d++)
			s.setDouble(first + d, v[d]);
		return first + 3;
	}

	/**
	 * @throws IllegalArgumentException for a time outside 1677..2262, which
	 *           64-bit nanoseconds cannot hold
	 */
	static long nanos(final Instant t) {
		try {
			return Math.addExact(Math.multiplyExact(t.getEpochSecond(),
				1_000_000_000L), t.getNano());
		}
		catch (final ArithmeticException e) {
			throw new IllegalArgumentException("time " + t +
				" is outside the years 1677..2262 a project can store", e);
		}
	}

	static Instant instant(final long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math
			.floorMod(nanos, 1_000_000_000L));
	}
}
