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

package org.zapfiji.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.ActivityColors.Mode;
import org.zapfiji.data.FormatException;

/**
 * The label → trace column table: read from real files, looked up both ways,
 * applied to colours and extracted frames; every kind of bad table is refused
 * with the file, the line and the field.
 */
class LabelColumnsTest {

	@TempDir
	Path folder;

	@Test
	void identityIsZapbenchsRule() {
		final LabelColumns id = LabelColumns.identity();
		assertTrue(id.isIdentity());
		assertEquals(0, id.column(1));
		assertEquals(71720, id.column(71721));
		assertEquals(-1, id.column(0));
		assertEquals(5, id.label(4));
		assertEquals(150, id.columns(150));
	}

	@Test
	void tableIsLookedUpBothWays() throws Exception {
		final LabelColumns t = LabelColumns.read(table("label,column\n1,0\n2,2\n" +
			"\n\"5\", 1\n"));
		assertFalse(t.isIdentity());
		assertEquals(0, t.column(1));
		assertEquals(2, t.column(2));
		assertEquals(-1, t.column(3), "not in the table");
		assertEquals(1, t.column(5));
		assertEquals(-1, t.column(6), "past the table");
		assertEquals(5, t.label(1));
		assertEquals(0, t.label(3), "no label there");
		assertEquals(3, t.columns(150), "largest column + 1");
		assertEquals(5, t.maxLabel(150));
	}

	@Test
	void coloursFollowTheTable() throws Exception {
		final ActivityColors c = new ActivityColors(Mode.RECORDED, 0, 1);
		final double[] values = { 1, 0, Double.NaN };
		final LabelColumns swapped = LabelColumns.read(table(
			"label,column\n1,1\n2,0\n4,2\n"));
		assertArrayEquals(new int[] { 0x000000, 0x440154, 0xfde725, 0x808080,
			0x808080 }, c.byLabel(values, swapped),
			"labels 1 and 2 swapped, label 3 without a trace is grey");
		assertArrayEquals(c.byLabel(values), c.byLabel(values, LabelColumns
			.identity()));
	}

	@Test
	void framesAreRearrangedIntoTheTablesColumns() throws Exception {
		final LabelColumns t = LabelColumns.read(table(
			"label,column\n2,0\n1,3\n9,1\n"));
		// two frames of labels 1, 2, 3: 10, 20, 30 and 11, 21, 31
		final float[] out = t.toColumns(new float[] { 10, 20, 30, 11, 21, 31 }, 2,
			3);
		assertArrayEquals(new float[] { 20, Float.NaN, Float.NaN, 10, 21, Float.NaN,
			Float.NaN, 11 }, out);
	}

	@Test
	void columnsPastTheTracesAreNamedWithBothFiles() throws Exception {
		final Path file = table("label,column\n1,0\n2,149\n3,150\n");
		final LabelColumns t = LabelColumns.read(file);
		t.check(151, "traces.zarr", "traces");
		final FormatException e = assertThrows(FormatException.class, () -> t.check(
			150, "/data/traces.zarr", "traces"));
		assertEquals(file + ": line 4, field 'column': expected a column below " +
			"150 (the neurons of the traces /data/traces.zarr), found column 150 " +
			"for label 3", e.getMessage());
	}

	/**
	 * Found by fuzzing: two lines naming label and column 67,108,863 made the
	 * reader allocate three int arrays of 2^26 (768 MB) and run out of memory.
	 * Such a table is now held sparse, and still looked up both ways.
	 */
	@Test
	void hugeLabelsInAShortTableTakeLittleMemory() throws Exception {
		final Path file = folder.resolve("huge.csv");
		Files.writeString(file, "label,column\n67108863,67108863\n5,2\n");
		final LabelColumns table = LabelColumns.read(file);
		assertEquals(67108863, table.column(67108863));
		assertEquals(2, table.column(5));
		assertEquals(-1, table.column(6));
		assertEquals(67108863, table.label(67108863));
		assertEquals(5, table.label(2));
		assertEquals(0, table.label(3));
		assertEquals(67108864, table.columns(10));
		assertEquals(67108863, table.maxLabel(10));
		final FormatException e = assertThrows(FormatException.class, () -> table
			.check(100, "traces.npy", "traces"));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}

	@Test
	void badTablesNameFileLineAndField() throws Exception {
		refused("1,0\n2,1\n", "line 1 (header): expected the header " +
			"'label,column', found '1,0'");
		refused("", "line 1 (header): expected the header 'label,column', " +
			"found an empty file");
		refused("label,column\n1,0\n2,1\n1,2\n", "line 4, field 'label': " +
			"expected each label once, found label 1 again (first on line 2)");
		refused("label,column\n1,0\n2,0\n", "line 3, field 'column': expected " +
			"each column once, found column 0 again (for label 1 on line 2)");
		refused("label,column\n1,0\n2,x1\n", "line 3, field 'column': expected " +
			"an integer from 0 to " + LabelColumns.MAX + ", found 'x1'");
		refused("label,column\n1.5,0\n", "line 2, field 'label': expected an " +
			"integer from 1 to " + LabelColumns.MAX + ", found '1.5'");
		refused("label,column\n0,0\n", "line 2, field 'label': expected an " +
			"integer from 1 to " + LabelColumns.MAX + ", found 0");
		refused("label,column\n1,-1\n", "line 2, field 'column': expected an " +
			"integer from 0 to " + LabelColumns.MAX + ", found -1");
		refused("label,column\n1,0,7\n", "line 2: expected 2 cells " +
			"(label,column), found 3 cells: '1,0,7'");
		refused("label,column\n\n", "rows: expected at least one 'label,column' " +
			"row after the header, found none");
	}

	@Test
	void spreadsheetExportsAreRead() throws Exception {
		final LabelColumns t = LabelColumns.read(table(
			"\ufeff\"Label\",\"Column\"\r\n3,0\r\n"));
		assertEquals(0, t.column(3));
	}

	private void refused(final String text, final String expected)
		throws Exception
	{
		final Path file = table(text);
		final FormatException e = assertThrows(FormatException.class,
			() -> LabelColumns.read(file));
		assertEquals(file + ": " + expected, e.getMessage());
	}

	private int tables;

	private Path table(final String text) throws Exception {
		final Path file = folder.resolve("columns" + tables++ + ".csv");
		Files.writeString(file, text);
		return file;
	}
}
