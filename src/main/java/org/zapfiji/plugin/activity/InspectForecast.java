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

package org.zapfiji.plugin.activity;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javax.swing.SwingUtilities;

import org.zapfiji.activity.ActivityFrames;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.activity.StepsAhead;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.plugin.viewer.ViewerSources;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.activity.ActivityModeOverlay;
import org.zapfiji.viewer.activity.ForecastKeys;
import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

import ij.IJ;
import ij.macro.Interpreter;

/**
 * {@code Plugins > ZAP > ZAP Inspect Forecast}: recorded and predicted activity
 * painted through the segmentation in the viewer window, over the raw volume
 * when one is given; the time slider is the frame, alt 1–4 switch between
 * recorded, predicted, difference and absolute error ({@link ForecastKeys}),
 * and the mode is written in the view.
 * <p>
 * Like {@code ZAP Open in Viewer} it needs a display; without one it fails with
 * a message pointing to {@code ZAP Render Forecast}, which paints the same
 * pixels to files. Files are opened in {@link #execute}, off the event thread;
 * the window appears in {@link #report}.
 */
public class InspectForecast extends ZapCommand<InspectForecast.Session> {

	public static final Parameter<Path> RAW = Parameter.file("raw",
		"Anatomy or raw volume shown under the activity; empty = none");

	private static final CommandParameters PARAMETERS = CommandParameters.of(RAW,
		RenderForecast.SEGMENTATION, RenderForecast.TRACES,
		RenderForecast.PREDICTIONS, RenderForecast.CONDITIONS,
		RenderForecast.STEPS_AHEAD);

	/** What the command opened; {@link #show} puts it in a window. */
	public static final class Session {

		private final ViewerSources opened;

		private final List<ViewerSource> sources;

		private final int firstActivity;

		private final ActivityModes modes;

		Session(final ViewerSources opened, final List<ViewerSource> sources,
			final int firstActivity, final ActivityModes modes)
		{
			this.opened = opened;
			this.sources = sources;
			this.firstActivity = firstActivity;
			this.modes = modes;
		}

		public ActivityModes modes() {
			return modes;
		}

		/** The raw volume if any, then the red, green and blue activity. */
		public List<ViewerSource> sources() {
			return java.util.Collections.unmodifiableList(sources);
		}

		/** Closes the files when the session is not {@linkplain #show shown}. */
		public void close() {
			opened.close();
		}

		/** Opens the window; callable from any thread. */
		public ViewerFrame show() {
			final ViewerFrame frame = ViewerFrame.show(opened.title(), sources, opened
				.loader());
			frame.closeWithWindow(opened);
			final Runnable setUp = () -> {
				final ViewerPanel panel = frame.panel();
				for (int c = 0; c < 3; c++)
					panel.state().setDisplay(firstActivity + c, new SourceDisplay(
						ActivitySource.DISPLAY_COLORS[c], 0, 255, true));
				ForecastKeys.install(panel.bindings(), modes);
				panel.addOverlay(new ActivityModeOverlay(modes));
				modes.addListener(() -> {
					panel.renderLoop().requestRepaint();
					panel.repaint();
				});
				panel.renderLoop().requestRepaint();
			};
			if (SwingUtilities.isEventDispatchThread()) setUp.run();
			else try {
				SwingUtilities.invokeAndWait(setUp);
			}
			catch (final Exception e) {
				throw new IllegalStateException("cannot set up the viewer: " + e
					.getMessage(), e);
			}
			return frame;
		}
	}

	private final BooleanSupplier canShowWindows;

	public InspectForecast() {
		this(() -> !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode());
	}

	/** For tests: decides whether a window may be shown. */
	InspectForecast(final BooleanSupplier canShowWindows) {
		this.canShowWindows = canShowWindows;
	}

	@Override
	public String title() {
		return "ZAP Inspect Forecast";
	}

	@Override
	public String summary() {
		return "Shows recorded and predicted activity, their difference and " +
			"error, painted through the segmentation in the ZAP viewer.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public Session execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		if (!canShowWindows.getAsBoolean()) throw new CommandException(
			"ZAP Inspect Forecast is a window and needs a display" +
				(GraphicsEnvironment.isHeadless() ? "; this ImageJ runs without one"
					: " and a macro outside batch mode") +
				". To paint forecasts without a window, use ZAP Render Forecast " +
				"(keys segmentation, traces, predictions, mode, time, output).");
		final ActivityModes modes = modes(arguments);
		final Path raw = arguments.get(RAW);
		final String input = (raw == null ? "" : raw + ";") + arguments.get(
			RenderForecast.SEGMENTATION);
		final ViewerSources opened = ViewerSources.open(input, 0, null,
			new VolumeFormats(Extensions.discover(IJ.getClassLoader())), SessionCache
				.get());
		final List<ViewerSource> sources = new ArrayList<>(opened.sources());
		final ViewerSource labels = sources.remove(sources.size() - 1);
		final int first = sources.size();
		final ActivitySource.LabelColors colors = new ActivitySource.LabelColors() {

			@Override
			public int numTimepoints() {
				return modes.frames();
			}

			@Override
			public int[] colors(final int t) throws IOException {
				return modes.colors(t);
			}
		};
		for (int c = 0; c < 3; c++)
			sources.add(new ActivitySource(labels, colors, c, "activity"));
		return new Session(opened, sources, first, modes);
	}

	/** Recorded traces and, when given, predictions at steps_ahead. */
	private static ActivityModes modes(final Arguments arguments)
		throws CommandException
	{
		final TraceTable recorded;
		try {
			recorded = TraceTables.open(arguments.get(RenderForecast.TRACES));
		}
		catch (final IOException e) {
			throw new CommandException("Key 'traces': " + e.getMessage(), e);
		}
		final Path predictions = arguments.get(RenderForecast.PREDICTIONS);
		try {
			return new ActivityModes(recorded, predictions == null ? null : predicted(
				arguments, predictions));
		}
		catch (final IOException e) {
			throw new CommandException("Cannot read " + recorded.location() + ": " + e
				.getMessage(), e);
		}
	}

	private static ActivityFrames.Predictions predicted(final Arguments arguments,
		final Path predictions) throws CommandException
	{
		try {
			return ActivityFrames.of(TraceTables.open(predictions));
		}
		catch (final IOException notTraces) {
			// not frames × neurons: ZAPBench forecasts, read below
		}
		try {
			final List<Forecast> forecasts = Forecasts.open(predictions, null);
			final Conditions conditions = ConditionKeys.conditions(arguments.get(
				RenderForecast.CONDITIONS), predictions);
			return new StepsAhead(forecasts, conditions, (int) Math.max(
				Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, arguments.get(
					RenderForecast.STEPS_AHEAD))))::predicted;
		}
		catch (final IOException e) {
			throw new CommandException("Key 'predictions': " + e.getMessage(), e);
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key 'steps_ahead': " + e.getMessage(), e);
		}
	}

	@Override
	protected void report(final Session session) {
		session.show();
	}
}
