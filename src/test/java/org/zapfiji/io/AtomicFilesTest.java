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

package org.zapfiji.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void replacesContentAndLeavesNoTemporaryFile() throws IOException {
		final Path file = folder.resolve("a/b/report.json");
		AtomicFiles.write(file, new byte[] { 1, 2 });
		AtomicFiles.write(file, new byte[] { 3 });
		assertArrayEquals(new byte[] { 3 }, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertEquals(1, files.count());
		}
	}

	@Test
	void newFilesAreReadableByAllAndReplacedOnesKeepTheirPermissions()
		throws IOException
	{
		final Path file = folder.resolve("new.txt");
		AtomicFiles.write(file, new byte[] { 1 });
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files
			.getPosixFilePermissions(file)));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(
			"rw-rw----"));
		AtomicFiles.write(file, new byte[] { 2 });
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files
			.getPosixFilePermissions(file)));
	}

	@Test
	void failureLeavesTheOldFileAlone() throws IOException {
		final Path blocker = Files.writeString(folder.resolve("blocker"), "old");
		assertThrows(IOException.class, () -> AtomicFiles.write(blocker.resolve(
			"x"), new byte[] { 1 }));
		assertEquals("old", Files.readString(blocker));
	}
}
