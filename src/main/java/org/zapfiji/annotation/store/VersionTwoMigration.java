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

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * Schema version 1 to 2, which made a million-mark import about twice as fast:
 * the {@code marks} table keeps a column for each field that is queried and
 * puts the rest into one {@code details} blob, and a batch's marks, before kept
 * a second time row by row in {@code batch_marks}, are kept as compact blobs in
 * {@code batch_chunks}. Rows are converted in Java, as SQL cannot write the
 * blobs.
 */
final class VersionTwoMigration implements SchemaMigration {

	/** The mark columns of version 1, in the order {@link #readOne} uses. */
	static final String VERSION_1_COLUMNS = "id, x, y, z, radius_x, " +
		"radius_y, radius_z, status, annotator, round, created_ns, modified_ns, " +
		"click_x, click_y, click_z, refinement, score, comment, tags, frame";

	/** Version 1's declarations, shared by marks and batch_marks. */
	static final String VERSION_1_DECLARATIONS = "id INTEGER NOT NULL, " +
		"x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, " +
		"radius_x REAL NOT NULL, radius_y REAL NOT NULL, radius_z REAL NOT NULL, " +
		"status TEXT NOT NULL CHECK (status IN ('candidate', 'unreviewed', " +
		"'accepted', 'rejected', 'uncertain')), annotator TEXT NOT NULL, " +
		"round INTEGER NOT NULL, created_ns INTEGER NOT NULL, " +
		"modified_ns INTEGER NOT NULL, click_x REAL NOT NULL, " +
		"click_y REAL NOT NULL, click_z REAL NOT NULL, refinement TEXT NOT NULL, " +
		"score REAL, comment TEXT NOT NULL, tags TEXT NOT NULL, frame INTEGER";

	/** Marks converted per round trip, to bound the memory a big file needs. */
	private static final int PAGE = 65536;

	@Override
	public void apply(final Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("DROP TRIGGER batch_marks_no_update");
			s.execute("DROP TRIGGER batch_marks_no_delete");
			for (final String sql : Schema.BATCH_CHUNKS)
				s.execute(sql);
			s.execute("ALTER TABLE marks RENAME TO marks_version_1");
			s.execute("CREATE TABLE marks (" + MarkRows.DECLARATIONS +
				", PRIMARY KEY (id))");
		}
		copyMarks(c);
		copyBatches(c);
		try (Statement s = c.createStatement()) {
			s.execute("DROP TABLE marks_version_1");
			s.execute("DROP TABLE batch_marks");
		}
	}

	private static void copyMarks(final Connection c) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT " +
			VERSION_1_COLUMNS + " FROM marks_version_1 WHERE id > ? ORDER BY id " +
			"LIMIT " + PAGE))
		{
			long after = Long.MIN_VALUE;
			List<Mark> page;
			do {
				s.setLong(1, after);
				page = read(s, "marks");
				MarkRows.insert(c, page);
				if (!page.isEmpty()) after = page.get(page.size() - 1).id();
			}
			while (page.size() == PAGE);
		}
	}

	private static void copyBatches(final Connection c) throws SQLException {
		final List<Long> batches = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery(
					"SELECT DISTINCT batch FROM batch_marks ORDER BY batch"))
		{
			while (r.next())
				batches.add(r.getLong(1));
		}
		try (PreparedStatement s = c.prepareStatement("SELECT " +
			VERSION_1_COLUMNS + " FROM batch_marks WHERE batch = ? ORDER BY id"))
		{
			for (final long batch : batches) {
				s.setLong(1, batch);
				BatchChunks.write(c, batch, read(s, "batch_marks"), false);
			}
		}
	}

	private static List<Mark> read(final PreparedStatement s, final String table)
		throws SQLException
	{
		final List<Mark> marks = new ArrayList<>();
		try (ResultSet r = s.executeQuery()) {
			while (r.next())
				try {
					marks.add(readOne(r));
				}
				catch (final IllegalArgumentException | NullPointerException e) {
					throw new SQLException(table + ": mark " + r.getLong(1) +
						": invalid value: " + e.getMessage(), e);
				}
		}
		return marks;
	}

	/** A version-1 row, as version 1 read it. */
	private static Mark readOne(final ResultSet r) throws SQLException {
		final Mark.Builder b = Mark.builder(r.getLong(1), r.getDouble(2), r
			.getDouble(3), r.getDouble(4));
		b.radius(r.getDouble(5), r.getDouble(6), r.getDouble(7));
		b.status(MarkStatus.forId(r.getString(8)));
		b.annotator(r.getString(9));
		b.round(r.getInt(10));
		b.created(MarkRows.instant(r.getLong(11)));
		b.modified(MarkRows.instant(r.getLong(12)));
		b.click(r.getDouble(13), r.getDouble(14), r.getDouble(15));
		final String refinement = r.getString(16);
		final double score = r.getDouble(17);
		b.refinement(refinement, r.wasNull() ? Double.NaN : score);
		b.comment(r.getString(18));
		b.tags(MarkJson.tags(r.getString(19)));
		final int frame = r.getInt(20);
		b.frame(r.wasNull() ? null : frame);
		return b.build();
	}
}
