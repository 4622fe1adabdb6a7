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

package org.zapfiji.data.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new conversion deletes the staging folders of killed conversions to the
 * same output, and only those: a running conversion's folder (this process),
 * another host's, one without an owner file, and one for another output stay.
 * The SIGKILL itself is {@code org.zapfiji.faults.SigkillDuringExportTest}.
 */
class StagedOutputLeftoversTest {

	@TempDir
	Path dir;

	@Test
	void onlyTheFoldersOfDeadOwnersAreDeleted() throws Exception {
		final Path output = dir.resolve("out.zarr");
		try (StagedOutput running = StagedOutput.beside(output)) {
			final Path live = running.path(output).getParent();
			final String[] owner = Files.readString(live.resolve(StagedOutput.OWNER),
				StandardCharsets.UTF_8).split(" ");
			final Process gone = new ProcessBuilder("true").start();
			assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
			final Path dead = leftover(".out.zarr" + StagedOutput.MARK + "dead",
				owner[0] + " " + gone.pid() + " " + owner[2]);
			final Path reused = leftover(".out.zarr" + StagedOutput.MARK + "reused",
				owner[0] + " " + ProcessHandle.current().pid() + " 12345");
			final Path elsewhere = leftover(".out.zarr" + StagedOutput.MARK + "far",
				"other-host " + gone.pid() + " 1");
			final Path unowned = Files.createDirectory(dir.resolve(".out.zarr" +
				StagedOutput.MARK + "unowned"));
			final Path otherOutput = leftover(".other.zarr" + StagedOutput.MARK + "x",
				owner[0] + " " + gone.pid() + " 1");
			try (StagedOutput next = StagedOutput.beside(output)) {
				assertFalse(Files.exists(dead), "a killed run's folder is deleted");
				assertFalse(Files.exists(reused), "a pid now used by another " +
					"process does not keep a killed run's folder");
				assertTrue(Files.isDirectory(live), "a running conversion's stays");
				assertTrue(Files.isDirectory(elsewhere), "another host's stays");
				assertTrue(Files.isDirectory(unowned), "one without owner stays");
				assertTrue(Files.isDirectory(otherOutput), "another output's stays");
				try (java.util.stream.Stream<Path> all = Files.list(dir)) {
					assertEquals(5, all.count());
				}
			}
		}
	}

	private Path leftover(final String name, final String owner)
		throws Exception
	{
		final Path folder = Files.createDirectory(dir.resolve(name));
		Files.writeString(folder.resolve("0.0.0"), "chunk");
		Files.writeString(folder.resolve(StagedOutput.OWNER), owner);
		return folder;
	}
}
