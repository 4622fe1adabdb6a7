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

package org.zapfiji.plugin.command;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Reads and writes ImageJ macro options
 * ({@code "key=value key=[two words] flag"}) strictly against a command's
 * declared parameters.
 * <p>
 * The syntax is ImageJ's: a value runs to the next space unless it is wrapped
 * in {@code [...]} (brackets may nest) or {@code '...'}; a checkbox is the bare
 * key when ticked and absent when not. Unlike {@code ij.Macro.getValue}, which
 * silently ignores what it does not look for, every key must be known and every
 * value must parse: a typo in a batch macro is an error, not a default.
 */
final class MacroOptions {

	private MacroOptions() {}

	static Arguments parse(final String options,
		final CommandParameters parameters) throws ParameterException
	{
		final Arguments.Builder builder = parameters.arguments();
		final Set<String> seen = new HashSet<>();
		// A ticked checkbox is recorded as the bare key, an unticked one not at
		// all: so in macro options a missing flag means false, whatever the
		// default.
		for (final Parameter<?> p : parameters.list())
			if (p.kind() == ValueKind.FLAG) builder.set(p.key(), false);
		final String text = options == null ? "" : options;
		int pos = 0;
		while (true) {
			pos = skipSpaces(text, pos);
			if (pos >= text.length()) break;
			int end = pos;
			while (end < text.length() && text.charAt(end) != '=' && !Character
				.isWhitespace(text.charAt(end)))
				end++;
			final String key = text.substring(pos, end).toLowerCase(Locale.ROOT);
			final Parameter<?> parameter = parameters.get(key);
			if (parameter == null) throw new ParameterException("Unknown key '" +
				key + "'; accepted keys: " + parameters.acceptedKeys() + ".");
			if (!seen.add(key)) throw new ParameterException("Key '" + key +
				"' is given twice.");
			if (end >= text.length() || text.charAt(end) != '=') {
				if (parameter.kind() != ValueKind.FLAG) throw new ParameterException(
					"Key '" + key + "' needs a value (" + key + "=...); expected " +
						parameter.expected() + ".");
				builder.set(key, true);
				pos = end;
				continue;
			}
			final int valueStart = end + 1;
			final int valueEnd = valueEnd(text, valueStart, key);
			builder.set(key, parameter.parse(unwrap(text.substring(valueStart,
				valueEnd))));
			pos = valueEnd;
		}
		return builder.build();
	}

	static String format(final Arguments arguments,
		final CommandParameters parameters)
	{
		final StringJoiner joiner = new StringJoiner(" ");
		for (final Parameter<?> p : parameters.list()) {
			final Object value = arguments.raw(p.key());
			if (value == null) continue;
			if (p.kind() == ValueKind.FLAG) {
				if ((Boolean) value) joiner.add(p.key());
			}
			else joiner.add(p.key() + "=" + formatValue(p, value));
		}
		return joiner.toString();
	}

	private static <T> String formatValue(final Parameter<T> parameter,
		final Object value)
	{
		return parameter.format(parameter.type().cast(value));
	}

	/** Index just past the value that starts at {@code start}. */
	private static int valueEnd(final String text, final int start,
		final String key) throws ParameterException
	{
		if (start < text.length() && text.charAt(start) == '[') {
			int depth = 0;
			for (int i = start; i < text.length(); i++) {
				final char c = text.charAt(i);
				if (c == '[') depth++;
				else if (c == ']' && --depth == 0) return i + 1;
			}
			throw new ParameterException("The value of key '" + key +
				"' opens '[' but never closes it.");
		}
		if (start < text.length() && text.charAt(start) == '\'') {
			final int close = text.indexOf('\'', start + 1);
			if (close < 0) throw new ParameterException("The value of key '" + key +
				"' opens a quote (') but never closes it.");
			return close + 1;
		}
		int end = start;
		while (end < text.length() && !Character.isWhitespace(text.charAt(end)))
			end++;
		return end;
	}

	/**
	 * {@code text} as one value that {@link #parse} reads back unchanged: bare
	 * where it can be (no white space, not starting with '[' or a quote),
	 * otherwise in brackets as ImageJ's recorder writes it, or in single quotes
	 * where the text's own brackets would end the bracketed value early (found by
	 * fuzzing: {@code it=[ x} was recorded as {@code [it=[ x]}, which never
	 * closes). Text with unbalanced brackets and a quote has no exact form; it is
	 * bracketed, the best ImageJ can do.
	 */
	static String quote(final String text) {
		boolean bare = !text.isEmpty() && text.charAt(0) != '[' && text.charAt(
			0) != '\'';
		for (int i = 0; bare && i < text.length(); i++)
			if (Character.isWhitespace(text.charAt(i))) bare = false;
		if (bare) return text;
		if (bracketsBalance(text) || text.indexOf('\'') >= 0) return "[" + text +
			"]";
		return "'" + text + "'";
	}

	/** Whether "[" + text + "]" closes at its own last bracket. */
	private static boolean bracketsBalance(final String text) {
		int depth = 0;
		for (int i = 0; i < text.length(); i++) {
			final char c = text.charAt(i);
			if (c == '[') depth++;
			else if (c == ']' && --depth < 0) return false;
		}
		return depth == 0;
	}

	private static String unwrap(final String value) {
		if (value.length() >= 2 && (value.startsWith("[") && value.endsWith("]") ||
			value.startsWith("'") && value.endsWith("'"))) return value.substring(1,
				value.length() - 1);
		return value;
	}

	private static int skipSpaces(final String text, int pos) {
		while (pos < text.length() && Character.isWhitespace(text.charAt(pos)))
			pos++;
		return pos;
	}
}
