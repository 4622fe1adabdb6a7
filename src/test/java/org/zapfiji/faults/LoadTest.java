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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.io.ZapJsonFormat;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.annotation.store.ReadOnlyProjectException;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * Load: reading ten times the chunk cache's bound in a small heap, editing a
 * project while it is exported, and two editors on one project.
 */
class LoadTest {

	@TempDir
	Path dir;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(LoadTest.class.getClassLoader());
	}

	/**
	 * A child JVM with a 64 MiB heap reads 320 MiB of chunks, twice, through a
	 * cache bounded at half its heap: it dies of OutOfMemoryError unless the
	 * cache evicts, and the cache's own count never passes its bound.
	 */
	@Test
	void readingTenTimesTheCacheBoundKeepsMemoryBounded() throws Exception {
		final Process p = new ProcessBuilder(ChildJvm.javaCommand("64m",
			FaultChild.class, "read", "80")).redirectErrorStream(true).start();
		p.getOutputStream().close();
		final String out = new String(p.getInputStream().readAllBytes(),
			StandardCharsets.UTF_8).trim();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue(), out);
		final String[] w = out.substring(out.lastIndexOf("read ")).split(" ");
		final long read = Long.parseLong(w[1]);
		final long bound = Long.parseLong(w[3]);
		final long peak = Long.parseLong(w[5]);
		assertTrue(read >= 10 * bound, out);
		assertTrue(peak <= bound && peak > bound / 2, "the cache filled to its " +
			"bound and no further: " + out);
		System.out.println("LoadTest: " + out);
	}

	/**
	 * One thread adds marks (as the annotation window does) while another runs
	 * {@code ZAP Export Marks} on the same project again and again: every export
	 * succeeds and is a whole snapshot (it reads back, with no more marks than
	 * were made and never fewer than the previous export), and no edit is lost.
	 */
	@Test
	void editingWhileAnExportRunsKeepsEveryEditAndWholeExports()
		throws Exception
	{
		final Path project = dir.resolve("busy.zap");
		ProjectStore.create(project, "busy");
		final AtomicBoolean stop = new AtomicBoolean();
		final ExecutorService pool = Executors.newFixedThreadPool(1);
		final int edits;
		final List<Integer> exported = new ArrayList<>();
		try (ProjectStore editor = ProjectStore.open(project, "alice")) {
			assertFalse(editor.isReadOnly());
			final Future<Integer> editing = pool.submit(() -> {
				int n = 0;
				while (!stop.get() || n < 50) {
					n++;
					editor.addMark(Mark.builder(n, n % 800, n % 500, n % 290).created(
						Instant.ofEpochSecond(1_700_000_000L)).modified(Instant
							.ofEpochSecond(1_700_000_000L)).build());
				}
				return n;
			});
			final ZapJsonFormat json = new ZapJsonFormat();
			for (int round = 0; round < 15; round++) {
				final Path out = dir.resolve("export-" + round + ".json");
				assertNull(BatchMacroRunner.runMacro("run(\"ZAP Export Marks\", " +
					"\"project=[" + project + "] output=[" + out + "]\");", ""));
				final int count = json.read(out, MarkFormatOptions.defaults()).size();
				if (!exported.isEmpty()) assertTrue(count >= exported.get(exported
					.size() - 1), "exports went back in time: " + exported + " then " +
						count);
				exported.add(count);
			}
			stop.set(true);
			edits = editing.get(60, TimeUnit.SECONDS);
			assertEquals(edits, editor.markCount());
		}
		finally {
			stop.set(true);
			pool.shutdownNow();
		}
		try (ProjectStore s = ProjectStore.open(project, "check")) {
			assertEquals(edits, s.markCount(), "every edit kept");
			assertEquals("ok", s.integrityCheck());
		}
		assertTrue(exported.get(exported.size() - 1) <= edits);
		assertTrue(exported.get(0) < edits, "the exports ran during the edits: " +
			exported + " of " + edits);
		System.out.println("LoadTest: " + edits + " edits while exporting " +
			exported);
	}

	/**
	 * Two editors (two windows, or two Fiji processes) on one project: the second
	 * is read-only and says why, sees the first's edits on reload, and its own
	 * edit is refused with an exception rather than lost; once the first closes,
	 * it can edit, and the project keeps the edits of both.
	 */
	@Test
	void twoEditorsOnOneProjectKeepTheEditsOfBoth() throws Exception {
		final Path project = dir.resolve("shared.zap");
		ProjectStore.create(project, "shared");
		final Mark a = Mark.builder(1, 10, 20, 30).annotator("alice").build();
		final Mark b = Mark.builder(2, 40, 50, 60).annotator("bob").build();
		try (ProjectStore alice = ProjectStore.open(project, "alice");
				ProjectStore bob = ProjectStore.open(project, "bob"))
		{
			assertFalse(alice.isReadOnly());
			assertTrue(bob.isReadOnly() && !bob.readOnlyReason().isEmpty());
			alice.addMark(a);
			bob.reload();
			assertEquals(List.of(a.id()), ids(bob));
			final ReadOnlyProjectException refused = assertThrows(
				ReadOnlyProjectException.class, () -> bob.addMark(b));
			assertTrue(refused.getMessage().contains(project +
				": opened read-only, " + "not written: " + bob.readOnlyReason()),
				refused.getMessage());
			System.out.println("LoadTest: " + refused.getMessage());
			assertEquals(1, alice.markCount(), "the refused edit changed nothing");
		}
		try (ProjectStore bob = ProjectStore.open(project, "bob")) {
			assertFalse(bob.isReadOnly(), "the writer closed");
			bob.addMark(b);
		}
		try (ProjectStore check = ProjectStore.open(project, "check")) {
			assertEquals(List.of(1L, 2L), ids(check), "the edits of both are kept");
		}
	}

	private static List<Long> ids(final ProjectStore s) {
		final List<Long> ids = new ArrayList<>();
		for (final Mark m : s.marks())
			ids.add(m.id());
		ids.sort(null);
		return ids;
	}
}
