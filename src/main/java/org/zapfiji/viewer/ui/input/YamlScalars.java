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

package org.zapfiji.viewer.ui.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The little of YAML scalars that keymap files use: plain, single-quoted
 * ({@code 'it''s'}) and double-quoted ({@code "a\"b"}) text, flow lists, and
 * comments outside quotes.
 */
final class YamlScalars {

	private YamlScalars() {}

	/** The line without a {@code #} comment that is outside quotes. */
	static String stripComment(final String line) {
		char quote = 0;
		for (int i = 0; i < line.length(); i++) {
			final char c = line.charAt(i);
			if (quote != 0) {
				if (c == '\\' && quote == '"') i++;
				else if (c == quote) quote = 0;
			}
			else if (c == '\'' || c == '"') quote = c;
			else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i -
				1)))) return line.substring(0, i);
		}
		return line;
	}

	/** The items of a flow list's inside, split at commas outside quotes. */
	static List<String> flowItems(final String inside) {
		final List<String> items = new ArrayList<>();
		final StringBuilder item = new StringBuilder();
		char quote = 0;
		for (int i = 0; i < inside.length(); i++) {
			final char c = inside.charAt(i);
			if (quote != 0) {
				if (c == '\\' && quote == '"' && i + 1 < inside.length()) item.append(c)
					.append(inside.charAt(++i));
				else {
					if (c == quote) quote = 0;
					item.append(c);
				}
			}
			else if (c == ',') {
				addItem(items, item.toString());
				item.setLength(0);
			}
			else {
				if (c == '\'' || c == '"') quote = c;
				item.append(c);
			}
		}
		addItem(items, item.toString());
		return items;
	}

	/** The text of a plain or quoted scalar. */
	static String unquote(final String scalar) {
		final String s = scalar.trim();
		if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) return s
			.substring(1, s.length() - 1).replace("''", "'");
		if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
			final StringBuilder out = new StringBuilder();
			for (int i = 1; i < s.length() - 1; i++) {
				final char c = s.charAt(i);
				if (c == '\\' && i + 1 < s.length() - 1) out.append(s.charAt(++i));
				else out.append(c);
			}
			return out.toString();
		}
		return s;
	}

	private static void addItem(final List<String> items, final String item) {
		if (!item.trim().isEmpty()) items.add(unquote(item));
	}
}
