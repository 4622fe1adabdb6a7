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

package org.zapfiji.plugin.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * The key {@code columns} of {@code ZAP Extract Traces} and
 * {@code ZAP Forecast Metrics} through ImageJ's macro interpreter on the
 * mini-ZAPBench (150 neurons): a table that swaps two labels swaps their
 * extracted columns and their per-neuron labels; a sparse table leaves NaN
 * columns and empty labels; bad tables are refused naming file, line and field.
 */
class LabelColumnsCommandsTest {

	@TempDir
	static Path shared;

	private static Path root;

	@TempDir
	Path folder;

	@BeforeAll
	static void setUp() throws Exception {
		HeadlessCommands.install(LabelColumnsCommandsTest.class.getClassLoader());
		root = MiniZapbenchFiles.write(shared.resolve("mini"));
	}

	@Test
	void swappedLabelsSwapExtractedColumns() throws Exception {
		final Path table = table(swapped(3, 7));
		final Path output = folder.resolve("swapped.npy");
		run("run(\"ZAP Extract Traces\", \"" + extract(output) + " columns=[" +
			table + "]\");");
		final TraceTable recorded = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		final TraceTable extracted = TraceTables.open(output);
		assertEquals(150, extracted.neurons());
		final float[] r = recorded.readFrames(5, 3);
		final float[] e = extracted.readFrames(0, 3);
		for (int t = 0; t < 3; t++)
			for (int n = 0; n < 150; n++) {
				final int label = n + 1 == 3 ? 7 : n + 1 == 7 ? 3 : n + 1;
				assertEquals(Float.floatToIntBits(r[t * 150 + label - 1]), Float
					.floatToIntBits(e[t * 150 + n]), "frame " + t + " column " + n);
			}
	}

	@Test
	void sparseTableLeavesUnmappedColumnsNaNAndNamesThem() throws Exception {
		final Path table = table("label,column", "3,0", "7,4");
		final Path output = folder.resolve("sparse.csv");
		run("run(\"ZAP Extract Traces\", \"" + extract(output) + " columns=[" +
			table + "]\");");
		final List<String> lines = Files.readAllLines(output);
		assertEquals("frame,label_3,column_1,column_2,column_3,label_7", lines.get(
			0));
		final float[] r = TraceTables.open(root.resolve(MiniZapbenchFiles.TRACES))
			.readFrames(5, 1);
		final float[] e = TraceTables.open(output).readFrames(0, 1);
		assertEquals(5, e.length);
		assertEquals(r[2], e[0]);
		assertEquals(r[6], e[4]);
		for (int n = 1; n <= 3; n++)
			assertTrue(Float.isNaN(e[n]), "column " + n);
	}

	@Test
	void perNeuronLabelsFollowTheTable() throws Exception {
		final Path experiment = root.resolve(MiniZapbenchFiles.EXPERIMENT);
		final Path swappedCsv = folder.resolve("swapped.csv");
		final Path plainCsv = folder.resolve("plain.csv");
		run("run(\"ZAP Forecast Metrics\", \"predictions=[" + experiment +
			"] output=[" + folder.resolve("a.csv") + "] per_neuron=[" + swappedCsv +
			"] columns=[" + table(swapped(1, 150)) + "]\");\n" +
			"run(\"ZAP Forecast Metrics\", \"predictions=[" + experiment +
			"] output=[" + folder.resolve("b.csv") + "] per_neuron=[" + plainCsv +
			"]\");");
		final List<String> swapped = Files.readAllLines(swappedCsv);
		final List<String> plain = Files.readAllLines(plainCsv);
		assertEquals(plain.get(0), swapped.get(0));
		assertTrue(swapped.get(1).startsWith("0,150,"), swapped.get(1));
		assertTrue(swapped.get(150).startsWith("149,1,"), swapped.get(150));
		assertTrue(plain.get(1).startsWith("0,1,"), plain.get(1));
		for (int n = 0; n < 150; n++)
			assertEquals(after(plain.get(n + 1), 2), after(swapped.get(n + 1), 2),
				"the errors of column " + n + " do not move");
		assertEquals(after(plain.get(2), 1), after(swapped.get(2), 1));

		final Path sparseCsv = folder.resolve("sparse.csv");
		run("run(\"ZAP Forecast Metrics\", \"predictions=[" + experiment +
			"] output=[" + folder.resolve("c.csv") + "] per_neuron=[" + sparseCsv +
			"] condition=gain columns=[" + table("label,column", "9,1") + "]\");");
		final List<String> sparse = Files.readAllLines(sparseCsv);
		assertEquals("neuron,label,mae", sparse.get(0));
		assertTrue(sparse.get(1).startsWith("0,,"), sparse.get(1));
		assertTrue(sparse.get(2).startsWith("1,9,"), sparse.get(2));
	}

