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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * A project file written by the schema-1 code (the resource
 * {@code version1.zap}: single adds, updates and deletes, a region, and three
 * batches, one undone and redone, one undone) is migrated to version 2 when
 * opened, and every past state stays as schema-1 code saw it
 * ({@code version1-states.txt}, written by that code from the same file).
 */
class VersionTwoMigrationTest {

	@TempDir
	Path dir;

	@Test
	void everyPastStateSurvivesTheMigration() throws Exception {
		final Map<Long, ProjectState> expected = expectedStates();
		final Path file = versionOneFile();
		try (ProjectStore s = ProjectStore.open(file, "carol")) {
			assertEquals(expected.size() - 1, s.lastSeq());
			for (final Map.Entry<Long, ProjectState> e : expected.entrySet())
				assertEquals(e.getValue(), s.stateAt(e.getKey()), "state at " + e
					.getKey());
			assertEquals(expected.get(s.lastSeq()), s.state());
			assertEquals("ok", s.integrityCheck());
		}
		try (Connection c = ProjectFiles.connect(file, true);
				Statement st = c.createStatement())
		{
			assertEquals("2", ProjectStoreTest.one(st, "PRAGMA user_version"));
			assertEquals("0", ProjectStoreTest.one(st,
				"SELECT count(*) FROM sqlite_master WHERE name LIKE '%version_1' " +
					"OR name LIKE 'batch_marks%'"));
			assertEquals("3", ProjectStoreTest.one(st,
				"SELECT count(DISTINCT batch) FROM batch_chunks"));
		}
	}

	@Test
	void undoAndRedoReachBackPastTheMigration() throws Exception {
		final Path file = versionOneFile();
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			for (int i = 0; i < 4; i++)
				s.undo().orElseThrow(); // region, delete, two updates
			assertTrue(s.mark(100).isPresent());
			assertEquals(EditKind.MARK_BATCH, s.undo().orElseThrow().kind());
			assertFalse(s.mark(100).isPresent());
			s.redo().orElseThrow();
			assertEquals(s.stateAt(4).marks().get(119L), s.mark(119).orElseThrow());
		}
		try (ProjectStore s = ProjectStore.open(file, "bob")) {
			s.undo().orElseThrow(); // the delete of 201
			assertTrue(s.mark(201).isPresent());
			assertEquals("ok", s.integrityCheck());
		}
	}

	@Test
	void aDamagedDetailsBlobIsReportedWithFileAndMark() throws Exception {
		final Path file = versionOneFile();
		ProjectStore.open(file, "alice").close();
		try (Connection c = ProjectFiles.connect(file, false);
				Statement st = c.createStatement())
		{
			st.execute("UPDATE marks SET details = x'0140' WHERE id = 2");
		}
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.open(file, "alice"));
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage()
			.contains("mark 2") && e.getMessage().contains("details"), e
				.getMessage());
	}

	private Path versionOneFile() throws IOException {
		final Path file = dir.resolve("version1.zap");
		try (InputStream in = getClass().getResourceAsStream("version1.zap")) {
			Files.copy(in, file);
		}
		return file;
	}

	/** Lines "seq, mark or region, JSON", one state after another. */
	private Map<Long, ProjectState> expectedStates() throws IOException {
		final String text;
		try (InputStream in = getClass().getResourceAsStream(
			"version1-states.txt"))
		{
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		final Map<Long, Map<Long, Mark>> marks = new TreeMap<>();
		final Map<Long, Map<Long, Region>> regions = new TreeMap<>();
		for (final String line : List.of(text.split("\n"))) {
			if (line.startsWith("#")) continue;
			final String[] f = line.split("\t", 3);
			final long seq = Long.parseLong(f[0]);
			marks.computeIfAbsent(seq, k -> new HashMap<>());
			regions.computeIfAbsent(seq, k -> new HashMap<>());
			if (f[1].equals("mark")) {
				final Mark m = MarkJson.mark(f[2]);
				marks.get(seq).put(m.id(), m);
			}
			else {
				final Region r = MarkJson.region(f[2]);
				regions.get(seq).put(r.id(), r);
			}
		}
		final Map<Long, ProjectState> states = new TreeMap<>();
		final long last = ((TreeMap<Long, ?>) marks).lastKey();
		for (long seq = 0; seq <= last; seq++)
			states.put(seq, new ProjectState(marks.getOrDefault(seq, Map.of()),
				regions.getOrDefault(seq, Map.of())));
		return states;
	}
}
