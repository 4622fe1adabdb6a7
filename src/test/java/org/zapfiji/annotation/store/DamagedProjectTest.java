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
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;

/**
 * Files that must not be opened: each is refused with a message naming it and
 * saying why, and afterwards the file is byte for byte what it was and no file
 * has appeared beside it.
 */
class DamagedProjectTest {

	@TempDir
	Path dir;

	@Test
	void aTextFileIsNotAProject() throws IOException {
		final Path f = dir.resolve("marks.zap");
		Files.writeString(f, "id,x,y,z\n1,2,3,4\n".repeat(50));
		refused(f, "not a ZAP project");
	}

	@Test
	void anEmptyFileIsNotAProject() throws IOException {
		final Path f = dir.resolve("empty.zap");
		Files.createFile(f);
		refused(f, "not an SQLite database");
	}

	@Test
	void anotherApplicationsDatabaseIsNotAProject() throws Exception {
		final Path f = dir.resolve("other.db");
		try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f);
				Statement s = c.createStatement())
		{
			s.execute("CREATE TABLE marks (id INTEGER, x REAL)");
			s.execute("INSERT INTO marks VALUES (1, 2.5)");
		}
		refused(f, "another application");
	}

	@Test
	void aNewerSchemaIsRefusedNamingBothVersions() throws Exception {
		final Path f = project(10);
		try (Connection c = ProjectFiles.connect(f, false);
				Statement s = c.createStatement())
		{
			s.execute("PRAGMA user_version = 3");
			s.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
		}
		refused(f, "newer ZAP Fiji: schema version 3, this one reads up to 2");
	}

	@Test
	void aTruncatedFileIsRefused() throws IOException {
		final Path f = project(3000);
		final long length = Files.size(f);
		try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
			raf.setLength(length / 2 / 4096 * 4096);
		}
		refused(f, "truncated");
		try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
			raf.setLength(raf.length() - 100);
		}
		refused(f, "truncated");
	}

	@Test
	void aDamagedPageIsRefused() throws IOException {
		final Path f = project(3000);
		final byte[] bytes = Files.readAllBytes(f);
		final byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		System.arraycopy(noise, 0, bytes, 4096 * (bytes.length / 4096 / 2), 4096);
		Files.write(f, bytes);
		refused(f, "damaged");
	}

	@Test
	void aDamagedHeaderIsRefused() throws IOException {
		final Path f = project(10);
		final byte[] bytes = Files.readAllBytes(f);
		bytes[16] = 3; // page size 0x03..: not a power of two
		Files.write(f, bytes);
		refused(f, "page size");
	}

	@Test
	void aMissingFileIsNamed() {
		final Path f = dir.resolve("nothing.zap");
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.open(f, "alice"));
		assertTrue(e.getMessage().contains(f.toString()));
		assertEquals(f, e.file());
	}

	private Path project(final int marks) throws IOException {
		final Path f = dir.resolve("p.zap");
		ProjectStore.create(f, "p");
		final Random r = new Random(marks);
		final List<Mark> batch = new ArrayList<>();
		for (int id = 1; id <= marks; id++)
			batch.add(TestMarks.mark(r, id));
		try (ProjectStore s = ProjectStore.open(f, "alice")) {
			s.addMarks(batch);
		}
		Files.deleteIfExists(ProjectLock.lockFile(f));
		return f;
	}

	private void refused(final Path f, final String why) throws IOException {
		final byte[] before = Files.readAllBytes(f);
		final Set<String> names = ProjectStoreTest.names(dir);
		final ProjectException e = assertThrows(ProjectException.class,
			() -> ProjectStore.open(f, "alice").close());
		assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(why), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(f), "file changed");
		assertEquals(names, ProjectStoreTest.names(dir), "files appeared");
	}
}
