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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrFormat;

/**
 * {@code ZAP Convert Volume} run by the batch launcher in a child JVM is killed
 * with SIGKILL while it writes. Nothing may appear under the output's name (the
 * chunks are in a hidden staging folder), and the next run must finish and
 * delete the folder the killed one left. SIGKILL while editing a project is the
 * store's {@code CrashTest}.
 */
class SigkillDuringExportTest {

	@TempDir
	Path dir;

	@Test
	void aKilledConversionLeavesNoOutputAndTheRerunFinishesAndCleans()
		throws Exception
	{
		// 1024 chunks of noise at gzip level 9: seconds of work, so the kill
		// lands mid-way even on a loaded machine.
		final Path source = FaultChild.writeSource(dir.resolve("source.zarr"), 16);
		final Path outDir = Files.createDirectory(dir.resolve("out"));
		final Path out = outDir.resolve("killed.zarr");
		final String macro = "run(\"ZAP Convert Volume\", \"input=[" + source +
			"] output=[" + out + "] format=zarr2 compression=gzip clevel=9 " +
			"threads=1\");";
		final Process child = ExportChild.batch(dir, "true", macro).redirectOutput(
			ProcessBuilder.Redirect.DISCARD).redirectError(
				ProcessBuilder.Redirect.DISCARD).start();
		final Path staging = waitForWrittenChunks(outDir, child);
		child.toHandle().destroyForcibly(); // SIGKILL
		assertTrue(child.waitFor(30, TimeUnit.SECONDS));
		assertEquals(137, child.exitValue(), "killed by SIGKILL, not finished");
		assertFalse(Files.exists(out), "no output under the final name");
		assertTrue(Files.isDirectory(staging), "the killed run's folder is left " +
			"(nothing could delete it) and is hidden: " + staging.getFileName());

		final Process rerun = ExportChild.batch(dir, "true", macro).redirectOutput(
			ProcessBuilder.Redirect.DISCARD).redirectError(
				ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(rerun.waitFor(120, TimeUnit.SECONDS));
		assertEquals(0, rerun.exitValue());
		assertEquals(List.of("killed.zarr"), ExportChild.names(outDir),
			"the rerun finished and deleted the killed run's staging folder");
		final Volume back = new ZarrFormat().open(out);
		final Volume original = new ZarrFormat().open(source);
		final long[] last = { 3, 3, 3, 15 };
		assertEquals(Arrays.toString((short[]) original.level(0).readChunk(last)
			.data()), Arrays.toString((short[]) back.level(0).readChunk(last).data()),
			"the rerun wrote every chunk");
	}

	/** The staging folder once it holds a few chunk files. */
	private static Path waitForWrittenChunks(final Path outDir,
		final Process child) throws Exception
	{
		final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			assertTrue(child.isAlive(), "the conversion ended before it was killed");
			try (Stream<Path> s = Files.list(outDir)) {
				for (final Path staging : s.collect(Collectors.toList())) {
					try (Stream<Path> files = Files.walk(staging)) {
						if (files.filter(Files::isRegularFile).count() > 20) return staging;
					}
					catch (final IOException e) {
						// the folder changed while listed; look again
					}
				}
			}
			Thread.sleep(5);
		}
		throw new AssertionError("the conversion wrote nothing in 60 s");
	}
}
