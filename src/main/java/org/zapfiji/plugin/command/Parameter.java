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

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One parameter of a command, declared once: its macro key, kind, default,
 * description and whether it is required.
 * <p>
 * That single declaration drives the dialog (the label starts with the key, so
 * ImageJ's recorder writes exactly this key), the parsing of macro options and
 * the typed Java call. Instances are immutable; the {@code with...} methods
 * return modified copies.
 *
 * @param <T> the Java type of the value
 */
public final class Parameter<T> {

	private static final Pattern SNAKE_CASE = Pattern.compile(
		"[a-z][a-z0-9]*(_[a-z0-9]+)*");

	private final String key;

	private final ValueKind kind;

	private final Class<T> type;

	private final T defaultValue;

	private final String description;

	private final boolean required;

	private final String unit;

	private final List<String> choices;

	private final Function<String, T> parser;

	private Parameter(final String key, final ValueKind kind, final Class<T> type,
		final T defaultValue, final String description, final boolean required,
		final String unit, final List<String> choices,
		final Function<String, T> parser)
	{
		if (!SNAKE_CASE.matcher(key).matches()) throw new IllegalArgumentException(
			"Parameter key '" + key +
				"' is not snake_case (lower-case words joined by '_')");
		this.key = key;
		this.kind = kind;
		this.type = type;
		this.defaultValue = defaultValue;
		this.description = Objects.requireNonNull(description, "description");
		this.required = required;
		this.unit = unit;
		this.choices = List.copyOf(choices);
		this.parser = parser;
	}

	/** Free text; the default may be empty. */
	public static Parameter<String> text(final String key,
		final String defaultValue, final String description)
	{
		return new Parameter<>(key, ValueKind.TEXT, String.class, defaultValue,
			description, false, null, List.of(), s -> s);
	}

	/** A whole number. */
	public static Parameter<Long> integer(final String key,
		final long defaultValue, final String description)
	{
		return new Parameter<>(key, ValueKind.INTEGER, Long.class, defaultValue,
			description, false, null, List.of(), Parameter::parseWhole);
	}

	/** A decimal number; "NaN" and "Infinity" are refused. */
	public static Parameter<Double> number(final String key,
		final double defaultValue, final String description)
	{
		return new Parameter<>(key, ValueKind.NUMBER, Double.class, defaultValue,
			description, false, null, List.of(), Parameter::parseFinite);
	}

	/**
	 * A checkbox: in macro options the bare key means true, its absence false.
	 */
	public static Parameter<Boolean> flag(final String key,
		final boolean defaultValue, final String description)
	{
		return new Parameter<>(key, ValueKind.FLAG, Boolean.class, defaultValue,
			description, false, null, List.of(), Parameter::parseFlag);
	}

	/** One word out of {@code choices}, compared without regard to case. */
	public static Parameter<String> choice(final String key,
		final String defaultValue, final List<String> choices,
		final String description)
	{
		if (!choices.contains(defaultValue)) throw new IllegalArgumentException(
			"Default '" + defaultValue + "' of '" + key + "' is not one of " +
				choices);
		return new Parameter<>(key, ValueKind.CHOICE, String.class, defaultValue,
			description, false, null, choices, s -> matchChoice(s, choices));
	}

	/** A file path; relative paths resolve against the working directory. */
	public static Parameter<Path> file(final String key,
		final String description)
	{
		return new Parameter<>(key, ValueKind.FILE, Path.class, null, description,
			false, null, List.of(), Paths::get);
	}

	/** A folder path; relative paths resolve against the working directory. */
	public static Parameter<Path> folder(final String key,
		final String description)
	{
		return new Parameter<>(key, ValueKind.FOLDER, Path.class, null, description,
			false, null, List.of(), Paths::get);
	}

	/** A copy that must be given: there is no sensible default. */
	public Parameter<T> required() {
		return new Parameter<>(key, kind, type, defaultValue, description, true,
			unit, choices, parser);
	}

	/** A copy whose dialog label shows {@code unit}, e.g. "µm". */
	public Parameter<T> withUnit(final String newUnit) {
		return new Parameter<>(key, kind, type, defaultValue, description, required,
			newUnit, choices, parser);
	}

	/** A copy with another default. */
	public Parameter<T> withDefault(final T newDefault) {
		return new Parameter<>(key, kind, type, newDefault, description, required,
			unit, choices, parser);
	}

	public String key() {
		return key;
	}

	public ValueKind kind() {
		return kind;
	}

	public Class<T> type() {
		return type;
	}

	/** The default, or null where there is none (files, required values). */
	public T defaultValue() {
		return defaultValue;
	}

	public String description() {
		return description;
	}

	public boolean isRequired() {
		return required;
	}

	/** The unit shown in the dialog, or null. */
	public String unit() {
		return unit;
	}

	/** The accepted words of a {@link ValueKind#CHOICE}; empty otherwise. */
	public List<String> choices() {
		return choices;
	}

	/**
	 * The dialog label. It starts with the capitalised key and has no space
	 * inside the key, because ImageJ's recorder and {@code Macro.getValue} derive
	 * the macro key from the label's first word.
	 */
	public String label() {
		final String word = Character.toUpperCase(key.charAt(0)) + key.substring(1);
		return unit == null ? word : word + " (" + unit + ")";
	}

	/** What a value of this parameter must look like, for error messages. */
	public String expected() {
		switch (kind) {
			case INTEGER:
				return "a whole number";
			case NUMBER:
				return "a finite number";
			case FLAG:
				return "true or false (or the bare key for true)";
			case CHOICE:
				return "one of " + String.join(", ", choices);
			case FILE:
				return "a file path";
			case FOLDER:
				return "a folder path";
			default:
				return "text";
		}
	}

	/**
	 * Reads a value from its macro text.
	 *
	 * @throws ParameterException naming this key and what it accepts
	 */
	public T parse(final String text) throws ParameterException {
		if (text.trim().isEmpty()) {
			// ImageJ records an empty text or file field as "key=[]".
			if (kind == ValueKind.TEXT) return type.cast(text);
			if (!required && (kind == ValueKind.FILE || kind == ValueKind.FOLDER))
				return null;
			throw new ParameterException("Key '" + key +
				"' has an empty value; expected " + expected() + ".");
		}
		try {
			return parser.apply(kind == ValueKind.TEXT ? text : text.trim());
		}
		catch (final RuntimeException e) {
			throw new ParameterException("Key '" + key + "' expects " + expected() +
				", found '" + text + "'.");
		}
	}

	/**
	 * Writes a value as macro text, bracketed where it holds a space, the way
	 * ImageJ's recorder does, so that {@link #parse} reads back the same value
	 * (see {@link MacroOptions#quote}). Flags are written by
	 * {@link MacroOptions}.
	 */
	public String format(final T value) {
		final String text;
		if (value instanceof Double) text = formatNumber((Double) value);
		else text = String.valueOf(value);
		return MacroOptions.quote(text);
	}

	/** Checks that {@code value} has this parameter's type. */
	T cast(final Object value) throws ParameterException {
		if (kind == ValueKind.CHOICE && value instanceof String) return parse(
			(String) value);
		if (value == null || type.isInstance(value)) return type.cast(value);
		if (type == Long.class && value instanceof Integer) return type.cast(Long
			.valueOf((Integer) value));
		if (type == Double.class && value instanceof Number) return type.cast(
			((Number) value).doubleValue());
		if (type == Path.class && value instanceof String) return type.cast(Paths
			.get((String) value));
		throw new ParameterException("Key '" + key + "' expects " + expected() +
			" (Java type " + type.getSimpleName() + "), got " + value.getClass()
				.getSimpleName() + " '" + value + "'.");
	}

	@Override
	public String toString() {
		return key + " (" + kind.name().toLowerCase(Locale.ROOT) + ")";
	}

	private static Double parseFinite(final String text) {
		final double value = Double.parseDouble(text);
		if (!Double.isFinite(value)) throw new NumberFormatException(text);
		return value;
	}

	private static Long parseWhole(final String text) {
		try {
			return Long.valueOf(text);
		}
		catch (final NumberFormatException e) {
			// "512.0" is what a numeric dialog field may record for 512.
			final double value = Double.parseDouble(text);
			if (value != Math.rint(value) || Math.abs(value) > 1e15) throw e;
			return (long) value;
		}
	}

	private static Boolean parseFlag(final String text) {
		final String lower = text.toLowerCase(Locale.ROOT);
		if (lower.equals("true")) return true;
		if (lower.equals("false")) return false;
		throw new IllegalArgumentException(text);
	}

	private static String matchChoice(final String text,
		final List<String> choices)
	{
		for (final String choice : choices)
			if (choice.equalsIgnoreCase(text)) return choice;
		throw new IllegalArgumentException(text);
	}

	private static String formatNumber(final double value) {
		// -0 keeps its sign, so a recorded line gives back exactly what was run
		if (value == 0) return Double.doubleToRawLongBits(value) < 0 ? "-0" : "0";
		if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long
			.toString((long) value);
		return Double.toString(value);
	}
}
