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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values a command runs with, checked against its
 * {@link CommandParameters}: every key known, every value of the declared type,
 * every required value present. However they were made (dialog, macro options,
 * a Java call), commands see the same thing.
 */
public final class Arguments {

	private final CommandParameters parameters;

	private final Map<String, Object> values;

	private Arguments(final CommandParameters parameters,
		final Map<String, Object> values)
	{
		this.parameters = parameters;
		this.values = Collections.unmodifiableMap(values);
	}

	/**
	 * The value of {@code parameter}: as given, else its default, else null for
	 * an optional parameter without default.
	 */
	public <T> T get(final Parameter<T> parameter) {
		if (parameters.get(parameter.key()) != parameter)
			throw new IllegalArgumentException("Parameter '" + parameter.key() +
				"' is not declared by this command");
		return parameter.type().cast(values.get(parameter.key()));
	}

	/** True if a value is present (given, or defaulted). */
	public boolean has(final Parameter<?> parameter) {
		return values.get(parameter.key()) != null;
	}

	/**
	 * The macro options that reproduce these arguments, in declaration order;
	 * what ImageJ's recorder would write for the same dialog.
	 */
	public String toMacroOptions() {
		return MacroOptions.format(this, parameters);
	}

	Object raw(final String key) {
		return values.get(key);
	}

	@Override
	public String toString() {
		return toMacroOptions();
	}

	/** Builds {@link Arguments} from typed Java values. */
	public static final class Builder {

		private final CommandParameters parameters;

		private final Map<String, Object> values = new LinkedHashMap<>();

		Builder(final CommandParameters parameters) {
			this.parameters = parameters;
			for (final Parameter<?> p : parameters.list())
				values.put(p.key(), p.defaultValue());
		}

		/** Sets a value by its declaration; the compiler checks the type. */
		public <T> Builder set(final Parameter<T> parameter, final T value) {
			if (parameters.get(parameter.key()) != parameter)
				throw new IllegalArgumentException("Parameter '" + parameter.key() +
					"' is not declared by this command; accepted: " + parameters
						.acceptedKeys());
			values.put(parameter.key(), value);
			return this;
		}

		/**
		 * Sets a value by key, for scripts: numbers, strings and paths are
		 * converted to the declared type.
		 *
		 * @throws ParameterException for an unknown key or a value of the wrong
		 *           type
		 */
		public Builder set(final String key, final Object value)
			throws ParameterException
		{
			final Parameter<?> parameter = parameters.get(key);
			if (parameter == null) throw new ParameterException("Unknown key '" +
				key + "'; accepted keys: " + parameters.acceptedKeys() + ".");
			values.put(key, parameter.cast(value));
			return this;
		}

		/**
		 * @throws ParameterException if a required value is missing
		 */
		public Arguments build() throws ParameterException {
			for (final Parameter<?> p : parameters.list()) {
				final Object value = values.get(p.key());
				if (p.kind() == ValueKind.CHOICE && value != null) p.parse(value
					.toString());
				if (p.isRequired() && (value == null || value.toString().isEmpty()))
					throw new ParameterException("Missing required key '" + p.key() +
						"' (" + p.description() + "; expected " + p.expected() +
						"). Accepted keys: " + parameters.acceptedKeys() + ".");
			}
			return new Arguments(parameters, new LinkedHashMap<>(values));
		}
	}
}
