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

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.zapfiji.data.FormatException;

/**
 * Which trace column holds the activity of each segmentation label. ZAPBench's
 * traces put label {@code k} in column {@code k − 1} (the identity here), but a
 * segmentation relabelled after the traces were extracted, or traces of a
 * subset of segments, need a table: a CSV file with the header
 * {@code label,column} and one row per label, both integers, label ≥ 1, column
 * ≥ 0, each label and each column at most once.
 * <p>
 * Painting looks a column up for every label of every frame (71,721 labels at
 * 20+ frames a second), so the table is held as an {@code int[]} by label, −1
 * where a label has no trace, with its inverse by column; a short table naming
 * huge labels is held sparse instead ({@link IntLookup}), so a 30-byte file
 * cannot claim hundreds of megabytes.
 */
public final class LabelColumns {

	/** The header a table must start with. */
	public static final String HEADER = "label,column";

	/**
	 * Largest label or column accepted: one int per label is held, and trace
	 * extraction allows no larger label either.
	 */
	static final int MAX = TraceExtraction.MAX_LABEL;

	private static final LabelColumns IDENTITY = new LabelColumns(null, null,
		null, null);

	/** Where the table came from; null for the identity. */
	private final Path file;

	/** Column by label, −1 = none; null for the identity. */
	private final IntLookup columnByLabel;

	/** Label by column, 0 = none; null for the identity. */
	private final IntLookup labelByColumn;

	/** Line of the table on which each label stands (for messages). */
	private final IntLookup lineByLabel;

	private LabelColumns(final Path file, final IntLookup columnByLabel,
		final IntLookup labelByColumn, final IntLookup lineByLabel)
	{
		this.file = file;
		this.columnByLabel = columnByLabel;
		this.labelByColumn = labelByColumn;
		this.lineByLabel = lineByLabel;
	}

	/** ZAPBench's rule: label k is column k − 1. */
	public static LabelColumns identity() {
		return IDENTITY;
	}

	/** The table of {@code file}, or the identity when {@code file} is null. */
	public static LabelColumns readOrIdentity(final Path file)
		throws IOException
	{
		return file == null ? IDENTITY : read(file);
	}

	/**
	 * Reads a {@code label,column} table (UTF-8, blank lines skipped, cells may
	 * be quoted).
	 *
	 * @throws FormatException naming the file, the line and the field when the
	 *           header is missing, a cell is not an integer in range, or a label
	 *           or column appears twice
	 */
	public static LabelColumns read(final Path file) throws IOException {
		// Rows first, in arrays as long as the file: a label's size must not
		// decide how much memory a short table takes.
		int[] labels = new int[16];
		int[] columns = new int[16];
		int[] lines = new int[16];
		int rows = 0;
		final Map<Integer, Integer> lineOfLabel = new HashMap<>();
		final Map<Integer, Integer> labelOfColumn = new HashMap<>();
		try (BufferedReader in = Files.newBufferedReader(file,
			StandardCharsets.UTF_8))
		{
			String text = in.readLine();
			if (text != null && text.startsWith("\ufeff")) text = text.substring(1);
			final String header = text == null ? null : text.replace("\"", "")
				.replace(" ", "").trim();
			if (header == null || !header.equalsIgnoreCase(HEADER))
				throw FormatException.field(file, "line 1 (header)", "the header '" +
					HEADER + "'", text == null ? "an empty file" : "'" + text + "'");
			int line = 1;
			for (text = in.readLine(); text != null; text = in.readLine()) {
				line++;
				if (text.trim().isEmpty()) continue;
				final String[] cells = text.split(",", -1);
				if (cells.length != 2) throw FormatException.field(file, "line " + line,
					"2 cells (label,column)", cells.length + " cells: '" + text + "'");
				final int label = integer(cells[0], 1, file, line, "label");
				final int column = integer(cells[1], 0, file, line, "column");
				final Integer firstLine = lineOfLabel.putIfAbsent(label, line);
				if (firstLine != null) throw FormatException.field(file, "line " +
					line + ", field 'label'", "each label once", "label " + label +
						" again (first on line " + firstLine + ")");
				final Integer other = labelOfColumn.putIfAbsent(column, label);
				if (other != null) throw FormatException.field(file, "line " + line +
					", field 'column'", "each column once", "column " + column +
						" again (for label " + other + " on line " + lineOfLabel.get(
							other) + ")");
				if (rows == labels.length) {
					labels = Arrays.copyOf(labels, 2 * rows);
					columns = Arrays.copyOf(columns, 2 * rows);
					lines = Arrays.copyOf(lines, 2 * rows);
				}
				labels[rows] = label;
				columns[rows] = column;
				lines[rows] = line;
				rows++;
			}
		}
		if (rows == 0) throw FormatException.field(file, "rows",
			"at least one 'label,column' row after the header", "none");
		return new LabelColumns(file, new IntLookup(labels, columns, rows, -1),
			new IntLookup(columns, labels, rows, 0), new IntLookup(labels, lines,
				rows, 0));
	}

