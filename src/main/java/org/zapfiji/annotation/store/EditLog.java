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
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the {@code edits} table. Rows are only ever inserted (triggers
 * refuse updates and deletes), each inside the transaction that also changes
 * the mark or region, so the log and the state never disagree.
 */
final class EditLog {

	private static final String EDIT_COLUMNS =
		"seq, time, annotator, operation, kind, target, before, after, undoes";

	private final Connection c;

	private final PreparedStatement append;

	private final PreparedStatement nextSeq;

	EditLog(final Connection connection) throws SQLException {
		this.c = connection;
		this.append = c.prepareStatement("INSERT INTO edits (" + EDIT_COLUMNS +
			") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
		this.nextSeq = c.prepareStatement(
			"SELECT COALESCE(MAX(seq), 0) + 1 FROM edits");
	}

	/**
	 * The seq the next entry gets. Only meaningful inside a write transaction,
	 * which keeps any other writer out until the entry is in.
	 */
	long nextSeq() throws SQLException {
		try (ResultSet r = nextSeq.executeQuery()) {
			r.next();
			return r.getLong(1);
		}
	}

	void append(final Edit e) throws SQLException {
		append.setLong(1, e.seq());
		append.setLong(2, e.time());
		append.setString(3, e.annotator());
		append.setString(4, e.operation().id());
		append.setString(5, e.kind().id());
		append.setLong(6, e.target());
		append.setString(7, e.before());
		append.setString(8, e.after());
		if (e.undoes() == null) append.setNull(9, Types.INTEGER);
		else append.setLong(9, e.undoes());
		append.executeUpdate();
	}

	/** The entry, or null if there is none with this seq. */
	Edit read(final long seq) throws SQLException {
		final List<Edit> found = query("WHERE seq = " + seq);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Entries with seq ≤ {@code last}, oldest first. */
	List<Edit> upTo(final long last) throws SQLException {
		return query("WHERE seq <= " + last + " ORDER BY seq");
	}

	/** The latest entry about this mark or region, or null. */
	Edit latestAbout(final EditKind kind, final long target) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT " + EDIT_COLUMNS +
			" FROM edits WHERE kind = ? AND target = ? ORDER BY seq DESC LIMIT 1"))
		{
			s.setString(1, kind.id());
			s.setLong(2, target);
			final List<Edit> found = read(s);
			return found.isEmpty() ? null : found.get(0);
		}
	}

	/** Each entry of one annotator as {seq, undoes or 0}, oldest first. */
	List<long[]> undoChain(final String annotator) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(
			"SELECT seq, undoes FROM edits WHERE annotator = ? ORDER BY seq"))
		{
			s.setString(1, annotator);
			final List<long[]> chain = new ArrayList<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next())
					chain.add(new long[] { r.getLong(1), r.getLong(2) });
			}
			return chain;
		}
	}

	private List<Edit> query(final String where) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("SELECT " + EDIT_COLUMNS +
			" FROM edits " + where))
		{
			return read(s);
		}
	}

	private static List<Edit> read(final PreparedStatement s)
		throws SQLException
	{
		final List<Edit> edits = new ArrayList<>();
		try (ResultSet r = s.executeQuery()) {
			while (r.next()) {
				final long undoes = r.getLong(9);
				final Long reverted = r.wasNull() ? null : undoes;
				edits.add(new Edit(r.getLong(1), r.getLong(2), r.getString(3),
					EditOperation.forId(r.getString(4)), EditKind.forId(r.getString(5)), r
						.getLong(6), r.getString(7), r.getString(8), reverted));
			}
		}
		return edits;
	}
}
