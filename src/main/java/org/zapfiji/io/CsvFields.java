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

package org.zapfiji.io;

import java.util.List;

/**
 * Fields of comma-separated text as RFC 4180 writes them: a field with a comma,
 * quote or line break is quoted and its quotes doubled. The one writer behind
 * every CSV file ZAP Fiji produces (marks, reports, label tables).
 */
public final class CsvFields {

	private CsvFields() {}

	/** {@code field} as it goes into a line, quoted where needed. */
	public static String field(final String field) {
		if (field == null) return "";
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf(
			'\n') < 0 && field.indexOf('\r') < 0) return field;
		return quoted(field);
	}

	/** Appends one row, ending with a line feed. */
	public static void append(final StringBuilder out, final List<String> fields,
		final boolean quoteAll)
	{
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) out.append(',');
			final String f = fields.get(i);
			out.append(quoteAll ? quoted(f) : field(f));
		}
		out.append('\n');
	}

	private static String quoted(final String field) {
		return "\"" + field.replace("\"", "\"\"") + "\"";
	}
}
