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

package org.zapfiji.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.CheckInstallation;
import org.zapfiji.plugin.command.ParameterException;

/**
 * The README's batch command, {@code ./zap-fiji --batch <macro> [<argument>]},
 * run on the built jar with no display: exit status and messages.
 */
class BatchScriptIT {

	@TempDir
	Path folder;

	/**
	 * Every macro in {@code macros/} runs through the launcher on an example of
	 * its own; a macro without one fails here, so none goes untried.
	 */
	@Test
	void everyExampleMacroRunsInBatch() throws Exception {
		try (Stream<Path> macros = Files.list(LauncherScript.ROOT.resolve(
			"macros")))
		{
			for (final Path macro : (Iterable<Path>) macros.filter(p -> p.toString()
				.endsWith(".ijm"))::iterator)
			{
				final String name = macro.getFileName().toString();
				final LauncherScript run = LauncherScript.run("--batch", macro
					.toString(), exampleArgument(name));
				assertEquals(0, run.status, macro + ": " + run);
				checkExampleResult(name, run);
			}
		}
	}

	private String exampleArgument(final String macro) throws Exception {
		switch (macro) {
			case "check-installation.ijm":
				return folder.resolve("installation report.json").toString();
			case "compare-annotators.ijm":
				return annotatorsFolder().toString();
			case "convert-folder.ijm":
				final Path tiffs = Files.createDirectories(folder.resolve("tiffs"));
				Files.copy(LauncherScript.ROOT.resolve("test-data/zebrafish-demo.tif"),
					tiffs.resolve("demo.tif"));
				return "input=[" + tiffs + "] output=[" + folder.resolve("zarr") + "]";
			case "export-training-labels.ijm":
				final Path projects = Files.createDirectories(folder.resolve(
					"projects"));
				Files.copy(LauncherScript.ROOT.resolve("test-data/zebrafish-demo.tif"),
					projects.resolve("demo.tif"));
				project(projects.resolve("demo.zap"), "anna", Mark.builder(1, 38.605,
					8.822, 1.041).status(MarkStatus.ACCEPTED).build(), Mark.builder(2,
						67.386, 13.851, 1.513).status(MarkStatus.ACCEPTED).build());
				return "input=[" + projects + "] options=[kinds=instances,heatmap," +
					"centers chunk=64,64,4]";
			default:
				throw new AssertionError("macros/" + macro +
					" has no example run in BatchScriptIT; add one");
		}
	}

	private void checkExampleResult(final String macro, final LauncherScript run)
		throws Exception
	{
		switch (macro) {
			case "check-installation.ijm":
				assertTrue(Files.readString(folder.resolve("installation report.json"))
					.contains("\"zapFijiVersion\""));
				break;
			case "compare-annotators.ijm":
				final Path annotators = annotatorsFolder();
				assertTrue(run.out.contains("anna: overall,,,,1,1,0,"), run.toString());
				assertTrue(run.out.contains("Compared 1 project(s)"), run.toString());
				assertTrue(Files.readString(annotators.resolve("anna_matches.csv"))
					.contains("match,1,7,"));
				break;
			case "convert-folder.ijm":
				assertTrue(run.out.contains("1 converted, 0 skipped"), run.toString());
				assertTrue(Files.isRegularFile(folder.resolve(
					"zarr/demo.zarr/zarr.json")));
				break;
			case "export-training-labels.ijm":
				assertTrue(run.out.contains("1 exported, 0 skipped"), run.toString());
				assertTrue(Files.readString(folder.resolve(
					"projects/demo_labels/manifest.json")).contains(
						"\"complete\": true"));
				assertTrue(Files.isRegularFile(folder.resolve(
					"projects/demo_labels/instances.zarr/zarr.json")));
				break;
			default:
				throw new AssertionError(macro);
		}
	}

	/**
	 * A reference with one mark, an annotator with a mark 1 µm from it and one
	 * far away: one match, one false positive.
	 */
	private Path annotatorsFolder() throws Exception {
		final Path annotators = folder.resolve("annotators");
		if (Files.isDirectory(annotators)) return annotators;
		Files.createDirectories(annotators);
		project(annotators.resolve("reference.zap"), "rita", Mark.builder(1, 10, 10,
			10).build());
		project(annotators.resolve("anna.zap"), "anna", Mark.builder(7, 10, 11, 10)
			.build(), Mark.builder(8, 40, 40, 10).build());
		return annotators;
	}

	private static void project(final Path file, final String annotator,
		final Mark... marks) throws Exception
	{
		ProjectStore.create(file, annotator);
		try (ProjectStore store = ProjectStore.open(file, annotator)) {
			store.addMarks(List.of(marks));
		}
	}

	@Test
	void wrongKeyFailsWithTheSameMessageAsTheJavaCall() throws Exception {
		final String javaMessage = assertThrowsMessage();
		final Path macro = Files.writeString(folder.resolve("typo.ijm"),
			"run(\"ZAP Check Installation\", \"outptu=x.json\");\nprint(\"not reached\");\n");
		final LauncherScript run = LauncherScript.run("--batch", macro.toString());
		assertEquals(1, run.status, run.toString());
		assertTrue(run.err.contains("ZAP Check Installation: " + javaMessage), run
			.toString());
		assertFalse(run.out.contains("not reached"), run.toString());
		assertFalse(run.out.contains("HeadlessException"), run.toString());
	}

	@Test
	void macroErrorsFailAndBadCallsAreUsageErrors() throws Exception {
		final Path broken = Files.writeString(folder.resolve("broken.ijm"),
			"x = y + ;\n");
		assertEquals(1, LauncherScript.run("--batch", broken.toString()).status);
		final LauncherScript missing = LauncherScript.run("--batch", folder.resolve(
			"none.ijm").toString());
		assertEquals(2, missing.status);
		assertTrue(missing.err.contains("Macro file not found: "), missing
			.toString());
		assertEquals(2, LauncherScript.run("--batch").status);
	}

	private static String assertThrowsMessage() {
		try {
			new CheckInstallation().parameters().parse("outptu=x.json");
		}
		catch (final ParameterException e) {
			return e.getMessage();
		}
		throw new AssertionError("'outptu' was accepted");
	}
}
