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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.ProjectStore;

/**
 * The disk fills during {@code ZAP Convert Volume}: the batch launcher runs in
 * a child JVM under {@code ulimit -f}, so every write past 4 MiB fails with
 * EFBIG ("File too large"), as on a full disk (the JVM ignores SIGXFSZ, so the
 * write fails instead of killing it). The limit is per file, so the output is a
 * single file (an ImageJ TIFF of 32 MiB); a chunked output's chunks are each
 * below it. This works as root in a container, where no small file system can
 * be mounted. The user must be told which output failed, and no half-written
 * output may appear or replace a good one.
 */
class DiskFullTest {

	/** 4 MiB, in bash's 1024-byte blocks; the source is 32 MiB uncompressed. */
	private static final String FULL_DISK = "ulimit -f 4096";

	@TempDir
	static Path dir;

	private static Path source;

	@BeforeAll
	static void source() throws Exception {
		source = FaultChild.writeSource(dir.resolve("source.zarr"), 8);
	}

	@Test
	void aFullDiskFailsNamingTheOutputAndLeavesNothing() throws Exception {
		final Path out = dir.resolve("new").resolve("full.tif");
		Files.createDirectories(out.getParent());
		final Result r = run("run(\"ZAP Convert Volume\", \"input=[" + source +
			"] output=[" + out + "] format=tiff threads=1\");");
		assertEquals(1, r.exit, r.err);
		assertTrue(r.err.contains("Converting " + source + " to " + out +
			" failed, nothing was written") && r.err.contains("File too large"),
			r.err);
		assertEquals(List.of(), ExportChild.names(out.getParent()),
			"no output and no staging folder left");
	}

	@Test
	void aFullDiskDoesNotReplaceAnExistingOutput() throws Exception {
		final Path out = dir.resolve("old").resolve("kept.tif");
		Files.createDirectories(out.getParent());
		FaultChild.write(out, "tiff", 1);
		final List<String> before = ExportChild.tree(out);
		final Result r = run("run(\"ZAP Convert Volume\", \"input=[" + source +
			"] output=[" + out + "] format=tiff threads=1 overwrite\");");
		assertEquals(1, r.exit, r.err);
		assertTrue(r.err.contains("File too large"), r.err);
		assertEquals(before, ExportChild.tree(out), "the old output is untouched");
		assertEquals(List.of("kept.tif"), ExportChild.names(out.getParent()));
	}

	@Test
	void aFullDiskDuringAMarksExportKeepsTheOldFile() throws Exception {
		final Path project = dir.resolve("many.zap");
		ProjectStore.create(project, "many");
		try (ProjectStore s = ProjectStore.open(project, "alice")) {
			final List<Mark> marks = new ArrayList<>();
			for (long id = 1; id <= 20_000; id++)
				marks.add(Mark.builder(id, id, 2 * id, 3 * id).comment("mark " + id)
					.build());
			s.addMarks(marks);
		}
		final Path folder = Files.createDirectories(dir.resolve("marks"));
		final Path out = Files.writeString(folder.resolve("marks.json"),
			"{\"old\": true}");
		// 4 MiB: SQLite's native library (extracted to the temp folder when the
		// project opens) fits; the JSON of 20,000 marks does not.
		final Result r = run("ulimit -f 4096", "run(\"ZAP Export Marks\", " +
			"\"project=[" + project + "] output=[" + out + "] overwrite\");");
		assertEquals(1, r.exit, r.err);
		assertTrue(r.err.contains("Key 'output': cannot write " + out) && r.err
			.contains("File too large"), r.err);
		assertEquals("{\"old\": true}", Files.readString(out));
		assertEquals(List.of("marks.json"), ExportChild.names(folder),
			"no partial file left");
	}

	private static Result run(final String macro) throws Exception {
		return run(FULL_DISK, macro);
	}

	private static Result run(final String limit, final String macro)
		throws Exception
	{
		final Process p = ExportChild.batch(dir, limit, macro).redirectErrorStream(
			false).start();
		p.getOutputStream().close();
		final String out = new String(p.getInputStream().readAllBytes(),
			StandardCharsets.UTF_8);
		final String err = new String(p.getErrorStream().readAllBytes(),
			StandardCharsets.UTF_8);
		assertTrue(p.waitFor(120, TimeUnit.SECONDS));
		return new Result(p.exitValue(), out + err);
	}

	static final class Result {

		final int exit;

		final String err;

		Result(final int exit, final String err) {
			this.exit = exit;
			this.err = err;
		}
	}
}
