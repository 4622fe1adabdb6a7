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
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * A mark as a row of the {@code marks} table: a column for each field that
 * other tools query with plain SQL (id, position, status, annotator, round,
 * score), and the rest as one compact {@code details} blob ({@link MarkBytes}).
 * Nine values per row rather than twenty: binding each value is a call through
 * JNI, and those calls were most of the time of a million-mark import.
 */
final class MarkRows {

	/** The columns, in the order {@link #bind} and {@link #read} use. */
	static final String COLUMNS =
		"id, x, y, z, status, annotator, round, score, details";

	static final int COUNT = 9;

	private static final int ROWS_PER_INSERT = 128;

	/** Column declarations of the {@code marks} table. */
	static final String DECLARATIONS = "id INTEGER NOT NULL, " +
		"x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL, " +
		"status TEXT NOT NULL CHECK (status IN ('candidate', 'unreviewed', " +
		"'accepted', 'rejected', 'uncertain')), annotator TEXT NOT NULL, " +
		"round INTEGER NOT NULL, score REAL, details BLOB NOT NULL";

	/**
	 * The ids of {@link MarkStatus}, made once: {@code id()} lower-cases the name
	 * on every call, which showed in an import of a million marks.
	 */
	private static final String[] STATUS_IDS = new String[MarkStatus
		.values().length];

	private static final Map<String, MarkStatus> STATUSES = new HashMap<>();

	static {
		for (final MarkStatus s : MarkStatus.values()) {
			STATUS_IDS[s.ordinal()] = s.id();
			STATUSES.put(s.id(), s);
		}
	}

	private MarkRows() {}

	static String statusId(final MarkStatus s) {
		return STATUS_IDS[s.ordinal()];
	}

	/** @throws IllegalArgumentException naming the accepted ids */
	static MarkStatus status(final String id) {
		final MarkStatus s = STATUSES.get(id);
		return s != null ? s : MarkStatus.forId(id);
	}

	/**
	 * Binds the mark to parameters {@code first .. first + COUNT - 1}, with its
	 * {@link #details} already encoded.
	 */
	static void bind(final PreparedStatement s, final int first, final Mark m,
		final byte[] details) throws SQLException
	{
		int i = first;
		s.setLong(i++, m.id());
		s.setDouble(i++, m.x());
		s.setDouble(i++, m.y());
		s.setDouble(i++, m.z());
		s.setString(i++, statusId(m.status()));
		s.setString(i++, m.annotator());
		s.setInt(i++, m.round());
		if (Double.isNaN(m.score())) s.setNull(i++, Types.REAL);
		else s.setDouble(i++, m.score());
		s.setBytes(i, details);
	}

	/** The details column of the mark; {@code scratch} is reused. */
	static byte[] details(final Mark m, final ByteWriter scratch) {
		scratch.reset();
		MarkBytes.writeDetails(scratch, m);
		return scratch.toArray();
	}

	/**
	 * Reads the mark from columns {@code first ..} of the current row.
	 *
	 * @throws SQLException naming the mark and the column if a value is invalid
	 */
	static Mark read(final ResultSet r, final int first) throws SQLException {
		final long id = r.getLong(first);
		try {
			final Mark.Builder b = Mark.builder(id, r.getDouble(first + 1), r
				.getDouble(first + 2), r.getDouble(first + 3));
			b.status(status(r.getString(first + 4)));
			b.annotator(r.getString(first + 5));
			b.round(r.getInt(first + 6));
			final double score = r.getDouble(first + 7);
			final double orNaN = r.wasNull() ? Double.NaN : score;
			final ByteReader details = new ByteReader(r.getBytes(first + 8));
			MarkBytes.readDetails(details, b, orNaN);
			if (!details.atEnd()) throw details.damaged("bytes left over");
			return b.build();
		}
		catch (final IllegalArgumentException | NullPointerException e) {
			throw new SQLException("mark " + id + ": invalid value (status, " +
				"annotator, round or details column): " + e.getMessage(), e);
		}
	}

	/**
	 * Inserts the marks, which must be new, {@value #ROWS_PER_INSERT} rows per
	 * statement: a statement's execution has a fixed cost through the driver that
	 * a one-row-per-statement import pays a million times.
	 */
	static void insert(final Connection c, final List<Mark> marks)
		throws SQLException
	{
		final ByteWriter scratch = new ByteWriter();
		for (int at = 0; at < marks.size(); at += ROWS_PER_INSERT) {
			final int n = Math.min(ROWS_PER_INSERT, marks.size() - at);
			try (PreparedStatement s = c.prepareStatement(insert(n))) {
				for (int k = 0; k < n; k++) {
					final Mark m = marks.get(at + k);
					bind(s, k * COUNT + 1, m, details(m, scratch));
				}
				s.executeUpdate();
			}
		}
	}

	/** Deletes the marks with these ids, many per statement. */
	static void delete(final Connection c, final List<Mark> marks)
		throws SQLException
	{
		for (int at = 0; at < marks.size(); at += ROWS_PER_INSERT) {
			final int n = Math.min(ROWS_PER_INSERT, marks.size() - at);
			try (PreparedStatement s = c.prepareStatement(
				"DELETE FROM marks WHERE id IN (?" + ", ?".repeat(n - 1) + ")"))
			{
				for (int k = 0; k < n; k++)
					s.setLong(k + 1, marks.get(at + k).id());
				s.executeUpdate();
			}
		}
	}

	/**
	 * An insert of {@code rows} new marks: one whose id exists already fails the
	 * statement. Cheaper than {@link #UPSERT}, which must look for a row to
	 * replace first.
	 */
	static String insert(final int rows) {
		final String row = "(?" + ", ?".repeat(COUNT - 1) + ")";
		return "INSERT INTO marks (" + COLUMNS + ") VALUES " + row + (", " + row)
			.repeat(rows - 1);
	}

	/** Inserts one mark or replaces the row with its id. */
	static final String UPSERT = "INSERT OR REPLACE INTO marks (" + COLUMNS +
		") VALUES (?" + ", ?".repeat(COUNT - 1) + ")";

	/**
	 * Runs {@code work} with SQLite's CHECK constraints off on this connection.
	 * The {@code status} CHECK guards what other programs write into a project;
	 * the store writes statuses only from {@link MarkStatus}, which cannot hold
	 * another value, and evaluating the CHECK was a sixth of a million-mark
	 * import. SQLite compiles the setting into statements prepared while it is on
	 * and re-prepares every statement when it changes, so statements prepared
	 * outside {@code work} keep checking.
	 */
	static void unchecked(final Connection c, final SqlWork work)
		throws SQLException
	{
		try (Statement s = c.createStatement()) {
			s.execute("PRAGMA ignore_check_constraints = ON");
			try {
				work.run();
			}
			finally {
				s.execute("PRAGMA ignore_check_constraints = OFF");
			}
		}
	}

	/** Work on the database. */
	@FunctionalInterface
	interface SqlWork {

		void run() throws SQLException;
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
