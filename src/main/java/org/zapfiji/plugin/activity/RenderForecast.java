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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityFrames;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.activity.LabelColumns;
import org.zapfiji.activity.OneWindow;
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
import org.zapfiji.plugin.viewer.RenderRequest;
import org.zapfiji.plugin.viewer.RenderView;
import org.zapfiji.plugin.viewer.ViewerSources;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Render Forecast}: recorded or predicted activity,
 * or the error of a forecast, painted through the segmentation (each neuron in
 * the colour of its value, {@link ActivityColors}) and rendered like
 * {@code ZAP Render View} — same view keys, same renderer, no window — to a PNG
 * or TIFF, or for a range of frames to numbered PNGs or one multi-page TIFF.
 */
public class RenderForecast extends ZapCommand<List<Path>> {

	public static final Parameter<Path> SEGMENTATION = Parameter.file(
		"segmentation", "Label volume: label k + 1 is column k of the traces")
		.required();

	public static final Parameter<Path> TRACES = Parameter.file("traces",
		"Recorded traces, frames × neurons (Zarr, .npy, .csv)").required();

	public static final Parameter<Path> PREDICTIONS = Parameter.file(
		"predictions", "ZAPBench predictions folder (or one test_condition_<i> " +
			"array), or predicted traces (frames × neurons); needed unless " +
			"mode=recorded");

	public static final Parameter<String> MODE = Parameter.choice("mode",
		"recorded", List.of("recorded", "predicted", "difference", "abs_error"),
		"Value painted: recorded, predicted, predicted − recorded, |difference|");

	public static final Parameter<Long> STEPS_AHEAD = Parameter.integer(
		"steps_ahead", 1,
		"For ZAPBench forecasts: show the prediction made this many steps earlier");

	public static final Parameter<Long> WINDOW = Parameter.integer("window", -1,
		"Instead of steps_ahead: follow this one forecast window (from 0)");

	public static final Parameter<Long> STEP = Parameter.integer("step", 0,
		"With window: render the frame this step (1..32) predicts; 0 = key time");

	public static final Parameter<String> CONDITION = Parameter.text("condition",
		"", "With window: the condition's number or name; empty = " +
			"the only forecast");

	public static final Parameter<Path> CONDITIONS = Parameter.file("conditions",
		"Conditions JSON; empty = from the dataset's zarr.json, else ZAPBench's");

	public static final Parameter<Long> TIME_FROM = Parameter.integer("time_from",
		-1, "First frame of a series; -1 = just the frame 'time'");

	public static final Parameter<Long> TIME_TO = Parameter.integer("time_to", -1,
		"Last frame of a series, inclusive");

	public static final Parameter<Path> COLUMNS = LabelColumnKeys.COLUMNS;

