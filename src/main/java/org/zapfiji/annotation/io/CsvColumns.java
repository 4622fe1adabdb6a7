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

package org.zapfiji.annotation.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zapfiji.annotation.MarkFormatException;

/**
 * The header row of a CSV file: finds columns by name, so files may order them
 * as they like, and reads the cells of later rows by column name.
 */
final class CsvColumns {

	private final Path file;

	private final Map<String, Integer> index = new HashMap<>();

	private final int width;

	CsvColumns(final Path file, final CsvRows.Row header)
		throws MarkFormatException
	{
		this.file = file;
		this.width = header.fields.size();
		for (int i = 0; i < width; i++) {
			final String name = header.fields.get(i).trim().toLowerCase(Locale.ROOT);
			if (index.put(name, i) != null) throw new MarkFormatException(file,
				"line " + header.line, "expected each column once, found '" + name +
					"' twice");
		}
	}

	boolean has(final String column) {
		return index.containsKey(column);
	}

	Values of(final CsvRows.Row row) throws MarkFormatException {
		if (row.fields.size() != width) throw new MarkFormatException(file,
			"line " + row.line, "expected " + width +
				" fields like the header, found " + row.fields.size());
		return new Values(row.fields, new Cells(file, "line " + row.line));
	}

	/** The cells of one row. */
	final class Values {

		private final List<String> fields;

		final Cells cells;

		Values(final List<String> fields, final Cells cells) {
			this.fields = fields;
			this.cells = cells;
		}

		/** True if the column exists and this row's cell is not empty. */
		boolean has(final String column) {
			final Integer i = index.get(column);
			return i != null && !fields.get(i).isEmpty();
		}

		String get(final String column) throws MarkFormatException {
			if (!has(column)) throw cells.error(column, "a value", "");
			return fields.get(index.get(column));
		}

		double[] triple(final String x, final String y, final String z)
			throws MarkFormatException
		{
			return new double[] { cells.number(x, get(x)), cells.number(y, get(y)),
				cells.number(z, get(z)) };
		}
	}
}
