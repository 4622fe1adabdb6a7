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

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The ordered parameters of one command. Keys are unique, so each key maps to
 * exactly one dialog field and one macro option.
 */
public final class CommandParameters {

	private final Map<String, Parameter<?>> byKey;

	private CommandParameters(final Map<String, Parameter<?>> byKey) {
		this.byKey = Collections.unmodifiableMap(byKey);
	}

	/** Declares a command's parameters in the order the dialog shows them. */
	public static CommandParameters of(final Parameter<?>... parameters) {
		final Map<String, Parameter<?>> map = new LinkedHashMap<>();
		for (final Parameter<?> parameter : parameters)
			if (map.put(parameter.key(), parameter) != null)
				throw new IllegalArgumentException("Parameter key '" + parameter.key() +
					"' is declared twice");
		return new CommandParameters(map);
	}

	public List<Parameter<?>> list() {
		return new ArrayList<>(byKey.values());
	}

	/** The parameter with this key, or null. */
	public Parameter<?> get(final String key) {
		return byKey.get(key);
	}

	/** The keys, comma-separated in declaration order, for error messages. */
	public String acceptedKeys() {
		if (byKey.isEmpty()) return "(none: this command takes no options)";
		return byKey.values().stream().map(p -> p.key() + (p.isRequired()
			? " (required)" : "")).collect(Collectors.joining(", "));
	}

	/** Starts typed arguments, all at their defaults. */
	public Arguments.Builder arguments() {
		return new Arguments.Builder(this);
	}

	/**
	 * Reads macro options such as {@code "width=512 output=[my file.png] open"}.
	 *
	 * @throws ParameterException for an unknown key, a malformed value or a
	 *           missing required value
	 */
	public Arguments parse(final String macroOptions) throws ParameterException {
		return MacroOptions.parse(macroOptions, this);
	}

	/** The defaults, when a command runs with no options and no dialog. */
	public Arguments defaults() throws ParameterException {
		return arguments().build();
	}
}
