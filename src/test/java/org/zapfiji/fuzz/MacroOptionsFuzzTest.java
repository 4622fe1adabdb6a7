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

package org.zapfiji.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ParameterException;
import org.zapfiji.plugin.command.ValueKind;

/**
 * Fuzzes the macro-options parser every command runs headless through. Only a
 * {@link ParameterException} may come out of a bad option string, and options
 * that parse must survive a round trip: writing them back the way ImageJ's
 * recorder does and parsing that gives the same values, so a recorded macro
 * replays what was run. Seeds are in
 * {@code src/test/resources/org/zapfiji/fuzz/MacroOptionsFuzzTestInputs/parse/}.
 */
class MacroOptionsFuzzTest {

	private static final Parameter<String> TEXT = Parameter.text("name", "",
		"free text");

	private static final Parameter<Long> COUNT = Parameter.integer("count", 1,
		"a whole number");

	private static final Parameter<Double> SIGMA = Parameter.number("sigma", 1.5,
		"a number").withUnit("µm");

	private static final Parameter<Boolean> OPEN = Parameter.flag("open", false,
		"a checkbox");

	private static final Parameter<String> MODE = Parameter.choice("mode", "fast",
		List.of("fast", "Careful", "two words"), "a choice");

	private static final Parameter<java.nio.file.Path> FILE = Parameter.file(
		"file", "a file");

	private static final Parameter<java.nio.file.Path> FOLDER = Parameter.folder(
		"output_folder", "a folder");

	private static final CommandParameters PARAMETERS = CommandParameters.of(TEXT,
		COUNT, SIGMA, OPEN, MODE, FILE, FOLDER);

	@FuzzTest(maxDuration = ReaderFuzzing.BUDGET)
	void parse(final byte[] input) throws Exception {
		// Bytes, not a String parameter, so a seed is the option text as a file.
		final String options = new String(input, StandardCharsets.UTF_8);
		final Arguments parsed;
		try {
			parsed = PARAMETERS.parse(options);
		}
		catch (final ParameterException e) {
			if (e.getMessage() == null || e.getMessage().isBlank())
				throw new AssertionError("a ParameterException without a message", e);
			return;
		}
		for (final Parameter<?> p : PARAMETERS.list()) {
			final String value = String.valueOf(parsed.get(p));
			// No exact macro form exists for these (see MacroOptions.quote).
			if (value.indexOf('\'') >= 0 && (value.indexOf('[') >= 0 || value.indexOf(
				']') >= 0)) return;
			// Values other than text are trimmed when parsed (as ImageJ's dialogs
			// do), so a path ending in a space cannot come back.
			if (p.kind() != ValueKind.TEXT && !value.equals(value.trim())) return;
		}
		final String recorded = parsed.toMacroOptions();
		final Arguments again = PARAMETERS.parse(recorded);
		for (final Parameter<?> p : PARAMETERS.list())
			assertEquals(parsed.get(p), again.get(p), () -> "key '" + p.key() +
				"' changed in the round trip of '" + options + "' via '" + recorded +
				"'");
	}
}
