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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * The six project commands run as an annotation pipeline would run them: macro
 * text through ImageJ's own interpreter with no display. Inputs are written by
 * hand, so the expected figures below are worked out by hand too.
 */
class AnnotationCommandsTest {

	/** Voxel size of both projects, µm. */
	private static final String VOXELS = "voxel_x=0.5 voxel_y=0.5 voxel_z=2";

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		assertTrue(java.awt.GraphicsEnvironment.isHeadless(),
			"macro tests run headless");
		HeadlessCommands.install(AnnotationCommandsTest.class.getClassLoader());
	}

	/**
	 * Reference marks 1, 2, 3 in napari's voxel CSV (z, y, x) at µm (5, 5, 2),
	 * (20, 20, 4), (50, 50, 10); test marks 11, 12, 13 at (5.5, 5, 2), (20, 21,
	 * 4), (80, 80, 10). Within 3 µm: 1–11 at 0.5, 2–12 at 1.0; 3 is missed, 13 a
	 * false positive.
	 */
	private Path[] twoAnnotatorsProjects() throws Exception {
		final Path reference = folder.resolve("anna.zap");
		final Path test = folder.resolve("ben.zap");
		final Path annaPoints = write("anna.csv",
			"index,axis-0,axis-1,axis-2,id,status\n" + //
				"0,1,10,10,1,accepted\n" + //
				"1,2,40,40,2,accepted\n" + //
				"2,5,100,100,3,unreviewed\n");
		final Path benPoints = write("ben.csv",
			"index,axis-0,axis-1,axis-2,id,status\n" + //
				"0,1,10,11,11,accepted\n" + //
				"1,2,42,40,12,accepted\n" + //
				"2,5,160,160,13,accepted\n");
		run("run(\"ZAP New Project\", \"project=[" + reference + "] " + VOXELS +
			"\");\n" + //
			"run(\"ZAP New Project\", \"project=[" + test + "] " + VOXELS + "\");\n" +
			"run(\"ZAP Import Marks\", \"project=[" + reference + "] input=[" +
			annaPoints + "] format=napari_points_csv annotator=anna\");\n" +
			"run(\"ZAP Import Marks\", \"project=[" + test + "] input=[" + benPoints +
			"] format=napari_points_csv annotator=ben\");\n");
		return new Path[] { reference, test };
	}

	@Test
	void importedMarksLandInMicrometresAsOneEditOfTheirAnnotator()
		throws Exception
	{
		final Path reference = twoAnnotatorsProjects()[0];
		try (ProjectStore store = ProjectStore.open(reference, "check")) {
			assertArrayEquals(new double[] { 0.5, 0.5, 2 }, store.voxelSize().get());
			assertEquals(3, store.markCount());
			final Mark third = store.mark(3).get();
			assertArrayEquals(new double[] { 50, 50, 10 }, third.position(), 1e-12);
			assertEquals(MarkStatus.UNREVIEWED, third.status());
			assertEquals("anna", third.annotator());
			assertEquals(1, store.edits().size(), "one logged edit for the import");
			assertEquals("anna", store.edits().get(0).annotator());
		}
	}

	@Test
	void compareWritesEveryPairMissAndFalsePositiveAndTheFigures()
		throws Exception
	{
		final Path[] projects = twoAnnotatorsProjects();
		final Path matches = folder.resolve("matches.csv");
		run("run(\"ZAP Compare Marks\", \"reference=[" + projects[0] + "] test=[" +
			projects[1] + "] distance=3 output=[" + matches + "]\");");
		final List<String> rows = Files.readAllLines(matches);
		assertEquals("kind,reference_id,test_id,distance_um,reference_x_um," +
			"reference_y_um,reference_z_um,test_x_um,test_y_um,test_z_um", rows.get(
				0));
		assertEquals(List.of("match,1,11,0.5,5.0,5.0,2.0,5.5,5.0,2.0",
			"match,2,12,1.0,20.0,20.0,4.0,20.0,21.0,4.0",
			"miss,3,,,50.0,50.0,10.0,,,", "false_positive,,13,,,,,80.0,80.0,10.0"),
			rows.subList(1, rows.size()));
		final Map<String, String> overall = row(CompareMarks.summaryFile(matches),
			1);
		assertEquals("overall", overall.get("scope"));
		assertEquals("2", overall.get("tp"));
		assertEquals("1", overall.get("fp"));
		assertEquals("1", overall.get("fn"));
		assertEquals(2.0 / 3, Double.parseDouble(overall.get("precision")), 1e-12);
		assertEquals(2.0 / 3, Double.parseDouble(overall.get("recall")), 1e-12);
		assertEquals(2.0 / 3, Double.parseDouble(overall.get("f1")), 1e-12);
		assertEquals(0.75, Double.parseDouble(overall.get("mean_distance_um")),
			1e-12);
	}

	@Test
	void compareRefusesToReplaceItsOutputAndAcceptsAMarksFileAsTest()
		throws Exception
	{
		final Path[] projects = twoAnnotatorsProjects();
		final Path matches = write("matches.csv", "someone's table\n");
		final String refused = BatchMacroRunner.runMacro(
			"run(\"ZAP Compare Marks\", \"reference=[" + projects[0] + "] test=[" +
				projects[1] + "] output=[" + matches + "]\");", "");
		assertNotNull(refused);
		assertTrue(refused.contains("Key 'output'") && refused.contains("exists"),
			refused);
		assertEquals("someone's table\n", Files.readString(matches));

		run("run(\"ZAP Compare Marks\", \"reference=[" + projects[0] + "] test=[" +
			folder.resolve("ben.csv") + "] test_format=napari_points_csv " + VOXELS +
			" distance=3 output=[" + matches + "] overwrite\");");
		assertEquals("2", row(CompareMarks.summaryFile(matches), 1).get("tp"));
	}

	@Test
	void exportWritesTheChosenStatusesInAnotherToolsFormat() throws Exception {
		final Path reference = twoAnnotatorsProjects()[0];
		final Path accepted = folder.resolve("accepted.json");
		run("run(\"ZAP Export Marks\", \"project=[" + reference + "] output=[" +
			accepted + "] status=accepted\");");
		final Path backIn = folder.resolve("back.zap");
		run("run(\"ZAP New Project\", \"project=[" + backIn + "]\");\n" +
			"run(\"ZAP Import Marks\", \"project=[" + backIn + "] input=[" +
			accepted + "] annotator=carl\");");
		try (ProjectStore original = ProjectStore.open(reference, "check");
				ProjectStore copy = ProjectStore.open(backIn, "check"))
		{
			assertEquals(2, copy.markCount());
			for (final long id : new long[] { 1, 2 })
				assertEquals(original.mark(id).get(), copy.mark(id).get(),
					"JSON keeps every field of mark " + id);
			assertFalse(copy.mark(3).isPresent(), "mark 3 is unreviewed");
		}
	}

	@Test
	void ambiguousExtensionAndExistingOutputAreRefusedNamingTheKey()
		throws Exception
	{
		final Path reference = twoAnnotatorsProjects()[0];
		final String ambiguous = BatchMacroRunner.runMacro(
			"run(\"ZAP Export Marks\", \"project=[" + reference + "] output=[" +
				folder.resolve("out.csv") + "]\");", "");
		assertNotNull(ambiguous);
		assertTrue(ambiguous.contains("Key 'format' is auto") && ambiguous.contains(
			"zap_marks_csv") && ambiguous.contains("napari_points_csv"), ambiguous);

		final Path existing = write("taken.json", "{}");
		final String refused = BatchMacroRunner.runMacro(
			"run(\"ZAP Export Marks\", \"project=[" + reference + "] output=[" +
				existing + "]\");", "");
		assertNotNull(refused);
		assertTrue(refused.contains("Key 'output'") && refused.contains(
			"overwrite"), refused);
		assertEquals("{}", Files.readString(existing));
	}

	@Test
	void aSecondImportOfTheSameIdsAddsNothingAndSaysWhy() throws Exception {
		final Path reference = twoAnnotatorsProjects()[0];
		final String clash = BatchMacroRunner.runMacro(
			"run(\"ZAP Import Marks\", \"project=[" + reference + "] input=[" + folder
				.resolve("anna.csv") + "] format=napari_points_csv annotator=anna\");",
			"");
		assertNotNull(clash);
		assertTrue(clash.contains("mark id 1") && clash.contains(
			"nothing imported"), clash);
		try (ProjectStore store = ProjectStore.open(reference, "check")) {
			assertEquals(3, store.markCount());
			assertEquals(1, store.edits().size());
		}
	}

	@Test
	void newProjectNeverReplacesAFile() throws Exception {
		final Path existing = write("notes.zap", "not a project");
		final String refused = BatchMacroRunner.runMacro(
			"run(\"ZAP New Project\", \"project=[" + existing + "]\");", "");
		assertNotNull(refused);
		assertTrue(refused.contains(existing.toString()) && refused.contains(
			"exists"), refused);
		assertEquals("not a project", Files.readString(existing));
	}

	@Test
	void mergeKeepsWhatNeedsNoDecisionAndListsEveryConflict() throws Exception {
		final Path[] projects = twoAnnotatorsProjects();
		final Path merged = folder.resolve("merged.zap");
		run("run(\"ZAP Merge Projects\", \"first=[" + projects[0] + "] second=[" +
			projects[1] + "] output=[" + merged + "] annotator=carl distance=3\");");
		try (ProjectStore store = ProjectStore.open(merged, "check")) {
			final List<Long> ids = new ArrayList<>();
			for (final Mark m : store.marks())
				ids.add(m.id());
			ids.sort(null);
			assertEquals(List.of(3L, 13L), ids,
				"marks found by one annotator only are merged");
			assertEquals("carl", store.edits().get(0).annotator());
		}
		final List<String> conflicts = Files.readAllLines(MergeProjects
			.conflictsFile(merged));
		assertEquals(3, conflicts.size(), String.join("\n", conflicts));
		assertTrue(conflicts.get(1).startsWith("probable_duplicate,1,11,0.5,"),
			conflicts.get(1));
		assertTrue(conflicts.get(2).startsWith("probable_duplicate,2,12,1.0,"),
			conflicts.get(2));
		for (final Path source : projects)
			try (ProjectStore store = ProjectStore.open(source, "check")) {
				assertEquals(3, store.markCount(), source + " is untouched");
			}
	}

	@Test
	void historyListsEveryEditWithItsAuthorAndUndo() throws Exception {
		final Path reference = twoAnnotatorsProjects()[0];
		try (ProjectStore store = ProjectStore.open(reference, "dana")) {
			store.deleteMark(2);
			store.undo();
		}
		final Path history = folder.resolve("history.csv");
		run("run(\"ZAP Project History\", \"project=[" + reference + "] output=[" +
			history + "]\");");
		final List<String> lines = Files.readAllLines(history);
		assertEquals("seq,time,annotator,operation,kind,target,undoes", lines.get(
			0));
		assertEquals(4, lines.size(), String.join("\n", lines));
		final String[] imported = lines.get(1).split(",");
		final String[] deleted = lines.get(2).split(",");
		final String[] undone = lines.get(3).split(",", -1);
		assertEquals(Arrays.asList("anna", "add", "mark_batch"), Arrays.asList(
			imported[2], imported[3], imported[4]));
		assertEquals(Arrays.asList("dana", "delete", "mark", "2"), Arrays.asList(
			deleted[2], deleted[3], deleted[4], deleted[5]));
		assertEquals("dana", undone[2]);
		assertEquals(deleted[0], undone[6], "the undo names the edit it reverts");
	}

	private void run(final String macro) {
		final String failure = BatchMacroRunner.runMacro(macro, "");
		assertNull(failure, failure);
	}

	private Path write(final String name, final String text) throws Exception {
		final Path file = folder.resolve(name);
		Files.writeString(file, text);
		return file;
	}

	/** Row {@code index} (1 = first after the header) of a CSV, by column. */
	private static Map<String, String> row(final Path csv, final int index)
		throws Exception
	{
		final List<String> lines = Files.readAllLines(csv);
		final String[] header = lines.get(0).split(",", -1);
		final String[] cells = lines.get(index).split(",", -1);
		final Map<String, String> row = new TreeMap<>();
		for (int c = 0; c < header.length; c++)
			row.put(header[c], cells[c]);
		return row;
	}
}
