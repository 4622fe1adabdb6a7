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

package org.zapfiji.faults;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test main in a separate JVM, optionally under bash with a shell
 * limit first ({@code ulimit -f} for a disk that fills), as the user's Fiji
 * would run. Surefire's class path is a manifest jar that {@code java -cp}
 * reads as well.
 */
final class ChildJvm {

	private ChildJvm() {}

	static List<String> javaCommand(final String heap, final Class<?> main,
		final String... args)
	{
		final List<String> command = new ArrayList<>(List.of(Paths.get(System
			.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
			"-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData",
			"-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
			main.getName()));
		command.addAll(List.of(args));
		return command;
	}

	/** The JVM run by bash after {@code shellPrefix} (e.g. "ulimit -f 64"). */
	static ProcessBuilder underShell(final String shellPrefix,
		final List<String> javaCommand)
	{
		final StringBuilder line = new StringBuilder(shellPrefix).append("; exec");
		for (final String word : javaCommand)
			line.append(" '").append(word.replace("'", "'\\''")).append("'");
		return new ProcessBuilder("bash", "-c", line.toString());
	}
}
