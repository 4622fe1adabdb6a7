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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

class ProjectStoreTest {

	@TempDir
	Path dir;

	@Test
	void editsSurviveReopeningWithEveryFieldAndTheirAuthor() throws IOException {
		final Path file = dir.resolve("fish 03.zap");
		ProjectStore.create(file, "fish 03");
		final Random r = new Random(1);
		final Mark a = TestMarks.mark(r, 11);
		final Mark b = TestMarks.mark(r, 22);
		final Region region = TestMarks.region(r, 5);
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			assertFalse(s.isReadOnly());
			assertEquals("", s.readOnlyReason());
			s.addMark(a);
			s.addMark(b);
			s.updateMark(TestMarks.changed(r, a));
			s.deleteMark(22);
			s.addRegion(region);
			s.updateRegion(region.withStatus(RegionStatus.COMPLETE, region
				.created()));
			s.setVoxelSize(0.406, 0.406, 2.5);
		}
		try (ProjectStore s = ProjectStore.open(file, "bob")) {
			assertEquals("fish 03", s.projectName());
			assertArrayEquals(new double[] { 0.406, 0.406, 2.5 }, s.voxelSize()
				.get());
			assertEquals(1, s.markCount());
			assertEquals(TestMarks.changed(new Random(1), a).comment().substring(0,
				5), s.mark(11).get().comment().substring(0, 5));
			assertTrue(s.mark(22).isEmpty());
			assertEquals(RegionStatus.COMPLETE, s.region(5).get().status());
			final List<Edit> edits = s.edits();
			assertEquals(6, edits.size());
			assertEquals(List.of("add", "add", "update", "delete", "add", "update"),
				edits.stream().map(e -> e.operation().id()).collect(Collectors
					.toList()));
			assertTrue(edits.stream().allMatch(e -> e.annotator().equals("alice")));
			assertNull(edits.get(0).before());
			assertEquals(a, MarkJson.mark(edits.get(0).after()));
			assertEquals(b, MarkJson.mark(edits.get(3).before()));
			assertNull(edits.get(3).after());
			assertEquals(6, s.lastSeq());
		}
	}

	@Test
	void theFileIsReadableSqlWithWalAndTheSchemaVersion() throws Exception {
		final Path file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			s.addMark(TestMarks.mark(new Random(2), 7));
			try (Connection c = ProjectFiles.connect(file, true);
					Statement st = c.createStatement())
			{
				assertEquals("wal", one(st, "PRAGMA journal_mode"));
				assertEquals("2", one(st, "PRAGMA user_version"));
				assertEquals("2", one(st,
					"SELECT value FROM meta WHERE key = 'schema_version'"));
				assertEquals("7", one(st, "SELECT id FROM marks"));
				assertEquals("add mark 7 alice", one(st,
					"SELECT operation || ' ' || kind || ' ' || target || ' ' || " +
						"annotator FROM edits"));
			}
		}
	}

	@Test
	void theLogIsAppendOnly() throws Exception {
		final Path file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			s.addMark(TestMarks.mark(new Random(2), 7));
		}
		try (Connection c = ProjectFiles.connect(file, false);
				Statement st = c.createStatement())
		{
			final Exception e = assertThrows(Exception.class, () -> st.executeUpdate(
				"DELETE FROM edits"));
			assertTrue(e.getMessage().contains("append-only"), e.getMessage());
			assertThrows(Exception.class, () -> st.executeUpdate(
				"UPDATE edits SET annotator = 'mallory'"));
		}
	}

	@Test
	void creatingNeverOverwrites() throws IOException {
		final Path other = dir.resolve("notes.txt");
		Files.writeString(other, "my notes");
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.create(other, "p"));
		assertTrue(e.getMessage().contains(other.toString()), e.getMessage());
		assertEquals("my notes", Files.readString(other));
		final Path project = dir.resolve("p.zap");
		ProjectStore.create(project, "p");
		final byte[] bytes = Files.readAllBytes(project);
		assertThrows(ProjectException.class, () -> ProjectStore.create(project,
			"again"));
		assertArrayEquals(bytes, Files.readAllBytes(project));
		assertEquals(Set.of("notes.txt", "p.zap"), names(dir));
	}

	@Test
	void boxQueriesMatchAScanAndFollowEveryEdit() throws IOException {
		final Path file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		final Random r = new Random(3);
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			final List<Mark> batch = new ArrayList<>();
			for (long id = 1; id <= 3000; id++)
				batch.add(TestMarks.mark(r, id));
			s.addMarks(batch);
			for (int i = 0; i < 300; i++) {
				final long id = 1 + r.nextInt(3000);
				if (s.mark(id).isEmpty()) continue;
				if (r.nextBoolean()) s.deleteMark(id);
				else s.updateMark(s.mark(id).get().toBuilder().position(r.nextDouble() *
					830, r.nextDouble() * 540, r.nextDouble() * 290).build());
			}
			for (int q = 0; q < 50; q++) {
				final double[] min = { r.nextDouble() * 700 - 50, r.nextDouble() * 400,
					r.nextDouble() * 280 };
				final double[] max = { min[0] + r.nextDouble() * 300, min[1] + 200,
					min[2] + r.nextDouble() * 30 };
				final Set<Long> expected = s.marks().stream().filter(m -> inside(m, min,
					max)).map(Mark::id).collect(Collectors.toSet());
				assertEquals(expected, s.marksIn(min, max).stream().map(Mark::id)
					.collect(Collectors.toSet()));
			}
		}
	}

	@Test
	void aBatchIsOneEntryAndUndoesAsOne() throws IOException {
		final Path file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		final Random r = new Random(4);
		final List<Mark> batch = new ArrayList<>();
		for (long id = 100; id > 0; id--)
			batch.add(TestMarks.mark(r, id));
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			final Edit e = s.addMarks(batch);
			assertEquals(EditKind.MARK_BATCH, e.kind());
			assertEquals(e.seq(), e.target());
			assertEquals(1, s.edits().size());
			assertThrows(IllegalArgumentException.class, () -> s.addMarks(List.of(
				batch.get(0))));
		}
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			final List<Mark> sorted = new ArrayList<>(batch);
			sorted.sort(Comparator.comparingLong(Mark::id));
			final List<Mark> stored = s.marks();
			stored.sort(Comparator.comparingLong(Mark::id));
			assertEquals(sorted, stored);
			s.undo().orElseThrow();
			assertEquals(0, s.markCount());
			s.redo().orElseThrow();
			assertEquals(100, s.markCount());
		}
		try (ProjectStore bob = ProjectStore.open(file, "bob")) {
			bob.updateMark(TestMarks.changed(r, bob.mark(50).get()));
		}
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			final EditConflictException e = assertThrows(EditConflictException.class,
				s::undo);
			assertTrue(e.getMessage().contains("mark 50"), e.getMessage());
			assertEquals(100, s.markCount());
		}
	}

	@Test
	void wrongEditsAreRefusedAndChangeNothing() throws IOException {
		final Path file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			final Mark m = TestMarks.mark(new Random(5), 1);
			s.addMark(m);
			assertThrows(IllegalArgumentException.class, () -> s.addMark(m));
			assertThrows(IllegalArgumentException.class, () -> s.deleteMark(2));
			assertThrows(IllegalArgumentException.class, () -> s.updateMark(TestMarks
				.mark(new Random(5), 3)));
			assertEquals(1, s.edits().size());
			assertThrows(IllegalArgumentException.class, () -> ProjectStore.open(file,
				" "));
		}
	}

	private static boolean inside(final Mark m, final double[] min,
		final double[] max)
	{
		final double[] p = m.position();
		for (int d = 0; d < 3; d++)
			if (p[d] < min[d] || p[d] > max[d]) return false;
		return true;
	}

	static String one(final Statement st, final String sql) throws Exception {
		try (ResultSet r = st.executeQuery(sql)) {
			assertTrue(r.next(), sql);
			return r.getString(1);
		}
	}

	static Set<String> names(final Path dir) throws IOException {
		try (var files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).collect(Collectors
				.toCollection(HashSet::new));
		}
	}
}
