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

package org.zapfiji.plugin.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.testdata.MiniZapbench;

/**
 * {@code macros/export-training-labels.ijm} run headless through ImageJ's
 * interpreter, as {@code zap-fiji --batch} runs it, on a folder of projects:
 * one exported before, one not, one broken.
 */
class ExportTrainingLabelsMacroTest {

	private static final Path MACRO = Paths.get(
		"macros/export-training-labels.ijm");

	@TempDir
	static Path data;

	@TempDir
	Path folder;

	private static Path raw;

	private static List<Mark> marks;

	@BeforeAll
	static void writeRecording() throws Exception {
		HeadlessCommands.install(ExportTrainingLabelsMacroTest.class
			.getClassLoader());
		MiniZapbench.write(data, MiniZapbench.DEFAULT_SEED);
		raw = data.resolve("volumes/20240930/raw");
		final List<double[]> centers = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		marks = new ArrayList<>();
		for (int i = 0; i < 40; i++)
			marks.add(Mark.builder(i + 1, centers.get(i)[0], centers.get(i)[1],
				centers.get(i)[2]).status(MarkStatus.ACCEPTED).build());
	}

	private static void project(final Path file) throws Exception {
		ProjectStore.create(file, file.getFileName().toString());
		try (ProjectStore store = ProjectStore.open(file, "anna")) {
			store.addMarks(marks);
			store.setVoxelSize(0.406, 0.406, 4);
		}
	}

	@Test
	void exportsEveryProjectSkipsCompleteOnesAndListsFailuresAtTheEnd()
		throws Exception
	{
		final Path in = Files.createDirectories(folder.resolve("projects"));
		final Path out = Files.createDirectories(folder.resolve("labels out"));
		project(in.resolve("done.zap"));
		project(in.resolve("todo.zap"));
		Files.writeString(in.resolve("broken.zap"), "not a project");
		final String options = "options=[kinds=instances,centers chunk=64,64,8]";
		assertNull(BatchMacroRunner.runMacro(
			"run(\"ZAP Export Training Labels\", " + "\"project=[" + in.resolve(
				"done.zap") + "] image=[" + raw + "] output=[" + out.resolve(
					"done_labels") + "] kinds=centers\");", ""),
			"done before, with other kinds");
		final Path doneManifest = out.resolve("done_labels/manifest.json");
		final String before = Files.readString(doneManifest);

		final Path log = folder.resolve("failures.txt");
		final String failure = BatchMacroRunner.runMacro(hooked(log), "input=[" +
			in + "] output=[" + out + "] image=[" + raw + "] " + options);
		assertNotNull(failure, "a failed project fails the batch");
		assertEquals(before, Files.readString(doneManifest), "complete: skipped");
		assertTrue(JsonParser.parseString(Files.readString(out.resolve(
			"todo_labels/manifest.json"))).getAsJsonObject().get("complete")
			.getAsBoolean());
		assertTrue(Files.isDirectory(out.resolve("todo_labels/instances.zarr")));
		final String report = Files.readString(log);
		assertTrue(report.startsWith("  broken.zap: ZAP Export Training Labels: " +
			"Key 'project': ") && report.contains("broken.zap"), report);
		assertEquals(List.of("done_labels", "todo_labels"), names(out));

		Files.delete(in.resolve("broken.zap"));
		assertNull(BatchMacroRunner.runMacro(Files.readString(MACRO), "input=[" +
			in + "] output=[" + out + "] image=[" + raw + "] " + options),
			"a rerun skips both and succeeds");
	}

	@Test
	void withoutImageEachProjectTakesTheSameNamedImageBesideIt()
		throws Exception
	{
		final Path in = Files.createDirectories(folder.resolve("in"));
		project(in.resolve("fish.zap"));
		Files.createSymbolicLink(in.resolve("fish.zarr"), raw);
		project(in.resolve("lonely.zap"));
		final Path log = folder.resolve("failures.txt");
		final String failure = BatchMacroRunner.runMacro(hooked(log), "input=[" +
			in + "] options=[kinds=spheres,centers]");
		assertNotNull(failure);
		assertTrue(Files.readString(log).contains("lonely.zap: no image given " +
			"and none named lonely.zarr"), Files.readString(log));
		assertTrue(Files.isDirectory(in.resolve("fish_labels/spheres.zarr")),
			"into the input folder by default");
	}

	@Test
	void withoutArgumentHeadlessItSaysHowToCallIt() throws Exception {
		assertNotNull(BatchMacroRunner.runMacro(Files.readString(MACRO), ""));
		assertNotNull(BatchMacroRunner.runMacro(Files.readString(MACRO), "input=[" +
			folder.resolve("none") + "]"));
	}

	/** The macro, writing the failure list to {@code log} instead of the Log. */
	private static String hooked(final Path log) throws IOException {
		final String macro = Files.readString(MACRO).replace(
			"print(\"Failed:\\n\" + failures);", "File.saveString(failures, \"" +
				log + "\");");
		assertTrue(macro.contains("File.saveString"), "the test hooks the report");
		return macro;
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(
				Collectors.toList());
		}
	}
}
