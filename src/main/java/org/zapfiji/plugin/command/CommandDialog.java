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

import ij.gui.GenericDialog;

/**
 * Shows a command's parameters in an ImageJ {@link GenericDialog} and reads the
 * answers back as {@link Arguments}.
 * <p>
 * Every label starts with its parameter's key, so ImageJ's macro recorder
 * writes {@code run("Title", "key=value ...")} with exactly the declared keys;
 * that line, replayed, goes through {@link CommandParameters#parse(String)}.
 */
final class CommandDialog {

	private static final int TEXT_COLUMNS = 32;

	private CommandDialog() {}

	/** @return the arguments, or null if the user canceled */
	static Arguments show(final String title, final String summary,
		final CommandParameters parameters) throws ParameterException
	{
		final GenericDialog dialog = new GenericDialog(title);
		if (!summary.isEmpty()) dialog.addMessage(summary);
		for (final Parameter<?> p : parameters.list())
			addField(dialog, p);
		dialog.addHelp(helpHtml(title, parameters));
		dialog.showDialog();
		if (dialog.wasCanceled()) return null;
		final Arguments.Builder builder = parameters.arguments();
		for (final Parameter<?> p : parameters.list())
			builder.set(p.key(), readField(dialog, p));
		return builder.build();
	}

	private static void addField(final GenericDialog dialog,
		final Parameter<?> p)
	{
		final Object value = p.defaultValue();
		switch (p.kind()) {
			case INTEGER:
				dialog.addNumericField(p.label(), ((Number) value).doubleValue(), 0);
				break;
			case NUMBER:
				dialog.addNumericField(p.label(), ((Number) value).doubleValue(),
					decimals(((Number) value).doubleValue()));
				break;
			case FLAG:
				dialog.addCheckbox(p.label(), (Boolean) value);
				break;
			case CHOICE:
				dialog.addChoice(p.label(), p.choices().toArray(new String[0]),
					(String) value);
				break;
			case FILE:
				dialog.addFileField(p.label(), value == null ? "" : value.toString(),
					TEXT_COLUMNS);
				break;
			case FOLDER:
				dialog.addDirectoryField(p.label(), value == null ? "" : value
					.toString(), TEXT_COLUMNS);
				break;
			default:
				dialog.addStringField(p.label(), value == null ? "" : value.toString(),
					TEXT_COLUMNS);
		}
	}

	private static Object readField(final GenericDialog dialog,
		final Parameter<?> p) throws ParameterException
	{
		switch (p.kind()) {
			case INTEGER:
			case NUMBER: {
				final double value = dialog.getNextNumber();
				if (dialog.invalidNumber()) throw new ParameterException("Field '" + p
					.label() + "' (key '" + p.key() + "') expects " + p.expected() + ".");
				if (p.kind() == ValueKind.INTEGER && value != Math.rint(value))
					throw new ParameterException("Field '" + p.label() + "' (key '" + p
						.key() + "') expects a whole number, found " + value + ".");
				return p.kind() == ValueKind.INTEGER ? (Object) (long) value
					: (Object) value;
			}
			case FLAG:
				return dialog.getNextBoolean();
			case CHOICE:
				return dialog.getNextChoice();
			default:
				return p.parse(dialog.getNextString());
		}
	}

	/** Enough decimals to show a default exactly, up to six. */
	private static int decimals(final double value) {
		for (int d = 0; d < 6; d++) {
			final double scaled = value * Math.pow(10, d);
			if (Math.abs(scaled - Math.rint(scaled)) < 1e-9) return d;
		}
		return 6;
	}

	private static String helpHtml(final String title,
		final CommandParameters parameters)
	{
		final StringBuilder html = new StringBuilder("<html><h2>").append(title)
			.append("</h2><table>");
		html.append(
			"<tr><th align=left>macro key</th><th align=left>meaning</th></tr>");
		for (final Parameter<?> p : parameters.list())
			html.append("<tr><td><code>").append(p.key()).append("</code></td><td>")
				.append(p.description()).append(p.isRequired() ? " (required)" : "")
				.append("; expects ").append(p.expected()).append("</td></tr>");
		return html.append("</table></html>").toString();
	}
}
