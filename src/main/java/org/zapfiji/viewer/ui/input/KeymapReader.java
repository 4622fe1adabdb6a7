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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The line-by-line state of reading a keymap file: which mapping is open, and
 * which key a block list belongs to. Every error names file, line and what was
 * expected there.
 */
final class KeymapReader {

	/** One {@code - !mapping} item as written, before triggers are parsed. */
	static final class Mapping {

		final int line;

		String action;

		final List<String> contexts = new ArrayList<>();

		final List<String> triggers = new ArrayList<>();

		final List<Integer> triggerLines = new ArrayList<>();

		boolean hasTriggers;

		Mapping(final int line) {
			this.line = line;
		}
	}

	private final String file;

	private final List<Mapping> mappings = new ArrayList<>();

	private Mapping current;

	private int itemIndent = -1;

	/** The key whose block list is being read, or null. */
	private String blockKey;

	KeymapReader(final String file) {
		this.file = file;
	}

	void line(final int number, final String raw) throws IOException {
		final String text = YamlScalars.stripComment(raw);
		final String trimmed = text.trim();
		if (trimmed.isEmpty() || trimmed.equals("---") || trimmed.equals("..."))
			return;
		final int indent = text.indexOf(trimmed.charAt(0));
		if (trimmed.startsWith("-") && (trimmed.length() == 1 || Character
			.isWhitespace(trimmed.charAt(1))))
		{
			final String rest = trimmed.substring(1).trim();
			if (current != null && blockKey != null && indent > itemIndent) {
				addValue(number, blockKey, YamlScalars.unquote(rest));
				return;
			}
			if (itemIndent >= 0 && indent != itemIndent) throw error(number,
				"'- !mapping' at the indentation of the mappings before", trimmed);
			startMapping(number, indent, rest);
			return;
		}
		if (current == null || indent <= itemIndent) throw error(number,
			"'- !mapping'", trimmed);
		keyValue(number, trimmed);
	}

	List<Mapping> finish() throws IOException {
		close();
		return mappings;
	}

	private void startMapping(final int number, final int indent,
		final String rest) throws IOException
	{
		close();
		itemIndent = indent;
		current = new Mapping(number);
		String first = rest;
		if (first.startsWith("!mapping")) first = first.substring(8).trim();
		else if (!first.isEmpty() && !first.contains(":")) throw error(number,
			"'- !mapping'", "- " + rest);
		if (!first.isEmpty()) keyValue(number, first);
	}

	private void keyValue(final int number, final String text)
		throws IOException
	{
		final int colon = text.indexOf(':');
		final String key = colon < 0 ? text : text.substring(0, colon).trim();
		if (colon < 0 || !(key.equals("action") || key.equals("contexts") || key
			.equals("triggers"))) throw error(number,
				"'action:', 'contexts:' or 'triggers:'", text);
		final String value = text.substring(colon + 1).trim();
		blockKey = null;
		if (key.equals("triggers")) current.hasTriggers = true;
		if (value.isEmpty()) {
			if (key.equals("action")) throw error(number,
				"an action name after 'action:'", text);
			blockKey = key;
		}
		else if (value.startsWith("[")) {
			if (!value.endsWith("]")) throw error(number,
				"a list closed by ']' on the same line", text);
			if (key.equals("action")) throw error(number,
				"one action name, not a list", text);
			for (final String item : YamlScalars.flowItems(value.substring(1, value
				.length() - 1)))
				addValue(number, key, item);
		}
		else addValue(number, key, YamlScalars.unquote(value));
	}

	private void addValue(final int number, final String key, final String value)
		throws IOException
	{
		switch (key) {
			case "action":
				if (current.action != null) throw error(number,
					"one 'action:' per mapping", "a second one");
				current.action = value;
				break;
			case "contexts":
				current.contexts.add(value);
				break;
			default:
				current.triggers.add(value);
				current.triggerLines.add(number);
		}
	}

	private void close() throws IOException {
		if (current == null) return;
		if (current.action == null || current.action.isEmpty()) throw error(
			current.line, "'action:' in this mapping", "none");
		if (!current.hasTriggers) throw error(current.line,
			"'triggers:' in the mapping of '" + current.action + "'", "none");
		mappings.add(current);
		current = null;
		blockKey = null;
	}

	private IOException error(final int line, final String expected,
		final String found)
	{
		return new IOException(file + " line " + line + ": expected " + expected +
			", found '" + found + "'");
	}
}
