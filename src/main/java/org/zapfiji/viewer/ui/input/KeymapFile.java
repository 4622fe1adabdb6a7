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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The YAML of BigDataViewer keymap files, read and written by hand: no YAML
 * library is on the class path, and the format is a short list of
 * {@code - !mapping} items with three keys.
 *
 * <pre>
 * ---
 * - !mapping
 *   action: go to bookmark
 *   contexts: [bdv]
 *   triggers: [B]
 * </pre>
 *
 * Lists may also be written in block style ({@code triggers:} followed by
 * {@code - B} lines); comments and quoted scalars are understood.
 */
final class KeymapFile {

	/** Contexts whose mappings apply to ZAP Fiji's viewer. */
	private static final Set<String> OUR_CONTEXTS = Set.of("bdv", "zap");

	private static final Pattern NEEDS_QUOTES = Pattern.compile(
		"^$|^[-+]?[0-9.].*|.*[,\\[\\]{}:#'\"].*|^[!&*?|>%@`\\-].*|^\\s.*|.*\\s$|(?i)(true|false|yes|no|on|off|null|~)");

	private KeymapFile() {}

	/**
	 * The mappings of {@code lines} that apply to our contexts, action →
	 * triggers; several mappings of one action add up.
	 *
	 * @param name the file's name, for error messages
	 */
	static Map<String, List<Trigger>> parse(final List<String> lines,
		final String name) throws IOException
	{
		final Map<String, List<Trigger>> result = new LinkedHashMap<>();
		final KeymapReader reader = new KeymapReader(name);
		for (int i = 0; i < lines.size(); i++)
			reader.line(i + 1, lines.get(i));
		for (final KeymapReader.Mapping m : reader.finish()) {
			if (!m.contexts.isEmpty() && m.contexts.stream().noneMatch(
				OUR_CONTEXTS::contains)) continue;
			final List<Trigger> triggers = result.computeIfAbsent(m.action,
				a -> new ArrayList<>());
			for (int i = 0; i < m.triggers.size(); i++) {
				try {
					final Trigger t = Trigger.parse(m.triggers.get(i));
					if (!t.equals(Trigger.NOT_MAPPED) && !triggers.contains(t)) triggers
						.add(t);
				}
				catch (final IllegalArgumentException e) {
					throw new IOException(name + " line " + m.triggerLines.get(i) + ": " +
						e.getMessage(), e);
				}
			}
		}
		return result;
	}

	/** BigDataViewer's layout: one mapping per action, context {@code bdv}. */
	static String format(final Map<String, List<Trigger>> mappings) {
		final StringBuilder s = new StringBuilder("---\n");
		for (final Map.Entry<String, List<Trigger>> e : mappings.entrySet()) {
			s.append("- !mapping\n  action: ").append(scalar(e.getKey())).append(
				"\n  contexts: [bdv]\n  triggers: [");
			if (e.getValue().isEmpty()) s.append("not mapped");
			for (int i = 0; i < e.getValue().size(); i++)
				s.append(i == 0 ? "" : ", ").append(scalar(e.getValue().get(i)
					.toString()));
			s.append("]\n");
		}
		return s.toString();
	}

	/** A YAML scalar, single-quoted where a plain one would read differently. */
	static String scalar(final String text) {
		if (!NEEDS_QUOTES.matcher(text).matches()) return text;
		return "'" + text.replace("'", "''") + "'";
	}
}
