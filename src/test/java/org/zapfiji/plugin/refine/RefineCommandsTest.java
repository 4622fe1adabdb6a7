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

package org.zapfiji.plugin.refine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.compare.MarkMatching;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.testdata.MiniZapbench;

/**
 * {@code ZAP Detect Candidates} and {@code ZAP Refine Marks} as a batch macro
 * runs them, on the mini-ZAPBench whose true neuron centers are known.
 */
class RefineCommandsTest {

	@TempDir
	static Path data;

	@TempDir
	Path folder;

	private static Path raw;

	private static List<Mark> truth;

	@BeforeAll
	static void writeRecording() throws Exception {
		assertTrue(java.awt.GraphicsEnvironment.isHeadless());
		HeadlessCommands.install(RefineCommandsTest.class.getClassLoader());
		MiniZapbench.write(data, MiniZapbench.DEFAULT_SEED);
		raw = data.resolve("volumes/20240930/raw");
		truth = new ArrayList<>();
		final List<double[]> centers = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		for (int i = 0; i < centers.size(); i++)
			truth.add(Mark.builder(i + 1, centers.get(i)[0], centers.get(i)[1],
				centers.get(i)[2]).build());
	}

	@Test
	void candidatesFindTheNeuronsAsOneEditAndASecondRunAddsNothing()
		throws Exception
	{
		final Path project = newProject("detect.zap");
		run("run(\"ZAP Detect Candidates\", \"image=[" + raw + "] project=[" +
			project + "] scale=1.2,1.6 threshold=4 annotator=robot\");");
		final List<Mark> found;
		try (ProjectStore store = ProjectStore.open(project, "check")) {
			found = store.marks();
			assertEquals(1, store.edits().size(), "one undo takes the run back");
			for (final Mark m : found) {
				assertEquals(MarkStatus.CANDIDATE, m.status());
				assertEquals(DetectCandidates.METHOD, m.refinement());
				assertTrue(m.score() > 0);
				assertEquals("robot", m.annotator());
			}
		}
		final MarkMatching matching = MarkMatching.of(truth, found, 3.0);
		final double precision = matching.matches().size() / (double) found.size();
		final double recall = matching.matches().size() / (double) truth.size();
		assertTrue(2 * precision * recall / (precision + recall) >= 0.9,
			"precision " + precision + ", recall " + recall);

		run("run(\"ZAP Detect Candidates\", \"image=[" + raw + "] project=[" +
			project + "] annotator=robot\");");
		try (ProjectStore store = ProjectStore.open(project, "check")) {
			assertEquals(found.size(), store.markCount(),
				"every candidate lies near one found before");
		}
	}

	@Test
	void aRegionLimitsTheSearch() throws Exception {
		final Path project = newProject("region.zap");
		run("run(\"ZAP Detect Candidates\", \"image=[" + raw + "] project=[" +
			project + "] region=20,20,0,60,50,40\");");
		try (ProjectStore store = ProjectStore.open(project, "check")) {
			assertTrue(store.markCount() > 0);
			for (final Mark m : store.marks())
				assertTrue(m.x() >= 19.5 && m.x() <= 60.5 && m.y() >= 19.5 && m
					.y() <= 50.5, m.toString());
		}
		final String bad = BatchMacroRunner.runMacro(
			"run(\"ZAP Detect Candidates\", \"image=[" + raw + "] project=[" +
				project + "] region=20,20,0,10,50,40\");", "");
		assertNotNull(bad);
		assertTrue(bad.contains("Key 'region'"), bad);
	}

	/**
	 * Clicks up to 1.5 voxels off in x and y and half a plane in z, as an
	 * annotator makes them; refining snaps them back as the refiners' own
	 * accuracy test demands, keeps each raw click and logs every move.
	 */
	@Test
	void refiningSnapsClicksToTheTrueCentersAndKeepsTheClicks() throws Exception {
		final Path project = newProject("refine.zap");
		final Random random = new Random(11);
		final List<Mark> clicks = new ArrayList<>();
		for (final Mark t : truth) {
			final double x = t.x() + (2 * random.nextDouble() - 1) * 1.5 * 0.406;
			final double y = t.y() + (2 * random.nextDouble() - 1) * 1.5 * 0.406;
			final double z = t.z() + (2 * random.nextDouble() - 1) * 2.0;
			clicks.add(Mark.builder(t.id(), x, y, z).radius(2.5, 2.5, 4).click(x, y,
				z).annotator("anna").build());
		}
		try (ProjectStore store = ProjectStore.open(project, "anna")) {
			store.addMarks(clicks);
		}
		run("run(\"ZAP Refine Marks\", \"project=[" + project + "] image=[" + raw +
			"] method=centroid annotator=anna\");");
		try (ProjectStore store = ProjectStore.open(project, "anna")) {
			int close = 0;
			for (final Mark click : clicks) {
				final Mark refined = store.mark(click.id()).get();
				final Mark t = truth.get((int) click.id() - 1);
				if (Math.hypot(refined.x() - t.x(), refined.y() - t.y()) <= 0.5 && Math
					.abs(refined.z() - t.z()) <= 1.0) close++;
				assertArrayEquals(click.click(), refined.click(), 0,
					"the raw click is kept");
			}
			assertTrue(close >= 0.95 * truth.size(), close + " of " + truth.size() +
				" within 0.5 µm (xy) and 1 µm (z)");
			assertTrue(store.edits().size() > 1 + 0.9 * truth.size(),
				"each moved mark is a logged edit");
			assertTrue(store.undo().isPresent(), "anna can undo her refinement");
		}
	}

	@Test
	void aProjectOfAnotherVoxelSizeIsRefusedUntouched() throws Exception {
		final Path project = folder.resolve("other.zap");
		ProjectStore.create(project, "other");
		try (ProjectStore store = ProjectStore.open(project, "anna")) {
			store.setVoxelSize(1, 1, 1);
			store.addMark(Mark.builder(5, 30, 30, 20).build());
		}
		final byte[] before = Files.readAllBytes(project);
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Refine Marks\", \"project=[" + project + "] image=[" + raw +
				"] method=centroid\");", "");
		assertNotNull(failure);
		assertTrue(failure.contains(project.toString()) && failure.contains(raw
			.toString()) && failure.contains("voxel size"), failure);
		assertTrue(Arrays.equals(before, Files.readAllBytes(project)),
			"the project is unchanged");
		final String unknown = BatchMacroRunner.runMacro(
			"run(\"ZAP Refine Marks\", \"project=[" + project + "] image=[" + raw +
				"] method=guess\");", "");
		assertNotNull(unknown);
		assertTrue(unknown.contains("'method'") && unknown.contains("centroid"),
			unknown);
	}

	private Path newProject(final String name) throws Exception {
		final Path project = folder.resolve(name);
		ProjectStore.create(project, name);
		return project;
	}

	private static void run(final String macro) {
		final String failure = BatchMacroRunner.runMacro(macro, "");
		assertNull(failure, failure);
	}
}
