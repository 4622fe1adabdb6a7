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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;

/**
 * The upgrade path, exercised with a schema version 3 that exists only here: a
 * version-2 file opened by "version-3 code" is migrated in place, keeping its
 * data; a failing migration leaves the file as it was. The real migration from
 * version 1 is {@link VersionTwoMigrationTest}'s.
 */
class SchemaMigrationTest {

	@TempDir
	Path dir;

	private static final SchemaMigration ADD_REVIEWER = c -> {
		try (Statement s = c.createStatement()) {
			s.execute("ALTER TABLE marks ADD COLUMN reviewer TEXT");
		}
	};

	@Test
	void anOlderFileIsUpgradedAndKeepsItsEdits() throws Exception {
		final Path file = currentProject();
		final Schema three = new Schema(3, withCurrent(ADD_REVIEWER));
		try (ProjectStore s = ProjectStore.open(file, "alice", Duration.ZERO,
			three))
		{
			assertEquals(1, s.markCount());
			assertEquals(1, s.edits().size());
			s.undo().orElseThrow();
		}
		try (Connection c = ProjectFiles.connect(file, true);
				Statement st = c.createStatement())
		{
			assertEquals("3", ProjectStoreTest.one(st, "PRAGMA user_version"));
			assertEquals("3", ProjectStoreTest.one(st,
				"SELECT value FROM meta WHERE key = 'schema_version'"));
			assertEquals("0", ProjectStoreTest.one(st,
				"SELECT count(reviewer) FROM marks"));
		}
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.open(file, "alice"));
		assertTrue(e.getMessage().contains("newer"), e.getMessage());
	}

	@Test
	void aFailedMigrationChangesNothing() throws Exception {
		final Path file = currentProject();
		final byte[] before = Files.readAllBytes(file);
		final Schema broken = new Schema(4, withCurrent(ADD_REVIEWER, c -> {
			throw new SQLException("migration 3 to 4 failed on purpose");
		}));
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.open(file, "alice", Duration.ZERO, broken));
		assertTrue(e.getMessage().contains("on purpose"), e.getMessage());
		Files.deleteIfExists(ProjectLock.lockFile(file));
		assertArrayEquals(before, Files.readAllBytes(file));
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			assertEquals(1, s.markCount());
		}
	}

	@Test
	void aNewFileIsMadeThroughEveryMigration() throws IOException {
		final Path file = dir.resolve("three.zap");
		ProjectFiles.create(file, "p", new Schema(3, withCurrent(ADD_REVIEWER)));
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.open(file, "alice"));
		assertTrue(e.getMessage().contains("schema version 3"), e.getMessage());
	}

	/** The real migrations, then these test-only ones. */
	private static List<SchemaMigration> withCurrent(
		final SchemaMigration... more)
	{
		final List<SchemaMigration> all = new ArrayList<>(Schema.MIGRATIONS);
		all.addAll(Arrays.asList(more));
		return all;
	}

	private Path currentProject() throws IOException {
		final Path file = dir.resolve("old.zap");
		ProjectStore.create(file, "old");
		final Mark m = TestMarks.mark(new Random(1), 1);
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			s.addMark(m);
		}
		return file;
	}
}
