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

package org.zapfiji.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * Exports into a folder that cannot be written. CI runs as root, for whom
 * {@code chmod} stops nothing, so the folder is made immutable with
 * {@code chattr +i} (which stops root too) and, when not root, read-only with
 * {@code chmod 555}; the tests skip, saying why, if the folder stays writable.
 * Also an output whose parent is a regular file. The user must be told the
 * path, and nothing may be lost: the project and an existing output stay as
 * they were.
 */
class ReadOnlyOutputTest {

	@TempDir
	Path dir;

	private Path locked;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(ReadOnlyOutputTest.class.getClassLoader());
	}

	@AfterEach
	void unlock() throws Exception {
		if (locked != null) {
			new ProcessBuilder("chattr", "-i", locked.toString()).start().waitFor(10,
				TimeUnit.SECONDS);
			Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString(
				"rwx------"));
		}
	}

	@Test
	void convertingIntoAReadOnlyFolderNamesItAndKeepsTheOldOutput()
		throws Exception
	{
		final Path source = FaultChild.writeSource(dir.resolve("source.zarr"), 2);
		final Path folder = Files.createDirectory(dir.resolve("read-only"));
		final Path old = FaultChild.write(folder.resolve("old.tif"), "tiff", 1);
		final long size = Files.size(old);
		lock(folder);
		final String fresh = BatchMacroRunner.runMacro(
			"run(\"ZAP Convert Volume\"," + " \"input=[" + source + "] output=[" +
				folder.resolve("new.zarr") + "]\");", "");
		assertNotNull(fresh);
		assertTrue(fresh.contains("to " + folder.resolve("new.zarr") +
			" failed, nothing was written") && (fresh.contains(
				"Operation not permitted") || fresh.contains("Permission denied")),
			fresh);
		final String replace = BatchMacroRunner.runMacro(
			"run(\"ZAP Convert Volume\", \"input=[" + source + "] output=[" + old +
				"] format=tiff overwrite\");", "");
		assertNotNull(replace);
		assertTrue(replace.contains(folder.toString()), replace);
		assertEquals(List.of("old.tif"), ExportChild.names(folder));
		assertEquals(size, Files.size(old));
		System.out.println("read-only folder: " + fresh + "\n" + replace);
	}

	@Test
	void exportingMarksIntoAReadOnlyFolderNamesItAndKeepsTheProject()
		throws Exception
	{
		final Path project = project(dir.resolve("p.zap"));
		final Path folder = Files.createDirectory(dir.resolve("read-only"));
		lock(folder);
		final Path out = folder.resolve("marks.json");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Export Marks\", \"project=[" + project + "] output=[" + out +
				"]\");", "");
		assertNotNull(failure);
		assertTrue(failure.contains("Key 'output': cannot write " + out), failure);
		assertEquals(List.of(), ExportChild.names(folder));
		try (ProjectStore s = ProjectStore.open(project, "check")) {
			assertEquals(3, s.markCount());
		}
		System.out.println("read-only marks: " + failure);
	}

	@Test
	void anOutputUnderARegularFileNamesTheFile() throws Exception {
		final Path source = FaultChild.writeSource(dir.resolve("source.zarr"), 1);
		final Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
		final String convert = BatchMacroRunner.runMacro(
			"run(\"ZAP Convert Volume\", \"input=[" + source + "] output=[" + file
				.resolve("out.zarr") + "]\");", "");
		assertNotNull(convert);
		assertTrue(convert.contains(file + " is a file, not a folder"), convert);
		final Path project = project(dir.resolve("p.zap"));
		final String marks = BatchMacroRunner.runMacro(
			"run(\"ZAP Export Marks\", \"project=[" + project + "] output=[" + file
				.resolve("m.json") + "]\");", "");
		assertNotNull(marks);
		assertTrue(marks.contains("Key 'output': cannot write " + file.resolve(
			"m.json") + " as zap_marks_json: " + file + " is a file, not a folder"),
			marks);
		assertEquals("mine", Files.readString(file));
		System.out.println("under a file: " + convert + "\n" + marks);
	}

	/** Makes {@code folder} unwritable, or skips the test saying why. */
	private void lock(final Path folder) throws Exception {
		locked = folder;
		final boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			final Process p = new ProcessBuilder("chattr", "+i", folder.toString())
				.redirectErrorStream(true).start();
			final String said = new String(p.getInputStream().readAllBytes());
			Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p
				.exitValue() == 0, "running as root, and chattr +i (the only way " +
					"to stop root writing) failed here: " + said);
		}
		else Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(
			"r-xr-xr-x"));
		try {
			Files.delete(Files.createFile(folder.resolve("probe")));
			Assumptions.assumeTrue(false, "the folder stays writable here");
		}
		catch (final IOException expected) {
			// unwritable, as the test needs
		}
	}

	private static Path project(final Path file) throws Exception {
		ProjectStore.create(file, "faults");
		try (ProjectStore s = ProjectStore.open(file, "alice")) {
			for (long id = 1; id <= 3; id++)
				s.addMark(Mark.builder(id, 10 * id, 20, 30).status(MarkStatus.ACCEPTED)
					.created(Instant.ofEpochSecond(1_700_000_000L)).modified(Instant
						.ofEpochSecond(1_700_000_000L)).build());
		}
		return file;
	}
}