	public static final Parameter<Double> FPS = Parameter.number("fps", 10,
		"Frames per second of an .avi output");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		SEGMENTATION, TRACES, PREDICTIONS, COLUMNS, MODE, STEPS_AHEAD, WINDOW, STEP,
		CONDITION, CONDITIONS, RenderView.OUTPUT, RenderView.TIME, TIME_FROM,
		TIME_TO, RenderView.WIDTH, RenderView.HEIGHT, RenderView.CENTER,
		RenderView.PLANE, RenderView.ZOOM, RenderView.INTERPOLATION, RenderView.MIN,
		RenderView.MAX, FPS);

	@Override
	public String title() {
		return "ZAP Render Forecast";
	}

	@Override
	public String summary() {
		return "Paints recorded or predicted activity, or forecast errors, " +
			"through the segmentation and renders it to PNG or TIFF.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public List<Path> execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final RenderRequest request = RenderRequest.ofSeries(arguments);
		final double fps = arguments.get(FPS);
		if (!(fps > 0 && fps <= 1000)) throw new CommandException(
			"Key 'fps' must be above 0 and at most 1000, found " + fps + ".");
		final ActivityColors.Mode mode = ActivityColors.Mode.valueOf(arguments.get(
			MODE).toUpperCase(Locale.ROOT));
		final ActivityFrames frames = frames(arguments, mode);
		final LabelColumns columns = LabelColumnKeys.columns(arguments.get(
			COLUMNS));
		try {
			columns.check(frames.neurons(), arguments.get(TRACES).toString(),
				"traces");
		}
		catch (final IOException e) {
			throw new CommandException("Key 'columns': " + e.getMessage(), e);
		}
		final int stepFrame = stepFrame(arguments, mode);
		try (ViewerSources opened = ViewerSources.open(arguments.get(SEGMENTATION)
			.toString(), 0, null, new VolumeFormats(Extensions.discover(IJ
				.getClassLoader())), SessionCache.get());
				ViewRenderer renderer = ViewRenderer.forAllCores())
		{
			final ViewerSource labels = opened.sources().get(0);
			final int[] span = span(arguments, frames, stepFrame);
			final ActivityColors palette = palette(request, frames, span);
			final List<ViewerSource> painted = painted(labels, frames, palette,
				columns);
			final int w = request.width, h = request.height;
			final Affine3D view = request.spec.transform(ViewerStates.bounds(painted),
				ViewerStates.voxelWidth(labels), w, h);
			final List<SourceDisplay> displays = new ArrayList<>();
			for (final int color : ActivitySource.DISPLAY_COLORS)
				displays.add(new SourceDisplay(color, 0, 255, true));
			final List<int[]> images = new ArrayList<>();
			for (int t = span[0]; t <= span[1]; t++) {
				progress.status("rendering " + mode.key() + " at frame " + t);
				final int[] argb = new int[w * h];
				renderer.render(new ViewerSnapshot(painted, displays, 0, view, t,
					request.interpolation, Map.of()), w, h, argb, true);
				images.add(argb);
			}
			return ForecastImages.write(request.output, span[0], images, w, h, 1 /
				view.scale(), labels.spaceUnit(), fps);
		}
		catch (final IOException | RuntimeException e) {
			throw new CommandException("Cannot render " + mode.key() + " to " +
				request.output + ": " + e.getMessage(), e);
		}
	}

	/** The values to paint, from the keys traces, predictions and mode. */
	private static ActivityFrames frames(final Arguments arguments,
		final ActivityColors.Mode mode) throws CommandException
	{
		final TraceTable recorded;
		try {
			recorded = TraceTables.open(arguments.get(TRACES));
		}
		catch (final IOException e) {
			throw new CommandException("Key 'traces': " + e.getMessage(), e);
		}
		final Path predictions = arguments.get(PREDICTIONS);
		if (!mode.needsPrediction()) return new ActivityFrames(recorded, null,
			mode);
		if (predictions == null) throw new CommandException("Key 'predictions' " +
			"is needed for mode=" + mode.key() + ".");
		try {
			return new ActivityFrames(recorded, ActivityFrames.of(TraceTables.open(
				predictions)), mode);
		}
		catch (final IOException notTraces) {
			// not frames × neurons: ZAPBench forecasts, read below
		}
		try {
			final List<Forecast> forecasts = Forecasts.open(predictions, null);
			final Conditions conditions = ConditionKeys.conditions(arguments.get(
				CONDITIONS), predictions);
			if (arguments.get(WINDOW) >= 0) return new ActivityFrames(recorded,
				oneWindow(arguments, forecasts, conditions)::predicted, mode);
			final long h = arguments.get(STEPS_AHEAD);
			final StepsAhead ahead = new StepsAhead(forecasts, conditions, (int) h);
			return new ActivityFrames(recorded, ahead::predicted, mode);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'predictions': " + e.getMessage(), e);
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key 'steps_ahead': " + e.getMessage(), e);
		}
	}

	/** The window the keys window and condition name. */
	private static OneWindow oneWindow(final Arguments arguments,
		final List<Forecast> forecasts, final Conditions conditions)
		throws CommandException
	{
		final String wanted = arguments.get(CONDITION).trim();
		Forecast chosen = null;
		if (wanted.isEmpty()) {
			if (forecasts.size() != 1) throw new CommandException("Key 'condition'" +
				" is needed with 'window': " + forecasts.size() + " forecasts found.");
			chosen = forecasts.get(0);
		}
		else {
			final int number = conditions.find(wanted);
			for (final Forecast f : forecasts)
				if (number >= 0 ? f.condition() == number : f.name().equals(wanted))
					chosen = f;
			if (chosen == null) throw new CommandException("Key 'condition': no " +
				"forecast for '" + wanted + "'; conditions are " + conditions
					.describe() + ".");
		}
		if (chosen.condition() < 0 || chosen.condition() >= conditions.count())
			throw new CommandException("Key 'condition': " + chosen.name() +
				" names no condition of " + conditions.source() + ".");
		try {
			return new OneWindow(chosen, conditions.firstTestTarget(chosen
				.condition()), (int) Math.min(Integer.MAX_VALUE, arguments.get(
					WINDOW)));
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key 'window': " + e.getMessage());
		}
	}

	/**
	 * The frame the keys window and step name, or -1 when they name none.
	 */
	private static int stepFrame(final Arguments arguments,
		final ActivityColors.Mode mode) throws CommandException
	{
		final long step = arguments.get(STEP);
		if (arguments.get(WINDOW) < 0 || step == 0 || !mode.needsPrediction())
			return -1;
		final Path predictions = arguments.get(PREDICTIONS);
		try {
			return oneWindow(arguments, Forecasts.open(predictions, null),
				ConditionKeys.conditions(arguments.get(CONDITIONS), predictions)).frame(
					(int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, step)));
		}
		catch (final IOException e) {
			throw new CommandException("Key 'predictions': " + e.getMessage(), e);
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key 'step': " + e.getMessage(), e);
		}
	}

	/**
	 * First and last frame: the frame window and step predict, time_from..
	 * time_to, or the one frame 'time'.
	 */
	private static int[] span(final Arguments arguments,
		final ActivityFrames frames, final int stepFrame) throws CommandException
	{
		if (stepFrame >= 0) {
			if (stepFrame >= frames.frames()) throw new CommandException("Keys " +
				"'window' and 'step' predict frame " + stepFrame + ", past the " +
				frames.frames() + " frames of the traces.");
			return new int[] { stepFrame, stepFrame };
		}
		final long from = arguments.get(TIME_FROM);
		if (from < 0) {
			final int t = (int) Math.min(Integer.MAX_VALUE, arguments.get(
				RenderView.TIME));
			if (t < 0 || t >= frames.frames()) throw new CommandException(
				"Key 'time' must be 0.." + (frames.frames() - 1) + " (frames of the " +
					"traces), was " + arguments.get(RenderView.TIME) + ".");
			return new int[] { t, t };
		}
		final long to = arguments.get(TIME_TO);
		if (from >= frames.frames() || to < from || to >= frames.frames())
			throw new CommandException("Keys 'time_from' and 'time_to' must satisfy" +
				" 0 <= time_from <= time_to <= " + (frames.frames() - 1) +
				" (frames of the traces), were " + from + " and " + to + ".");
		return new int[] { (int) from, (int) to };
	}

	/**
	 * Colours over min..max when given (for the difference, ± the larger
	 * |bound|), else over the values of every frame rendered, so a series keeps
	 * one scale.
	 */
	private static ActivityColors palette(final RenderRequest request,
		final ActivityFrames frames, final int[] span) throws IOException,
		CommandException
	{
		double[] range = null;
		if (request.min != null && request.max != null) range = new double[] {
			request.min, request.max };
		else {
			final double[] found = frames.range(span[0], span[1]);
			range = found != null ? found : new double[] { -1, 1 };
			if (request.min != null) range[0] = request.min;
			if (request.max != null) range[1] = request.max;
			if (!(range[1] > range[0])) throw new CommandException("Keys 'min' and " +
				"'max' leave an empty colour range: " + range[0] + " .. " + range[1]);
		}
		if (frames.mode().isDiverging()) return new ActivityColors(frames.mode(), 0,
			Math.max(Math.abs(range[0]), Math.abs(range[1])));
		return new ActivityColors(frames.mode(), range[0], range[1]);
	}

	private static List<ViewerSource> painted(final ViewerSource labels,
		final ActivityFrames frames, final ActivityColors palette,
		final LabelColumns columns)
	{
		final ActivitySource.LabelColors colors = new ActivitySource.LabelColors() {

			@Override
			public int numTimepoints() {
				return frames.frames();
			}

			@Override
			public int[] colors(final int t) throws IOException {
				return palette.byLabel(frames.values(t), columns);
			}
		};
		final List<ViewerSource> painted = new ArrayList<>();
		for (int c = 0; c < 3; c++)
			painted.add(new ActivitySource(labels, colors, c, frames.mode().key()));
		return painted;
	}

	@Override
	protected void report(final List<Path> written) {
		IJ.log(title() + ": wrote " + (written.size() == 1 ? written.get(0)
			: written.size() + " files, " + written.get(0) + " …"));
	}
}
