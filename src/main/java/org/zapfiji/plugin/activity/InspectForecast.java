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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.swing.SwingUtilities;

import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityFrames;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.ForecastErrors;
import org.zapfiji.activity.ForecastModel;
import org.zapfiji.activity.ForecastNeurons;
import org.zapfiji.activity.ForecastScoring;
import org.zapfiji.activity.ForecastScrub;
import org.zapfiji.activity.LabelColumns;
import org.zapfiji.activity.NeuronForecast;
import org.zapfiji.activity.SegmentCentroids;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
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
import org.zapfiji.viewer.activity.ForecastInspector;
import org.zapfiji.viewer.activity.InspectorSidePanel;
import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.ui.ViewerFrame;

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

	public static final Parameter<Path> PREDICTIONS = Parameter.file(
		"predictions", "ZAPBench predictions folder (or one test_condition_<i> " +
			"array) of one or more models separated by ';' (the first is painted, " +
			"all are plotted), or predicted traces (frames × neurons); empty = " +
			"recorded only");

	public static final Parameter<Long> CONTEXT = Parameter.integer("context",
		NeuronForecast.DEFAULT_CONTEXT,
		"Frames the models saw before each window, shaded in the trace plot " +
			"(ZAPBench: 4 or 256)");

	private static final CommandParameters PARAMETERS = CommandParameters.of(RAW,
		RenderForecast.SEGMENTATION, RenderForecast.TRACES, PREDICTIONS,
		LabelColumnKeys.COLUMNS, RenderForecast.CONDITIONS,
		RenderForecast.STEPS_AHEAD, CONTEXT);

	/** What the command opened; {@link #show} puts it in a window. */
	public static final class Session {

		private final ViewerSources opened;

		private final List<ViewerSource> sources;

		private final int firstActivity;

		private final ActivityModes modes;

		private final ForecastScrub scrub;

		private final ViewerSource labels;

		private final Inputs inputs;

		Session(final ViewerSources opened, final List<ViewerSource> sources,
			final int firstActivity, final ActivityModes modes,
			final ForecastScrub scrub, final ViewerSource labels, final Inputs inputs)
		{
			this.inputs = inputs;
			this.opened = opened;
			this.sources = sources;
			this.firstActivity = firstActivity;
			this.modes = modes;
			this.scrub = scrub;
			this.labels = labels;
		}

		/** Null for predicted traces (frames × neurons). */
		public ForecastScrub scrub() {
			return scrub;
		}

		public ActivityModes modes() {
			return modes;
		}

		/**
		 * The raw volume if any, the red, green and blue of the mode shown, then
		 * (with predictions) those of the prediction for the split view.
		 */
		public List<ViewerSource> sources() {
			return java.util.Collections.unmodifiableList(sources);
		}

		/** Closes the files when the session is not {@linkplain #show shown}. */
		public void close() {
			opened.close();
			closeQuietly(inputs.segmentationData);
		}

		/** Opens the window; callable from any thread. */
		public ViewerFrame show() {
			return showInspector().frame();
		}

		/** Opens the window and gives its inspector; callable from any thread. */
		public ForecastInspector showInspector() {
			final ViewerFrame frame = ViewerFrame.show(opened.title(), sources, opened
				.loader());
			frame.closeWithWindow(opened);
			frame.closeWithWindow(inputs.segmentationData);
			final ForecastInspector[] made = new ForecastInspector[1];
			final Runnable setUp = () -> {
				made[0] = new ForecastInspector(frame, modes, scrub, labels,
					firstActivity, modes.hasPredictions() ? firstActivity + 3 : -1);
				made[0].install();
				final InspectorSidePanel side = new InspectorSidePanel(made[0],
					scrub == null ? null : new ForecastNeurons(inputs.recorded, scrub,
						inputs.models, inputs.columns, inputs.context), inputs.columns);
				frame.setSidePanel(side);
				frame.closeWithWindow(side::close);
			};
			if (SwingUtilities.isEventDispatchThread()) setUp.run();
			else try {
				SwingUtilities.invokeAndWait(setUp);
			}
			catch (final Exception e) {
				throw new IllegalStateException("cannot set up the viewer: " + e
					.getMessage(), e);
			}
			startErrorMap(made[0]);
			startCentroids(made[0]);
			return made[0];
		}

		/**
		 * Finds every neuron's centroid on a background thread (a pass over the
		 * segmentation), for the dots and for going to a neuron from the table.
		 */
		private void startCentroids(final ForecastInspector inspector) {
			final Thread t = new Thread(() -> {
				try {
					final SegmentCentroids found = SegmentCentroids.compute(
						inputs.segmentation, Math.max(1, Runtime.getRuntime()
							.availableProcessors() - 1), Progress.silent());
					final Affine3D toGlobal = labels.voxelToGlobal(0, 0);
					final double[][] global = new double[found.maxLabel() + 1][];
					for (final int label : found.labels()) {
						final double[] v = found.centroidXyz(label);
						if (v != null) global[label] = toGlobal.apply(v[0], v[1], v[2]);
					}
					SwingUtilities.invokeLater(() -> inspector.setCentroids(global));
				}
				catch (final IOException | RuntimeException e) {
					IJ.log("ZAP Inspect Forecast: no centroids: " + e.getMessage());
				}
			}, "ZAP neuron centroids");
			t.setDaemon(true);
			t.setPriority(Thread.MIN_PRIORITY);
			t.start();
		}

		/**
		 * Scores every forecast window on a background thread (the whole test set
		 * of ZAPBench is 29 GB to read), then gives the inspector its error map.
		 */
		private void startErrorMap(final ForecastInspector inspector) {
			if (scrub == null) return;
			final Thread t = new Thread(() -> {
				try {
					final List<ForecastErrors> errors = ForecastScoring.compute(scrub
						.forecasts(), Math.max(1, Runtime.getRuntime()
							.availableProcessors() - 1), Progress.silent());
					final ForecastErrors pooled = ForecastErrors.pool("all", errors);
					SwingUtilities.invokeLater(() -> inspector.setNeuronErrors(pooled));
				}
				catch (final IOException | RuntimeException e) {
					IJ.log("ZAP Inspect Forecast: no error map: " + e.getMessage());
				}
			}, "ZAP forecast error map");
			t.setDaemon(true);
			t.setPriority(Thread.MIN_PRIORITY);
			t.start();
		}
	}

	private static void closeQuietly(final AutoCloseable c) {
		try {
			c.close();
		}
		catch (final Exception e) {
			// nothing was written through it
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
		final LabelColumns columns = LabelColumnKeys.columns(arguments.get(
			LabelColumnKeys.COLUMNS));
		final TraceTable recorded = recorded(arguments, columns);
		final long context = arguments.get(CONTEXT);
		if (context < 0 || context > 100_000) throw new CommandException(
			"Key 'context' must be 0 to 100000 frames, found " + context + ".");
		final Predicted predicted = predicted(arguments);
		final ActivityModes modes;
		try {
			modes = new ActivityModes(recorded, predicted == null ? null
				: predicted.frames, columns);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot read " + recorded.location() + ": " + e
				.getMessage(), e);
		}
		final Path raw = arguments.get(RAW);
		final Path segmentation = arguments.get(RenderForecast.SEGMENTATION);
		final VolumeFormats formats = new VolumeFormats(Extensions.discover(IJ
			.getClassLoader()));
		final ViewerSources opened = ViewerSources.open((raw == null ? "" : raw +
			";") + segmentation, 0, null, formats, SessionCache.get());
		final Dataset labelData;
		final Volume labelVolume;
		try {
			labelData = formats.open(segmentation);
			labelVolume = labelData.volumes().get(0).atLevel(0);
		}
		catch (final IOException e) {
			opened.close();
			throw new CommandException("Key 'segmentation': " + e.getMessage(), e);
		}
		final List<ViewerSource> sources = new ArrayList<>(opened.sources());
		final ViewerSource labels = sources.remove(sources.size() - 1);
		final int first = sources.size();
		addPainting(sources, labels, modes, null);
		if (modes.hasPredictions()) addPainting(sources, labels, modes,
			ActivityColors.Mode.PREDICTED);
		return new Session(opened, sources, first, modes, predicted == null ? null
			: predicted.scrub, labels, new Inputs(recorded, columns, predicted == null
				? Map.of() : predicted.models, (int) context, labelData, labelVolume));
	}

	/** What a session reads besides the volumes it shows. */
	static final class Inputs {

		final TraceTable recorded;

		final LabelColumns columns;

		final Map<String, List<Forecast>> models;

		final int context;

		final Dataset segmentationData;

		final Volume segmentation;

		Inputs(final TraceTable recorded, final LabelColumns columns,
			final Map<String, List<Forecast>> models, final int context,
			final Dataset segmentationData, final Volume segmentation)
		{
			this.recorded = recorded;
			this.columns = columns;
			this.models = models;
			this.context = context;
			this.segmentationData = segmentationData;
			this.segmentation = segmentation;
		}
	}

	/**
	 * Three channel sources painting the mode shown ({@code fixed} null) or
	 * always {@code fixed}.
	 */
	private static void addPainting(final List<ViewerSource> sources,
		final ViewerSource labels, final ActivityModes modes,
		final ActivityColors.Mode fixed)
	{
		final ActivitySource.LabelColors colors = new ActivitySource.LabelColors() {

			@Override
			public int numTimepoints() {
				return modes.frames();
			}

			@Override
			public int[] colors(final int t) throws IOException {
				return fixed == null ? modes.colors(t) : modes.colors(fixed, t);
			}
		};
		final String name = fixed == null ? "activity" : fixed.key();
		for (int c = 0; c < 3; c++)
			sources.add(new ActivitySource(labels, colors, c, name));
	}

	/** Predictions: forecasts scrubbed in time, or predicted traces. */
	private static final class Predicted {

		final ActivityFrames.Predictions frames;

		final ForecastScrub scrub;

		/** Model name → forecasts, in the order given; empty for traces. */
		final Map<String, List<Forecast>> models;

		Predicted(final ActivityFrames.Predictions frames,
			final ForecastScrub scrub, final Map<String, List<Forecast>> models)
		{
			this.frames = frames;
			this.scrub = scrub;
			this.models = models;
		}
	}

	private static TraceTable recorded(final Arguments arguments,
		final LabelColumns columns) throws CommandException
	{
		final TraceTable recorded;
		try {
			recorded = TraceTables.open(arguments.get(RenderForecast.TRACES));
		}
		catch (final IOException e) {
			throw new CommandException("Key 'traces': " + e.getMessage(), e);
		}
		try {
			columns.check(recorded);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'columns': " + e.getMessage(), e);
		}
		return recorded;
	}

	private static Predicted predicted(final Arguments arguments)
		throws CommandException
	{
		final Path predictions = arguments.get(PREDICTIONS);
		if (predictions == null) return null;
		final String list = predictions.toString();
		if (ForecastModel.split(list).size() == 1) try {
			return new Predicted(ActivityFrames.of(TraceTables.open(predictions)),
				null, Map.of());
		}
		catch (final IOException notTraces) {
			// not frames × neurons: ZAPBench forecasts, read below
		}
		try {
			final List<ForecastModel> models = ForecastModel.open(list, null);
			ForecastModel.checkSameShapes(models);
			final Map<String, List<Forecast>> byName = new LinkedHashMap<>();
			for (final ForecastModel m : models)
				byName.put(m.name(), m.forecasts());
			final Conditions conditions = ConditionKeys.conditions(arguments.get(
				RenderForecast.CONDITIONS), models.get(0).predictions());
			final ForecastScrub scrub = new ForecastScrub(models.get(0).forecasts(),
				conditions, (int) Math.max(Integer.MIN_VALUE, Math.min(
					Integer.MAX_VALUE, arguments.get(RenderForecast.STEPS_AHEAD))));
			return new Predicted(scrub, scrub, byName);
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
