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

package org.zapfiji.plugin.annotation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;

import ij.Prefs;

/**
 * {@code ZAP Annotate} without its window: refused with a clear message where
 * no window may open; where one may, it opens (or makes) the project, checks
 * the voxel size against the image, asks the annotator's name once, and its
 * editor snaps on the image with the chosen refiner.
 */
class AnnotateTest {

	@TempDir
	static Path data;

	@TempDir
	Path folder;

	private static Path raw;

	@BeforeAll
	static void writeRecording() throws Exception {
		HeadlessCommands.install(AnnotateTest.class.getClassLoader());
		MiniZapbench.write(data, MiniZapbench.DEFAULT_SEED);
		raw = data.resolve("volumes/20240930/raw");
	}

	private static Annotate windowsAllowed(final String answer) {
		return new Annotate(() -> true, () -> answer);
	}

	private static AnnotationSession open(final Annotate command,
		final String options) throws Exception
	{
		return command.execute(command.parameters().parse(options), Progress
			.silent());
	}

	@Test
	void withNoDisplayItNamesTheCommandsThatWorkWithout() throws Exception {
		final Annotate command = new Annotate();
		final String message = assertThrows(CommandException.class, () -> open(
			command, "image=[" + raw + "] project=[" + folder.resolve("a.zap") +
				"] annotator=anna")).getMessage();
		assertEquals("It is a window and needs a display; this ImageJ runs " +
			"without one. Without a display, add marks with ZAP Import Marks, " +
			"propose them with ZAP Detect Candidates and snap them with ZAP Refine " +
			"Marks.", message);
		final String failure = BatchMacroRunner.runMacro("run(\"ZAP Annotate\", " +
			"\"image=[" + raw + "] project=[" + folder.resolve("a.zap") +
			"] annotator=anna\");", "");
		assertNotNull(failure);
		assertTrue(failure.startsWith("ZAP Annotate: It is a window"), failure);
		assertFalse(failure.contains("HeadlessException"), failure);
		assertFalse(Files.exists(folder.resolve("a.zap")), "nothing was made");
	}

	@Test
	void aMissingProjectIsMadeWithTheImagesVoxelSizeAndClicksSnap()
		throws Exception
	{
		final Path project = folder.resolve("new.zap");
		final double[] neuron = MiniZapbench.neurons(MiniZapbench.DEFAULT_SEED).get(
			0);
		final Mark m;
		try (AnnotationSession session = open(windowsAllowed(null), "image=[" +
			raw + "] project=[" + project + "] annotator=anna method=centroid"))
		{
			assertArrayEquals(new double[] { 0.406, 0.406, 4.0 }, session.store()
				.voxelSize().get(), 1e-9);
			assertTrue(session.editor().snapping());
			m = session.editor().add(new double[] { neuron[0] + 0.5, neuron[1] - 0.4,
				neuron[2] + 1.5 }, 0, true);
			assertEquals("centroid", m.refinement());
			assertTrue(Math.hypot(m.x() - neuron[0], m.y() - neuron[1]) < 0.5 && Math
				.abs(m.z() - neuron[2]) < 1.0, "snapped to " + Arrays.toString(neuron) +
					": " + m);
			assertEquals(1, session.sources().size());
		}
		try (ProjectStore store = ProjectStore.open(project, "check")) {
			assertEquals(m, store.mark(m.id()).get(), "kept after the session");
			assertEquals("anna", store.edits().get(0).annotator());
			assertFalse(store.isReadOnly(), "the session let go of the project");
		}
	}

	@Test
	void methodNoneMarksWhereTheMouseIs() throws Exception {
		try (AnnotationSession session = open(windowsAllowed(null), "image=[" +
			raw + "] project=[" + folder.resolve("plain.zap") +
			"] annotator=anna method=none radius=3"))
		{
			assertFalse(session.editor().canSnap());
			final Mark m = session.editor().add(new double[] { 10, 10, 8 }, 0, true);
			assertArrayEquals(new double[] { 10, 10, 8 }, m.position(), 0);
			assertArrayEquals(new double[] { 3, 3, 3 }, m.radius(), 0);
		}
	}

	@Test
	void theAnnotatorIsAskedOnceAndRemembered() throws Exception {
		Prefs.set(AnnotatorNames.KEY, "");
		final AtomicInteger asked = new AtomicInteger();
		final Annotate command = new Annotate(() -> true, () -> {
			asked.incrementAndGet();
			return " berta ";
		});
		final String options = "image=[" + raw + "] project=[" + folder.resolve(
			"asked.zap") + "] method=none";
		try (AnnotationSession session = open(command, options)) {
			assertEquals("berta", session.store().annotator());
		}
		assertEquals("berta", AnnotatorNames.remembered());
		try (AnnotationSession session = open(command, options)) {
			assertEquals("berta", session.store().annotator());
		}
		assertEquals(1, asked.get(), "the remembered name is taken");
		try (AnnotationSession session = open(command, options +
			" annotator=carl"))
		{
			assertEquals("carl", session.store().annotator());
		}
		assertEquals("carl", AnnotatorNames.remembered(), "the latest is kept");

		Prefs.set(AnnotatorNames.KEY, "");
		final String message = assertThrows(CommandException.class, () -> open(
			windowsAllowed(null), options)).getMessage();
		assertTrue(message.startsWith("Key 'annotator'"), message);
	}

	@Test
	void badInputIsRefusedBeforeAnythingIsWritten() throws Exception {
		final Path project = folder.resolve("other.zap");
		ProjectStore.create(project, "other");
		try (ProjectStore store = ProjectStore.open(project, "anna")) {
			store.setVoxelSize(1, 1, 1);
		}
		final byte[] before = Files.readAllBytes(project);
		final String mismatch = assertThrows(CommandException.class, () -> open(
			windowsAllowed(null), "image=[" + raw + "] project=[" + project +
				"] annotator=anna")).getMessage();
		assertTrue(mismatch.contains("voxel size") && mismatch.contains(project
			.toString()) && mismatch.contains(raw.toString()), mismatch);
		assertTrue(Arrays.equals(before, Files.readAllBytes(project)));
		try (ProjectStore store = ProjectStore.open(project, "check")) {
			assertFalse(store.isReadOnly(), "the refused session let go of it");
		}

		for (final List<String> bad : List.of(List.of("method=guess", "'method'"),
			List.of("radius=0", "'radius'"), List.of("smoothing=-1", "'smoothing'")))
		{
			final String message = assertThrows(CommandException.class, () -> open(
				windowsAllowed(null), "image=[" + raw + "] project=[" + folder.resolve(
					"never.zap") + "] annotator=anna " + bad.get(0))).getMessage();
			assertTrue(message.contains(bad.get(1)), message);
		}
		final String notZap = assertThrows(CommandException.class, () -> open(
			windowsAllowed(null), "image=[" + raw + "] project=[" + folder.resolve(
				"marks.csv") + "] annotator=anna")).getMessage();
		assertTrue(notZap.contains(".zap"), notZap);
		assertFalse(Files.exists(folder.resolve("never.zap")));
		assertFalse(Files.exists(folder.resolve("marks.csv")));
	}
}
