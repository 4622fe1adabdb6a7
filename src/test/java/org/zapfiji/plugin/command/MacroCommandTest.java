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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.task.Progress;

/**
 * Commands driven by macro text through ImageJ's own interpreter with no
 * display, compared with the typed Java call of the same command.
 */
class MacroCommandTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		assertTrue(java.awt.GraphicsEnvironment.isHeadless(),
			"macro tests run headless");
		HeadlessCommands.install(MacroCommandTest.class.getClassLoader());
	}

	@Test
	void macroLineAndJavaCallDeliverTheSameArguments() throws Exception {
		final Path viaMacro = folder.resolve("macro out.txt");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Test Echo\", \"output=[" + viaMacro +
				"] width=64 sigma=0.406 plane=yz comment=[two words]\");", "");
		assertNull(failure);
		final Path viaJava = folder.resolve("java out.txt");
		final EchoCommand command = new EchoCommand();
		command.execute(command.parameters().arguments().set(EchoCommand.OUTPUT,
			viaJava).set(EchoCommand.WIDTH, 64L).set(EchoCommand.SIGMA, 0.406).set(
				EchoCommand.PLANE, "yz").set(EchoCommand.SNAP, false).set(
					EchoCommand.COMMENT, "two words").build(), Progress.silent());
		assertEquals(Files.readString(viaJava).replace(viaJava.toString(), "OUT"),
			Files.readString(viaMacro).replace(viaMacro.toString(), "OUT"));
		assertEquals(
			"output=[OUT] width=64 sigma=0.406 plane=yz comment=[two words]", Files
				.readString(viaMacro).replace(viaMacro.toString(), "OUT"));
	}

	@Test
	void wrongKeyStopsTheMacroWithAMessageNamingIt() {
		final Path after = folder.resolve("after.txt");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Test Echo\", \"output=" + folder.resolve("x.txt") +
				" widht=3\");\nFile.saveString(\"ran on\", \"" + after + "\");", "");
		assertTrue(failure.startsWith(
			"ZAP Test Echo: Unknown key 'widht'; accepted keys: " +
				"output (required), width, sigma, plane, snap, comment."), failure);
		assertFalse(Files.exists(after),
			"the macro must stop at the failed command");
	}

	@Test
	void missingRequiredKeyWithNoDisplayIsAnErrorNotADialog() {
		final String failure = BatchMacroRunner.runMacro("run(\"ZAP Test Echo\");",
			"");
		assertTrue(failure.contains("Missing required key 'output'"), failure);
	}

	@Test
	void macroErrorsAndUnknownCommandsFail() {
		assertTrue(BatchMacroRunner.runMacro("x = nothing + 1;", "").contains(
			"Undefined variable"));
		assertTrue(BatchMacroRunner.runMacro("run(\"ZAP No Such Command\");", "")
			.contains("Unrecognized command"));
	}

	@Test
	void argumentReachesTheMacro() throws Exception {
		final Path out = folder.resolve("arg.txt");
		assertNull(BatchMacroRunner.runMacro("File.saveString(getArgument(), \"" +
			out + "\");", "hello batch"));
		assertEquals("hello batch", Files.readString(out));
	}
}
