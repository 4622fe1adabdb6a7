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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per project, across processes and within one. */
class ProjectLockTest {

	@TempDir
	Path dir;

	private Path file;

	@BeforeEach
	void project() throws IOException {
		file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
	}

	@Test
	void aSecondProcessGetsItReadOnlyAndIsToldWhoHoldsIt() throws Exception {
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			final Process child = ChildJvm.start(ProjectHolder.class, file.toString(),
				"bob");
			final BufferedReader out = reader(child);
			final String first = out.readLine();
			assertTrue(first.startsWith("writable false held by annotator alice, " +
				"process " + ProcessHandle.current().pid()), first);
			final String second = out.readLine();
			assertTrue(second.startsWith("write refused") && second.contains("alice"),
				second);
			child.getOutputStream().close();
			assertEquals(0, child.waitFor());
			alice.addMark(TestMarks.mark(new Random(1), 1));
		}
	}

	@Test
	void theHolderInAnotherProcessKeepsOthersReadOnlyUntilItCloses()
		throws Exception
	{
		final Process child = ChildJvm.start(ProjectHolder.class, file.toString(),
			"bob");
		final BufferedReader out = reader(child);
		assertEquals("writable true ", out.readLine());
		assertEquals("write done", out.readLine());
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			assertTrue(alice.isReadOnly());
			assertTrue(alice.readOnlyReason().contains("annotator bob, process " +
				child.pid()), alice.readOnlyReason());
			assertEquals(1, alice.markCount(), "reads work");
			final ReadOnlyProjectException e = assertThrows(
				ReadOnlyProjectException.class, () -> alice.deleteMark(alice.marks()
					.get(0).id()));
			assertTrue(e.getMessage().contains("bob"), e.getMessage());
			assertThrows(ReadOnlyProjectException.class, alice::undo);
		}
		child.getOutputStream().close();
		try (ProjectStore carol = ProjectStore.open(file, "carol", Duration
			.ofSeconds(20)))
		{
			assertFalse(carol.isReadOnly(), "waited for the holder to close");
		}
		assertTrue(child.waitFor(20, TimeUnit.SECONDS));
	}

	@Test
	void withinOneProcessTheSecondStoreIsReadOnlyAndItsCloseKeepsTheLock()
		throws Exception
	{
		try (ProjectStore alice = ProjectStore.open(file, "alice")) {
			try (ProjectStore bob = ProjectStore.open(file, "bob")) {
				assertTrue(bob.isReadOnly());
				assertTrue(bob.readOnlyReason().contains("in this Java process"), bob
					.readOnlyReason());
			}
			final Process child = ChildJvm.start(ProjectHolder.class, file.toString(),
				"carol");
			final String line = reader(child).readLine();
			child.getOutputStream().close();
			child.waitFor();
			assertTrue(line.startsWith("writable false"), "closing the read-only " +
				"store must not drop the writer's lock: " + line);
			alice.addMark(TestMarks.mark(new Random(2), 2));
		}
		try (ProjectStore bob = ProjectStore.open(file, "bob")) {
			assertFalse(bob.isReadOnly());
		}
	}

	private static BufferedReader reader(final Process p) {
		return new BufferedReader(new InputStreamReader(p.getInputStream(),
			StandardCharsets.UTF_8));
	}
}
