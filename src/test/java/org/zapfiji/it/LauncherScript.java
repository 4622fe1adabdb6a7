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

package org.zapfiji.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the project's {@code zap-fiji} script as a user would, and keeps what it
 * printed and its exit status.
 */
final class LauncherScript {

	static final Path ROOT = Paths.get("").toAbsolutePath();

	final int status;

	final String out;

	final String err;

	private LauncherScript(final int status, final String out, final String err) {
		this.status = status;
		this.out = out;
		this.err = err;
	}

	static LauncherScript run(final String... arguments) throws IOException,
		InterruptedException
	{
		final List<String> command = new ArrayList<>();
		command.add(ROOT.resolve("zap-fiji").toString());
		command.addAll(List.of(arguments));
		final Path outFile = java.nio.file.Files.createTempFile("zap-fiji", ".out");
		final Path errFile = java.nio.file.Files.createTempFile("zap-fiji", ".err");
		final ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT
			.toFile()).redirectOutput(outFile.toFile()).redirectError(errFile
				.toFile());
		builder.environment().remove("DISPLAY");
		final Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("zap-fiji " + arguments +
				" did not finish in 5 min");
		}
		final LauncherScript result = new LauncherScript(process.exitValue(), read(
			outFile), read(errFile));
		java.nio.file.Files.delete(outFile);
		java.nio.file.Files.delete(errFile);
		return result;
	}

	private static String read(final Path file) throws IOException {
		return java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
	}
}
