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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.zapfiji.io.AtomicFiles;
import org.zapfiji.io.CsvFields;
import org.zapfiji.plugin.command.CommandException;

/**
 * A small table with a header row, written as CSV (RFC 4180 quoting, '\n' line
 * ends, '.' decimals) in one atomic replace, so a reader never sees half a
 * report. The commands' reports (matches, conflicts, history) are tables.
 */
final class CsvTable {

	private final List<String> header;

	private final List<List<String>> rows = new ArrayList<>();

	CsvTable(final String... header) {
		this.header = List.of(header);
	}

	/** Adds a row; it must have one cell per column. */
	void add(final String... cells) {
		if (cells.length != header.size()) throw new IllegalArgumentException(
			"expected " + header.size() + " cells, got " + cells.length);
		rows.add(Arrays.asList(cells));
	}

	List<String> header() {
		return header;
	}

	List<List<String>> rows() {
		return Collections.unmodifiableList(rows);
	}

	String toCsv() {
		final StringBuilder out = new StringBuilder();
		CsvFields.append(out, header, false);
		for (final List<String> row : rows)
			CsvFields.append(out, row, false);
		return out.toString();
	}

	/** Writes the table to {@code file}, replacing it atomically. */
	void write(final Path file, final String key) throws CommandException {
		try {
			AtomicFiles.write(file, toCsv().getBytes(StandardCharsets.UTF_8));
		}
		catch (final IOException e) {
			throw new CommandException("Key '" + key + "': cannot write " + file +
				": " + e, e);
		}
	}

	/**
	 * Refuses an existing {@code file} unless {@code overwrite}: a report or an
	 * export must not silently replace a file someone still needs.
	 */
	static void checkNew(final Path file, final String key,
		final boolean overwrite) throws CommandException
	{
		if (Files.exists(file) && !overwrite) throw new CommandException("Key '" +
			key + "': " + file + " exists; add the key 'overwrite' to replace it.");
	}

	/** A number as written in every table: full precision, NaN as "NaN". */
	static String number(final double value) {
		return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%s",
			value);
	}
}
