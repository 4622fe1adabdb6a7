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

package org.zapfiji.plugin.batch;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicReference;

import ij.macro.Interpreter;

/**
 * Runs an ImageJ macro with no display and turns its outcome into an exit
 * status a pipeline can trust: 0 when the macro ran to its end, 1 when the
 * macro or a command in it failed, 2 when the call itself was wrong.
 * <p>
 * Usage: {@code --batch <macro.ijm> [<argument>]}; the macro reads the argument
 * with {@code getArgument()}. All ZAP commands (and any other
 * {@code plugins.config} command on the class path) are available through
 * {@code run(...)}.
 */
public final class BatchMacroRunner {

	/** Exit status: the macro ran to its end. */
	public static final int OK = 0;

	/** Exit status: the macro or one of its commands failed. */
	public static final int FAILED = 1;

	/** Exit status: wrong arguments, or the macro file cannot be read. */
	public static final int USAGE = 2;

	private final PrintStream err;

	public BatchMacroRunner(final PrintStream err) {
		this.err = err;
	}

	public static void main(final String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.setOut(new DialogFailureFilter(System.out));
		System.exit(new BatchMacroRunner(System.err).run(args));
	}

	/** Runs {@code --batch <macro> [<argument>]} and returns the exit status. */
	public int run(final String[] args) {
		if (args.length < 2 || args.length > 3 || !args[0].equals("--batch")) {
			err.println("Usage: --batch <macro.ijm> [<argument>]");
			return USAGE;
		}
		final Path macroFile = Paths.get(args[1]);
		final String macro;
		try {
			macro = Files.readString(macroFile, StandardCharsets.UTF_8);
		}
		catch (final NoSuchFileException e) {
			err.println("Macro file not found: " + macroFile.toAbsolutePath());
			return USAGE;
		}
		catch (final IOException e) {
			err.println("Cannot read macro file " + macroFile.toAbsolutePath() +
				": " + e);
			return USAGE;
		}
		try {
			HeadlessCommands.install(BatchMacroRunner.class.getClassLoader());
		}
		catch (final IOException | IllegalStateException e) {
			err.println("Cannot register the ZAP commands: " + e.getMessage());
			return FAILED;
		}
		final String failure = runMacro(macro, args.length == 3 ? args[2] : "");
		if (failure == null) return OK;
		err.println("Macro " + macroFile + " failed: " + failure);
		return FAILED;
	}

	/**
	 * Runs macro text on a thread named as ImageJ expects for
	 * {@code Macro.getOptions()}, and waits for it.
	 *
	 * @return null on success, else what went wrong
	 */
	public static String runMacro(final String macro, final String argument) {
		final AtomicReference<String> failure = new AtomicReference<>();
		final Thread thread = new Thread(() -> failure.set(interpret(macro,
			argument)), "Run$_batch-macro");
		thread.start();
		try {
			thread.join();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted while waiting for the macro";
		}
		return failure.get();
	}

	private static String interpret(final String macro, final String argument) {
		final Interpreter interpreter = new Interpreter();
		Interpreter.batchMode = true;
		try {
			interpreter.run(macro, argument);
		}
		catch (final Throwable t) {
			// Without a display ImageJ throws while trying to show its error
			// dialog; the interpreter has recorded the error before that.
			if (!interpreter.wasError()) return "the macro stopped with " + t;
		}
		if (!interpreter.wasError()) return null;
		final String message = interpreter.getErrorMessage();
		return (message == null ? "macro error" : message) + " (near line " +
			interpreter.getLineNumber() + ")";
	}
}