	@Test
	void badTablesAreRefusedNamingFileLineAndField() throws Exception {
		final Path noHeader = table("1,0", "2,1");
		assertRefused(noHeader, noHeader +
			": line 1 (header): expected the header 'label,column', found '1,0'");
		final Path twice = table("label,column", "1,0", "2,1", "2,2");
		assertRefused(twice, twice + ": line 4, field 'label': expected each " +
			"label once, found label 2 again (first on line 3)");
		final Path text = table("label,column", "1,zero");
		assertRefused(text, text + ": line 2, field 'column': expected an " +
			"integer from 0 to ");
		final Path missing = folder.resolve("nowhere.csv");
		assertRefused(missing, missing + ": no such file");
		final Path past = table("label,column", "1,0", "2,150");
		final String failure = fail(
			"run(\"ZAP Forecast Metrics\", \"predictions=[" + root.resolve(
				MiniZapbenchFiles.EXPERIMENT) + "] output=[" + folder.resolve(
					"mae.csv") + "] columns=[" + past + "]\");");
		assertTrue(failure.contains("Key 'columns': " + past + ": line 3, field " +
			"'column': expected a column below 150 (the neurons of the forecasts " +
			root.resolve(MiniZapbenchFiles.EXPERIMENT).resolve(
				"predictions/test_condition_0") + "), found column 150 for label 2"),
			failure);
		assertTrue(Files.notExists(folder.resolve("mae.csv")));
	}

	/** Each command names the table's error after its key. */
	private void assertRefused(final Path table, final String message)
		throws Exception
	{
		final Path output = folder.resolve("out.npy");
		for (final String macro : List.of("run(\"ZAP Extract Traces\", \"" +
			extract(output) + " columns=[" + table + "]\");",
			"run(\"ZAP Forecast Metrics\", \"predictions=[" + root.resolve(
				MiniZapbenchFiles.EXPERIMENT) + "] output=[" + folder.resolve(
					"mae.csv") + "] columns=[" + table + "]\");",
			"run(\"ZAP Render Forecast\", \"segmentation=[" + root.resolve(
				MiniZapbenchFiles.SEGMENTATION) + "] traces=[" + root.resolve(
					MiniZapbenchFiles.TRACES) + "] output=[" + folder.resolve("x.png") +
				"] columns=[" + table + "]\");"))
		{
			final String failure = fail(macro);
			assertTrue(failure.contains("Key 'columns': " + message), failure);
		}
		assertTrue(Files.notExists(output));
		assertTrue(Files.notExists(folder.resolve("mae.csv")));
		assertTrue(Files.notExists(folder.resolve("x.png")));
	}

	private static String extract(final Path output) {
		return "volume=[" + root.resolve(MiniZapbenchFiles.DFF) +
			"] segmentation=[" + root.resolve(MiniZapbenchFiles.SEGMENTATION) +
			"] output=[" + output + "] time_from=5 time_to=7";
	}

	/**
	 * The header and the identity for labels 1..150 with {@code a} and {@code b}
	 * swapped.
	 */
	private static String[] swapped(final int a, final int b) {
		final String[] rows = new String[151];
		rows[0] = "label,column";
		for (int label = 1; label <= 150; label++)
			rows[label] = label + "," + ((label == a ? b : label == b ? a : label) -
				1);
		return rows;
	}

	private int tables;

	private Path table(final String... lines) throws Exception {
		final Path file = folder.resolve("columns" + tables++ + ".csv");
		Files.writeString(file, String.join("\n", lines) + "\n");
		return file;
	}

	/** The text after the first {@code cells} cells. */
	private static String after(final String line, final int cells) {
		int i = 0;
		for (int c = 0; c < cells; c++)
			i = line.indexOf(',', i) + 1;
		return line.substring(i);
	}

	private static void run(final String macro) {
		final String failure = BatchMacroRunner.runMacro(macro, "");
		assertNull(failure, failure);
	}

	private static String fail(final String macro) {
		final String failure = BatchMacroRunner.runMacro(macro, "");
		assertNotNull(failure, "expected a failure for " + macro);
		return failure;
	}
}
