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

package org.zapfiji.plugin.viewer;

import java.awt.GraphicsEnvironment;
import java.util.function.BooleanSupplier;

import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.ui.ViewerFrame;

import ij.IJ;
import ij.WindowManager;
import ij.macro.Interpreter;

/**
 * {@code Plugins > ZAP > ZAP Open in Viewer}: the current image, or one or more
 * files and folders, in the BigDataViewer-style viewer window.
 * <p>
 * A viewer is a window, so with no display, or in a macro in batch mode (which
 * promises no windows), the command fails with a message that points to
 * {@code ZAP Render View} instead of an AWT {@code HeadlessException} deep in
 * Swing. The sources are opened in {@link #execute} (off the event thread:
 * opening reads metadata from disk); the window appears in {@link #report}.
 */
public class OpenInViewer extends ZapCommand<ViewerSources> {

	public static final Parameter<String> INPUT = Parameter.text("input", "",
		"Zarr/N5 folder, BigDataViewer XML or TIFF; several separated by ';'; " +
			"empty = the current image");

	public static final Parameter<Long> VOLUME = Parameter.integer("volume",
		ViewerSources.ALL_VOLUMES,
		"Which volume of each dataset, from 0; -1 = all");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		INPUT, VOLUME);

	private final BooleanSupplier canShowWindows;

	public OpenInViewer() {
		this(() -> !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode());
	}

	/** For tests: decides whether a window may be shown. */
	OpenInViewer(final BooleanSupplier canShowWindows) {
		this.canShowWindows = canShowWindows;
	}

	@Override
	public String title() {
		return "ZAP Open in Viewer";
	}

	@Override
	public String summary() {
		return "Shows the current image, or volumes from files, in the ZAP viewer.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	/**
	 * @return the opened sources; the caller shows them, or closes them
	 */
	@Override
	public ViewerSources execute(final Arguments arguments,
		final Progress progress) throws CommandException
	{
		if (!canShowWindows.getAsBoolean()) throw new CommandException(
			"The viewer is a window and needs a display" + (GraphicsEnvironment
				.isHeadless() ? "; this ImageJ runs without one"
					: " and a macro outside batch mode") +
				". To make pictures of a view without a window, use ZAP Render View " +
				"(keys input, output, plane, center, zoom, time).");
		return ViewerSources.open(arguments.get(INPUT), arguments.get(VOLUME),
			WindowManager.getCurrentImage(), new VolumeFormats(Extensions.discover(IJ
				.getClassLoader())), SessionCache.get());
	}

	@Override
	protected void report(final ViewerSources opened) {
		ViewerFrame.show(opened.title(), opened.sources(), opened.loader())
			.closeWithWindow(opened);
	}
}
