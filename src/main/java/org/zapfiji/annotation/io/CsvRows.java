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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.io.CsvFields;

/**
 * Reads and writes RFC 4180 comma-separated text: fields with commas, quotes or
 * line breaks are quoted, quotes doubled. Every row keeps the line it started
 * on, so errors can name it. One shared implementation, because the CSV formats
 * (ours, BigWarp's, napari's) differ only in their columns.
 */
final class CsvRows {

	/** Marks files are text; a larger file is almost surely the wrong file. */
	static final long MAX_BYTES = 1L << 30;

	private CsvRows() {}

	/** One parsed row and the 1-based line it starts on. */
	static final class Row {

		final int line;

		final List<String> fields;

		Row(final int line, final List<String> fields) {
			this.line = line;
			this.fields = fields;
		}
	}

	/** All rows of a UTF-8 file; blank lines are skipped. */
	static List<Row> read(final Path file) throws IOException {
		if (Files.size(file) > MAX_BYTES) throw new MarkFormatException(file,
			"file size", "expected at most " + MAX_BYTES + " bytes, found " + Files
				.size(file));
		final String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(
				CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(
					file))).toString();
		}
		catch (final CharacterCodingException e) {
			throw new MarkFormatException(file, "text", "expected UTF-8, found " +
				"bytes that are not", e);
		}
		return parse(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private static List<Row> parse(final Path file, final String text)
		throws MarkFormatException
	{
		final List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		final StringBuilder field = new StringBuilder();
		int line = 1;
		int rowLine = 1;
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			final char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') quoted = false;
				else {
					if (c == '\n') line++;
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				any = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				any = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')
					i++;
				if (any || field.length() > 0) {
					fields.add(field.toString());
					rows.add(new Row(rowLine, fields));
				}
				fields = new ArrayList<>();
				field.setLength(0);
				any = false;
				rowLine = ++line;
			}
			else {
				field.append(c);
				any = true;
			}
		}
		if (quoted) throw new MarkFormatException(file, "line " + rowLine,
			"expected a closing quote, found the end of the file");
		if (any || field.length() > 0) {
			fields.add(field.toString());
			rows.add(new Row(rowLine, fields));
		}
		return rows;
	}

	/** Appends one row, quoting where needed, ending with a line feed. */
	static void append(final StringBuilder out, final List<String> fields,
		final boolean quoteAll)
	{
		CsvFields.append(out, fields, quoteAll);
	}
}
