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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of a project file and the way from each older version to this one.
 * A new file is made at version 1 and brought up through every migration, so a
 * fresh file and an upgraded one are the same by construction.
 * <p>
 * The version sits twice in the file: in SQLite's header ({@code user_version},
 * readable without opening the database, so a newer file is refused before
 * SQLite touches it) and in the {@code meta} table, for people.
 */
final class Schema {

	/** "ZAPF" in SQLite's header: what tells a project from any SQLite file. */
	static final int APPLICATION_ID = 0x5A415046;

	/** Every migration so far: element i upgrades version i + 1 to i + 2. */
	static final List<SchemaMigration> MIGRATIONS = List.of(
		new VersionTwoMigration());

	/** What this code reads and writes. */
	static final Schema CURRENT = new Schema(2, MIGRATIONS);

	/**
	 * Since version 2: the marks of each batch entry, as blobs of many marks
	 * each, in order of part. Append-only like the log it belongs to.
	 */
	static final String[] BATCH_CHUNKS = { //
		"CREATE TABLE batch_chunks (batch INTEGER NOT NULL REFERENCES edits " +
			"(seq), part INTEGER NOT NULL, marks BLOB NOT NULL, " +
			"PRIMARY KEY (batch, part))", appendOnly("batch_chunks", "UPDATE"),
		appendOnly("batch_chunks", "DELETE") };

	/** Version 1 exactly as it was; {@link #MIGRATIONS} take it on from there. */
	private static final String[] VERSION_1 = { //
		"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
		"CREATE TABLE marks (" + VersionTwoMigration.VERSION_1_DECLARATIONS +
			", PRIMARY KEY (id))", "CREATE TABLE regions (" +
				RegionRows.DECLARATIONS + ")",
		"CREATE TABLE edits (seq INTEGER PRIMARY KEY AUTOINCREMENT, " +
			"time INTEGER NOT NULL, annotator TEXT NOT NULL, " +
			"operation TEXT NOT NULL CHECK (operation IN ('add', 'update', " +
			"'delete')), kind TEXT NOT NULL CHECK (kind IN ('mark', 'region', " +
			"'mark_batch')), target INTEGER NOT NULL, before TEXT, after TEXT, " +
			"undoes INTEGER REFERENCES edits (seq))",
		"CREATE INDEX edits_by_annotator ON edits (annotator, seq)",
		"CREATE INDEX edits_by_target ON edits (kind, target)",
		// A plain rowid table: appending is the cheapest insert SQLite has, and a
		// batch is written in id order. (batch, id) is unique because every
		// batch is copied into marks, whose primary key is id.
		"CREATE TABLE batch_marks (batch INTEGER NOT NULL REFERENCES edits (seq), " +
			VersionTwoMigration.VERSION_1_DECLARATIONS + ")",
		"CREATE INDEX batch_marks_by_batch ON batch_marks (batch)", appendOnly(
			"edits", "UPDATE"), appendOnly("edits", "DELETE"), appendOnly(
				"batch_marks", "UPDATE"), appendOnly("batch_marks", "DELETE") };

	private final int version;

	private final List<SchemaMigration> migrations;

	/**
	 * @param migrations element i upgrades version i + 1 to i + 2
	 */
	Schema(final int version, final List<SchemaMigration> migrations) {
		if (migrations.size() != version - 1) throw new IllegalArgumentException(
			"version " + version + " needs " + (version - 1) + " migrations, got " +
				migrations.size());
		this.version = version;
		this.migrations = new ArrayList<>(migrations);
	}

	int version() {
		return version;
	}

	/**
	 * Makes the tables of a new project in an empty database, in one transaction,
	 * and brings them up to this version.
	 */
	void create(final Connection c, final String projectName,
		final String softwareVersion, final Instant now) throws SQLException
	{
		try (Statement s = c.createStatement()) {
			s.execute("PRAGMA application_id = " + APPLICATION_ID);
			c.setAutoCommit(false);
			for (final String sql : VERSION_1)
				s.execute(sql);
			Meta.put(c, Meta.CREATED, now.toString());
			Meta.put(c, Meta.SOFTWARE_VERSION, softwareVersion);
			Meta.put(c, Meta.PROJECT_NAME, projectName);
			setVersion(c, 1);
			migrate(c, 1);
			c.commit();
		}
		finally {
			c.setAutoCommit(true);
		}
	}

	/**
	 * Brings a file of version {@code found} up to this one in one transaction;
	 * on any failure it is rolled back and the file keeps its version.
	 */
	void upgrade(final Connection c, final int found) throws SQLException {
		c.setAutoCommit(false);
		try {
			migrate(c, found);
			c.commit();
		}
		catch (final SQLException | RuntimeException e) {
			c.rollback();
			throw e;
		}
		finally {
			c.setAutoCommit(true);
		}
	}

	private void migrate(final Connection c, final int found)
		throws SQLException
	{
		for (int v = found; v < version; v++) {
			migrations.get(v - 1).apply(c);
			setVersion(c, v + 1);
		}
	}

	private static void setVersion(final Connection c, final int v)
		throws SQLException
	{
		try (Statement s = c.createStatement()) {
			s.execute("PRAGMA user_version = " + v);
		}
		Meta.put(c, Meta.SCHEMA_VERSION, Integer.toString(v));
	}

	private static String appendOnly(final String table, final String what) {
		return "CREATE TRIGGER " + table + "_no_" + what.toLowerCase() +
			" BEFORE " + what + " ON " + table + " BEGIN SELECT RAISE(ABORT, '" +
			table + " is append-only'); END";
	}
}
