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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.task.Progress;

/**
 * A test command with one parameter of each common kind; it writes the
 * arguments it received, as canonical macro options, into {@code output}. So a
 * test can see exactly what a dialog, a macro line or a Java call delivered.
 */
public class EchoCommand extends ZapCommand<String> {

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"Where to write the received arguments").required();

	public static final Parameter<Long> WIDTH = Parameter.integer("width", 512,
		"Width");

	public static final Parameter<Double> SIGMA = Parameter.number("sigma", 1.5,
		"Sigma").withUnit("µm");

	public static final Parameter<String> PLANE = Parameter.choice("plane", "xy",
		List.of("xy", "xz", "yz"), "Plane");

	public static final Parameter<Boolean> SNAP = Parameter.flag("snap", true,
		"Snap");

	public static final Parameter<String> COMMENT = Parameter.text("comment", "",
		"Comment");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		OUTPUT, WIDTH, SIGMA, PLANE, SNAP, COMMENT);

	@Override
	public String title() {
		return "ZAP Test Echo";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public String execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final String text = arguments.toMacroOptions();
		try {
			Files.writeString(arguments.get(OUTPUT), text, StandardCharsets.UTF_8);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot write " + arguments.get(OUTPUT) +
				": " + e.getMessage(), e);
		}
		return text;
	}
}