	private static int integer(final String cell, final int min, final Path file,
		final int line, final String field) throws FormatException
	{
		String v = cell.trim();
		if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v
			.substring(1, v.length() - 1).trim();
		final long value;
		try {
			value = Long.parseLong(v);
		}
		catch (final NumberFormatException e) {
			throw FormatException.field(file, "line " + line + ", field '" + field +
				"'", "an integer from " + min + " to " + MAX, "'" + cell + "'");
		}
		if (value < min || value > MAX) throw FormatException.field(file, "line " +
			line + ", field '" + field + "'", "an integer from " + min + " to " + MAX,
			value);
		return (int) value;
	}

	/** Whether this is ZAPBench's rule, label k → column k − 1. */
	public boolean isIdentity() {
		return columnByLabel == null;
	}

	/** The table's file; null for the identity. */
	public Path file() {
		return file;
	}

	/** The trace column of {@code label}, or −1 when it has none. */
	public int column(final int label) {
		if (columnByLabel == null) return label >= 1 ? label - 1 : -1;
		return columnByLabel.get(label);
	}

	/** The label whose trace is in {@code column}, or 0 when none is. */
	public int label(final int column) {
		if (labelByColumn == null) return column >= 0 && column < Integer.MAX_VALUE
			? column + 1 : 0;
		return labelByColumn.get(column);
	}

	/**
	 * Columns the table fills: its largest column + 1; for the identity,
	 * {@code labels} (one column per label 1..labels).
	 */
	public int columns(final int labels) {
		return labelByColumn == null ? labels : labelByColumn.length();
	}

	/**
	 * The largest label with a column; for the identity, {@code columns} (label
	 * columns + 1 is past the last column).
	 */
	public int maxLabel(final int columns) {
		return columnByLabel == null ? columns : columnByLabel.length() - 1;
	}

	/**
	 * Checks that every column the table names exists in {@code traces}.
	 *
	 * @throws FormatException naming the table, its line, and the traces
	 */
	public void check(final TraceTable traces) throws FormatException {
		check(traces.neurons(), traces.location(), "traces");
	}

	/**
	 * Checks that every column is below {@code neurons}, the columns of the file
	 * at {@code location} ({@code what}: "traces", "forecasts").
	 *
	 * @throws FormatException naming both files and the line of the largest
	 *           column
	 */
	public void check(final int neurons, final String location, final String what)
		throws FormatException
	{
		if (labelByColumn == null || labelByColumn.length() <= neurons) return;
		final int column = labelByColumn.length() - 1;
		final int label = labelByColumn.get(column);
		throw FormatException.field(file, "line " + lineByLabel.get(label) +
			", field 'column'", "a column below " + neurons +
				" (the neurons of the " + what + " " + location + ")", "column " +
					column + " for label " + label);
	}

	/**
	 * Frames of values by label column (label k in column k − 1, as trace
	 * extraction gives them, {@code labels} per frame) rearranged into this
	 * table's columns; a column whose label is past {@code labels} is NaN.
	 */
	public float[] toColumns(final float[] byLabel, final int count,
		final int labels)
	{
		final int columns = columns(labels);
		if (labelByColumn == null) return Arrays.copyOf(byLabel, count * labels);
		final float[] out = new float[count * columns];
		for (int t = 0; t < count; t++)
			for (int c = 0; c < columns; c++) {
				final int label = labelByColumn.get(c);
				out[t * columns + c] = label >= 1 && label <= labels ? byLabel[t *
					labels + label - 1] : Float.NaN;
			}
		return out;
	}

	@Override
	public String toString() {
		return file == null ? "label k → column k − 1" : file + " (labels up to " +
			(columnByLabel.length() - 1) + ", " + labelByColumn.length() +
			" columns)";
	}
}
