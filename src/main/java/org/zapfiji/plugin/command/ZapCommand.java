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

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;

import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Progress;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

/**
 * Base of every ZAP Fiji menu command: the single place where a command gets
 * its arguments and reports failure.
 * <p>
 * A command declares its {@link #parameters()} and does its work in
 * {@link #execute(Arguments, Progress)}, which touches no GUI.
 * {@link #run(String)} then takes the arguments from one of three places,
 * always through the same declaration:
 * <ul>
 * <li>macro options ({@code run("ZAP ...", "key=value")}), parsed strictly,
 * with or without a display;</li>
 * <li>a dialog, when a person picks the command from the menu;</li>
 * <li>the defaults, when there is neither options nor a display.</li>
 * </ul>
 * Tests and scripts call {@link #execute(Arguments, Progress)} directly with
 * arguments built by {@code parameters().arguments().set(...)}.
 * <p>
 * A failure inside a macro stops the macro as a macro error, so the batch
 * runner exits with a non-zero status and ImageJ shows its usual error dialog
 * when there is a display.
 *
 * @param <R> what the work produces, handed to {@link #report(Object)}
 */
public abstract class ZapCommand<R> implements PlugIn {

	/**
	 * The message of the last command that failed, "" once a command succeeds.
	 * ImageJ's {@code eval()} runs a line of macro code and goes on when a
	 * command in it fails, which lets a batch macro skip a bad file, but it drops
	 * the message;
	 * {@code call("org.zapfiji.plugin.command.ZapCommand.lastFailure")} gets it
	 * back (see {@code macros/convert-folder.ijm}).
	 */
	private static volatile String lastFailure = "";

	/** The menu title, exactly as in {@code plugins.config}. */
	public abstract String title();

	/** One sentence shown at the top of the dialog. */
	public String summary() {
		return "";
	}

	/** The parameters, declared once. */
	public abstract CommandParameters parameters();

	/**
	 * Does the work, with no GUI: no dialogs, no windows, no {@code IJ.run}.
	 *
	 * @throws CommandException for anything the user can fix; the message is
	 *           shown as is
	 */
	public abstract R execute(Arguments arguments, Progress progress)
		throws CommandException;

	/**
	 * Tells the user what was done: log lines, a window in the GUI. A result that
	 * is a sentence (a {@code String}) is logged after the title, so a batch log
	 * says which command did what; other results need an override.
	 */
	protected void report(final R result) {
		if (result instanceof String) IJ.log(title() + ": " + result);
	}

	@Override
	public final void run(final String arg) {
		lastFailure = "";
		final Arguments arguments;
		try {
			arguments = arguments();
			if (arguments == null) return; // dialog canceled
		}
		catch (final ParameterException e) {
			fail(e.getMessage());
			return;
		}
		final ImageJProgress progress = new ImageJProgress(title());
		try {
			final R result = execute(arguments, progress);
			progress.done();
			report(result);
		}
		catch (final CanceledException e) {
			progress.done();
			IJ.showStatus(title() + ": canceled");
			IJ.log(title() + ": canceled.");
		}
		catch (final CommandException e) {
			progress.done();
			fail(e.getMessage());
		}
		catch (final RuntimeException e) {
			progress.done();
			IJ.log(title() + ": unexpected " + e + "\n" + stackTrace(e));
			fail("Unexpected error (" + e +
				"). This is a bug in ZAP Fiji; the Log window " + "holds the details.");
		}
	}

	private Arguments arguments() throws ParameterException {
		final CommandParameters parameters = parameters();
		final String options = Macro.getOptions();
		if (options != null) return parameters.parse(options);
		if (parameters.list().isEmpty() || GraphicsEnvironment.isHeadless() ||
			Interpreter.isBatchMode()) return parameters.defaults();
		return CommandDialog.show(title(), summary(), parameters);
	}

	/**
	 * Reports a failure. Inside a macro it becomes a macro error, which stops the
	 * macro: ImageJ shows its error dialog where it can; with no display ImageJ
	 * cannot build that dialog, but the interpreter has already stopped and keeps
	 * the message for the batch runner.
	 */
	private void fail(final String message) {
		lastFailure = title() + ": " + message;
		final Interpreter interpreter = Interpreter.getInstance();
		if (interpreter != null) {
			try {
				interpreter.abort(title() + ": " + message);
			}
			catch (final HeadlessException e) {
				// Expected without a display, see above.
			}
		}
		else if (GraphicsEnvironment.isHeadless()) {
			System.err.println(title() + ": " + message);
		}
		else {
			IJ.error(title(), message);
		}
	}

	/**
	 * The message of the last failed command (with its title), or "" if the last
	 * command succeeded or was canceled; for macros, through {@code call()}.
	 */
	public static String lastFailure() {
		return lastFailure;
	}

	private static String stackTrace(final Throwable t) {
		final java.io.StringWriter out = new java.io.StringWriter();
		t.printStackTrace(new java.io.PrintWriter(out));
		return out.toString();
	}
}
