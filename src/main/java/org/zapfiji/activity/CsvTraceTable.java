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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zapfiji.data.FormatException;

/**
 * Traces in a CSV file: a header row, then one row per frame with one column
 * per neuron (column {@code n} is label {@code n + 1}). A first column headed
 * {@code frame}, {@code t}, {@code time} or nothing (as pandas writes an index)
 * holds frame numbers and is skipped. Empty cells, {@code nan} and {@code NaN}
 * are NaN; {@code inf} and {@code Infinity} are infinite.
 * <p>
 * Text is the slowest way to hold millions of numbers, so the table is read
 * once, whole, into memory (4 bytes per value); use Zarr or {@code .npy} for
 * ZAPBench-sized traces.
 */
final class CsvTraceTable implements TraceTable {

	private final Path file;

	private final List<float[]> rows;

	private final int neurons;

	private CsvTraceTable(final Path file, final List<float[]> rows,
		final int neurons)
	{
		this.file = file;
		this.rows = rows;
		this.neurons = neurons;
	}

	static CsvTraceTable open(final Path file) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file,
			StandardCharsets.UTF_8))
		{
			final String headerLine = in.readLine();
			if (headerLine == null) throw FormatException.field(file, "header row",
				"column names", "an empty file");
			final String[] header = headerLine.split(",", -1);
			final String first = unquote(header[0]).toLowerCase(Locale.ROOT);
			final int skip = first.isEmpty() || first.equals("frame") || first.equals(
				"t") || first.equals("time") ? 1 : 0;
			final int neurons = header.length - skip;
			if (neurons < 1) throw FormatException.field(file, "header row",
				"at least one neuron column", headerLine);
			final List<float[]> rows = new ArrayList<>();
			int line = 1;
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				line++;
				if (text.isEmpty()) continue;
				rows.add(row(text, skip, neurons, file, line));
			}
			return new CsvTraceTable(file, rows, neurons);
		}
	}

	private static float[] row(final String text, final int skip,
		final int neurons, final Path file, final int line) throws FormatException
	{
		final String[] cells = text.split(",", -1);
		if (cells.length != neurons + skip) throw FormatException.field(file,
			"line " + line, (neurons + skip) + " cells like the header row",
			cells.length + " cells");
		final float[] values = new float[neurons];
		for (int n = 0; n < neurons; n++)
			values[n] = value(cells[n + skip], file, line, n + skip + 1);
		return values;
	}

	private static float value(final String cell, final Path file, final int line,
		final int column) throws FormatException
	{
		final String v = unquote(cell).toLowerCase(Locale.ROOT);
		if (v.isEmpty() || v.equals("nan")) return Float.NaN;
		if (v.equals("inf") || v.equals("+inf") || v.equals("infinity") || v.equals(
			"+infinity")) return Float.POSITIVE_INFINITY;
		if (v.equals("-inf") || v.equals("-infinity"))
			return Float.NEGATIVE_INFINITY;
		try {
			return Float.parseFloat(v);
		}
		catch (final NumberFormatException e) {
			throw FormatException.field(file, "line " + line + " column " + column,
				"a number", "'" + cell + "'");
		}
	}

	private static String unquote(final String cell) {
		final String t = cell.trim();
		return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t
			.substring(1, t.length() - 1).trim() : t;
	}

	@Override
	public String location() {
		return file.toString();
	}

	@Override
	public int frames() {
		return rows.size();
	}

	@Override
	public int neurons() {
		return neurons;
	}

	@Override
	public int frameBlock() {
		return 256;
	}

	@Override
	public float[] readFrames(final int from, final int count) {
		final float[] out = new float[Math.multiplyExact(count, neurons)];
		for (int t = 0; t < count; t++)
			System.arraycopy(rows.get(from + t), 0, out, t * neurons, neurons);
		return out;
	}

	@Override
	public float[] readNeuron(final int column, final int from, final int count) {
		TraceTables.checkNeuronRead(this, column, from, count);
		final float[] out = new float[count];
		for (int t = 0; t < count; t++)
			out[t] = rows.get(from + t)[column];
		return out;
	}
}
