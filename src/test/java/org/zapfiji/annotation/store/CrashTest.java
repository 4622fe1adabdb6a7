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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM edits a project and is killed with SIGKILL at random moments, 24
 * times on the same file. After each kill the project must open, hold every
 * edit the child acknowledged (same seq, same after), show the state the log
 * replays to, pass SQLite's integrity check, and undo.
 */
class CrashTest {

	private static final int KILLS = 24;

	@TempDir
	Path dir;

	@Test
	void everyAcknowledgedEditSurvivesSigkill() throws Exception {
		final Path file = dir.resolve("crash.zap");
		ProjectStore.create(file, "crash");
		final Random r = new Random(42);
		final Map<Long, Integer> acked = new HashMap<>();
		int kills = 0;
		for (int round = 0; round < KILLS; round++) {
			final Map<Long, Integer> ackedNow = runAndKill(file, r.nextLong(), r
				.nextInt(400));
			acked.putAll(ackedNow);
			kills++;
			check(file, acked);
		}
		assertEquals(KILLS, kills);
		System.out.println("CrashTest: " + kills + " kills, " + acked.size() +
			" acknowledged edits, all present");
		assertTrue(acked.size() > KILLS, "too few edits to mean anything: " + acked
			.size());
	}

	/** Runs the child, kills it {@code delayMs} after it opened the project. */
	private static Map<Long, Integer> runAndKill(final Path file, final long seed,
		final int delayMs) throws Exception
	{
		final Process child = ChildJvm.start(CrashingEditor.class, file.toString(),
			Long.toString(seed));
		final Map<Long, Integer> acked = new ConcurrentHashMap<>();
		final BufferedReader out = new BufferedReader(new InputStreamReader(child
			.getInputStream(), StandardCharsets.UTF_8));
		if (!"open".equals(out.readLine())) throw new IllegalStateException(
			"child did not open the project");
		final Thread reader = new Thread(() -> readAcks(out, acked));
		reader.start();
		Thread.sleep(delayMs);
		// SIGKILL. Through the handle: Process.destroyForcibly would also close
		// our end of its stdout and lose the acks still in the pipe.
		child.toHandle().destroyForcibly();
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		reader.join();
		return acked;
	}

	private static void readAcks(final BufferedReader out,
		final Map<Long, Integer> acked)
	{
		try {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				final String[] w = line.split(" ");
				// A line cut short by the kill lacks its "end" and does not count.
				if (w.length == 4 && w[0].equals("ack") && w[3].equals("end")) acked
					.put(Long.parseLong(w[1]), Integer.parseInt(w[2]));
			}
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void check(final Path file, final Map<Long, Integer> acked)
		throws IOException
	{
		try (ProjectStore s = ProjectStore.open(file, "crasher")) {
			assertEquals("ok", s.integrityCheck());
			final List<Edit> log = s.edits();
			final Map<Long, Edit> bySeq = new HashMap<>();
			log.forEach(e -> bySeq.put(e.seq(), e));
			for (final Map.Entry<Long, Integer> a : acked.entrySet()) {
				final Edit e = bySeq.get(a.getKey());
				assertTrue(e != null, "acknowledged edit " + a.getKey() + " lost");
				assertEquals(a.getValue(), CrashingEditor.hash(e.after()), e
					.toString());
			}
			assertEquals(s.stateAt(s.lastSeq()), s.state(),
				"the live tables differ from the log's replay");
			if (!log.isEmpty()) {
				final long before = s.lastSeq();
				s.undo().orElseThrow();
				assertEquals(before + 1, s.lastSeq());
				s.redo().orElseThrow();
			}
		}
	}
}
