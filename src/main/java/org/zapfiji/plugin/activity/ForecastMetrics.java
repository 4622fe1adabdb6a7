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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.ErrorTables;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.ForecastErrors;
import org.zapfiji.activity.ForecastModel;
import org.zapfiji.activity.ForecastScoring;
import org.zapfiji.activity.LabelColumns;
import org.zapfiji.activity.ModelErrors;
import org.zapfiji.activity.TraceErrors;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Forecast Metrics}: ZAPBench's mean absolute error
 * of forecasts, per step ahead, per condition and per neuron, written as CSV
 * and optionally plotted as PNG. The figures are {@link ForecastScoring}'s;
 * this command reads the keys, checks the files against each other and writes
 * the tables. Several models ({@link ForecastModel}, named in one key) are
 * scored on the same conditions and compared line by line.
 * <p>
 * Given predicted traces (frames × neurons) instead of forecasts, it scores
 * them frame by frame against {@code traces} ({@link TraceErrors}).
 */
public class ForecastMetrics extends ZapCommand<ForecastMetrics.Outcome> {

	public static final Parameter<Path> PREDICTIONS = Parameter.file(
		"predictions", "ZAPBench predictions: the predictions folder, one " +
			"test_condition_<i> array, or predicted traces (frames × neurons); " +
			"several models separated by ';'").required();

	public static final Parameter<Path> TARGETS = Parameter.file("targets",
		"Targets folder or array of every model; empty = each model's sibling " +
			"'targets' folder");

	public static final Parameter<Path> TRACES = Parameter.file("traces",
		"Recorded traces (frames × neurons: Zarr, .npy, .csv); checked against " +
			"the forecasts; required for predicted traces");

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"CSV of MAE per step ahead and condition").required();

	public static final Parameter<Path> PLOT = Parameter.file("plot",
		"PNG of MAE against steps ahead; empty = none");

	public static final Parameter<String> CONDITION = Parameter.text("condition",
		"all", "all, or a condition's number or name");

	public static final Parameter<Path> PER_NEURON = Parameter.file("per_neuron",
		"CSV of MAE per neuron; empty = none");

	public static final Parameter<Path> CONDITIONS = Parameter.file("conditions",
		"Conditions JSON; empty = from the dataset's zarr.json, else ZAPBench's");

	public static final Parameter<Path> COLUMNS = LabelColumnKeys.COLUMNS;

	public static final Parameter<Long> THREADS = Parameter.integer("threads", 0,
		"Chunks scored at once; 0 = all cores");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace existing output files");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PREDICTIONS, TARGETS, TRACES, OUTPUT, PLOT, CONDITION, PER_NEURON,
		CONDITIONS, COLUMNS, THREADS, OVERWRITE);

	/** What was measured and written. */
	public static final class Outcome {

		/** Per model, in the order named; empty for predicted traces. */
		public final List<ModelErrors> models;

		/**
		 * The first model's errors per forecast, in condition order; empty for
		 * predicted traces.
		 */
		public final List<ForecastErrors> forecasts;

		/** The first model's forecasts pooled; null for predicted traces. */
		public final ForecastErrors pooled;

		/** For predicted traces, else null. */
		public final TraceErrors traces;

		public final Conditions conditions;

		public final Path output;

		Outcome(final List<ModelErrors> models, final TraceErrors traces,
			final Conditions conditions, final Path output)
		{
			this.models = List.copyOf(models);
			this.forecasts = models.isEmpty() ? List.of() : models.get(0).forecasts();
			this.pooled = models.isEmpty() ? null : models.get(0).pooled();
			this.traces = traces;
			this.conditions = conditions;
			this.output = output;
		}
	}

	@Override
	public String title() {
		return "ZAP Forecast Metrics";
	}

	@Override
	public String summary() {
		return "ZAPBench's MAE per step ahead, per condition and per neuron.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public Outcome execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final boolean overwrite = arguments.get(OVERWRITE);
		for (final Parameter<Path> out : List.of(OUTPUT, PLOT, PER_NEURON))
			checkNew(arguments.get(out), out.key(), overwrite);
		final long threads = arguments.get(THREADS);
		if (threads < 0 || threads > 1024) throw new CommandException(
			"Key 'threads' must be 0 (all cores) to 1024, found " + threads + ".");
		final int workers = threads == 0 ? Runtime.getRuntime()
			.availableProcessors() : (int) threads;
		final Path predictions = arguments.get(PREDICTIONS);
		try {
			if (ForecastModel.split(predictions.toString()).size() == 1 &&
				isTraceTable(predictions)) return scoreTraces(arguments, progress);
			return scoreForecasts(arguments, workers, progress);
		}
		catch (final IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private Outcome scoreForecasts(final Arguments arguments, final int threads,
		final Progress progress) throws IOException, CommandException
	{
		final Path predictions = arguments.get(PREDICTIONS);
		final LabelColumns columns = LabelColumnKeys.columns(arguments.get(
			COLUMNS));
		final List<ForecastModel> models = models(predictions.toString(), arguments
			.get(TARGETS));
		final Conditions conditions = ConditionKeys.conditions(arguments.get(
			CONDITIONS), models.get(0).predictions());
		final List<ForecastModel> chosen = new ArrayList<>();
		for (final ForecastModel m : models)
			chosen.add(new ForecastModel(m.name(), m.predictions(), choose(m
				.forecasts(), arguments.get(CONDITION), conditions, m.predictions())));
		try {
			ForecastModel.checkSameShapes(chosen);
		}
		catch (final IOException e) {
			throw new CommandException("Key 'predictions': " + e.getMessage(), e);
		}
		try {
			final Forecast first = chosen.get(0).forecasts().get(0);
			columns.check(first.neurons(), first.predictions().location(),
				"forecasts");
		}
		catch (final IOException e) {
			throw new CommandException("Key 'columns': " + e.getMessage(), e);
		}
		if (arguments.get(TRACES) != null) {
			final TraceTable traces = TraceTables.open(arguments.get(TRACES));
			for (final ForecastModel m : chosen)
				checkTraces(traces, m.forecasts(), conditions);
		}
		final List<Forecast> all = new ArrayList<>();
		for (final ForecastModel m : chosen)
			all.addAll(m.forecasts());
		final List<ForecastErrors> errors = ForecastScoring.compute(all, threads,
			progress);
		final List<ModelErrors> scored = new ArrayList<>();
		int next = 0;
		for (final ForecastModel m : chosen) {
			final List<ForecastErrors> own = errors.subList(next, next + m.forecasts()
				.size());
			next += own.size();
			try {
				scored.add(new ModelErrors(m.name(), own));
			}
			catch (final IllegalArgumentException e) {
				throw new CommandException("Key 'predictions': " + e.getMessage() +
					"; choose one with key 'condition'.");
			}
		}
		final Path output = arguments.get(OUTPUT);
		ErrorTables.writePerStep(output, scored, scored.get(0).forecasts()
			.size() > 1, conditions);
		if (arguments.get(PER_NEURON) != null) ErrorTables.writePerNeuron(arguments
			.get(PER_NEURON), scored, columns);
		if (arguments.get(PLOT) != null) plot(scored, conditions).write(arguments
			.get(PLOT));
		return new Outcome(scored, null, conditions, output);
	}

	/** The models the key {@code predictions} names. */
	private static List<ForecastModel> models(final String list,
		final Path targets) throws IOException, CommandException
	{
		final List<Path> paths = ForecastModel.split(list);
		if (paths.size() > 1) for (final Path p : paths)
			if (isTraceTable(p)) throw new CommandException("Key 'predictions': " +
				p + " holds predicted traces (frames × neurons); several models " +
				"are scored only as ZAPBench forecasts, one model at a time otherwise.");
		return ForecastModel.open(list, targets);
	}

	/**
	 * One model: a line per condition and, with several, the pooled one in black.
	 * Several models: one line each, pooled over the chosen conditions, named in
	 * the legend.
	 */
	private static ErrorPlot plot(final List<ModelErrors> models,
		final Conditions conditions)
	{
		final ErrorPlot plot = new ErrorPlot("Mean absolute error per step ahead",
			"steps ahead", "MAE", 1);
		if (models.size() > 1) {
			for (final ModelErrors m : models)
				plot.add(m.name(), m.pooled().maePerStep());
			return plot;
		}
		final ModelErrors only = models.get(0);
		for (final ForecastErrors e : only.forecasts())
			plot.add(ErrorTables.conditionName(e, conditions), e.maePerStep());
		if (only.forecasts().size() > 1) plot.add("all conditions", only.pooled()
			.maePerStep()).lastInBlack();
		return plot;
	}

	private Outcome scoreTraces(final Arguments arguments,
		final Progress progress) throws IOException, CommandException
	{
		final Path traces = arguments.get(TRACES);
		if (traces == null) throw new CommandException("Key 'traces' is needed: " +
			arguments.get(PREDICTIONS) +
			" holds predicted traces (frames × neurons), which are scored against " +
			"the recorded traces.");
		for (final Parameter<Path> unused : List.of(TARGETS, PER_NEURON))
			if (arguments.get(unused) != null) throw new CommandException("Key '" +
				unused.key() + "' applies to forecasts (window × step × neuron), not " +
				"to predicted traces.");
		final TraceErrors errors = TraceErrors.compute(TraceTables.open(traces),
			TraceTables.open(arguments.get(PREDICTIONS)), progress);
		ErrorTables.writePerFrame(arguments.get(OUTPUT), errors);
		if (arguments.get(PLOT) != null) new ErrorPlot(
			"Mean absolute error per frame", "frame", "MAE", 0).add(
				"predicted traces", errors.maePerFrame()).write(arguments.get(PLOT));
		return new Outcome(List.of(), errors, null, arguments.get(OUTPUT));
	}

	/** A file, or a Zarr array of two dimensions: predicted traces. */
	private static boolean isTraceTable(final Path predictions) {
		if (Files.isRegularFile(predictions)) return true;
		final Path zarray = predictions.resolve(".zarray");
		final Path zarrJson = predictions.resolve("zarr.json");
		try {
			for (final Path meta : List.of(zarray, zarrJson))
				if (Files.isRegularFile(meta) && Files.size(meta) < 1 << 20) {
					final String text = Files.readString(meta);
					if (meta == zarrJson && !text.matches(
						"(?s).*\"node_type\"\\s*:\\s*\"array\".*")) return false;
					return text.matches(
						"(?s).*\"shape\"\\s*:\\s*\\[[^,\\]]*,[^,\\]]*\\].*");
				}
		}
		catch (final IOException e) {
			return false;
		}
		return false;
	}

	/** The forecasts the key {@code condition} asks for. */
	static List<Forecast> choose(final List<Forecast> all, final String condition,
		final Conditions conditions, final Path predictions) throws CommandException
	{
		final String wanted = condition == null ? "all" : condition.trim();
		if (wanted.isEmpty() || wanted.equalsIgnoreCase("all")) return all;
		final int number = conditions.find(wanted);
		final List<Forecast> chosen = all.stream().filter(f -> number >= 0 ? f
			.condition() == number : f.name().equals(wanted)).collect(Collectors
				.toList());
		if (chosen.isEmpty()) throw new CommandException("Key 'condition': no " +
			"forecast for '" + wanted + "' in " + predictions + "; found " + all
				.stream().map(f -> f.name() + (f.condition() >= 0 && f
					.condition() < conditions.count() ? " (" + conditions.name(f
						.condition()) + ")" : "")).collect(Collectors.joining(", ")) +
			"; conditions of " + conditions.source() + ": " + conditions.describe() +
			".");
		return chosen;
	}

	/**
	 * The recorded traces must have the forecasts' neurons and the conditions'
	 * frames.
	 */
	private static void checkTraces(final TraceTable traces,
		final List<Forecast> forecasts, final Conditions conditions)
		throws CommandException
	{
		for (final Forecast f : forecasts)
			if (f.neurons() != traces.neurons()) throw new CommandException(
				"Key 'traces': " + traces.location() + ": shape: expected " + f
					.neurons() + " neurons like the forecasts " + f.predictions()
						.location() + ", found " + traces.neurons() + ".");
		if (traces.frames() != conditions.frames()) throw new CommandException(
			"Key 'traces': " + traces.location() + " has " + traces.frames() +
				" frames, but the conditions of " + conditions.source() +
				" (condition_offsets) end at frame " + conditions.frames() +
				"; name the recording's conditions with key 'conditions'.");
	}

	private static void checkNew(final Path file, final String key,
		final boolean overwrite) throws CommandException
	{
		if (file != null && Files.exists(file) && !overwrite)
			throw new CommandException("Key '" + key + "': " + file +
				" exists; add the key 'overwrite' to replace it.");
	}

	@Override
	protected void report(final Outcome outcome) {
		if (outcome.traces != null) {
			final TraceErrors t = outcome.traces;
			IJ.log(String.format(Locale.ROOT,
				"%s: predicted traces, %d frames × %d neurons: MAE %.6g; wrote %s",
				title(), t.frames(), t.neurons(), t.mae(0, t.frames()),
				outcome.output));
			return;
		}
		final boolean several = outcome.models.size() > 1;
		for (final ModelErrors m : outcome.models) {
			final List<ForecastErrors> lines = new ArrayList<>(m.forecasts());
			if (lines.size() > 1) lines.add(m.pooled());
			for (final ForecastErrors e : lines) {
				final double[] mae = e.maePerStep();
				IJ.log(String.format(Locale.ROOT,
					"%s: %s%s: %d windows × %d steps × %d neurons: MAE step 1 %.6g, " +
						"step %d %.6g, mean %.6g%s", title(), several ? m.name() + ": "
							: "", e == m.pooled() ? "all conditions" : e.name() + " (" +
								ErrorTables.conditionName(e, outcome.conditions) + ")", e
									.windows(), e.steps(), e.neurons(), mae[0], mae.length,
					mae[mae.length - 1], e.mae(), e.nonFinite() > 0 ? "; " + e
						.nonFinite() + " NaN or infinite values counted as 0 or ±max"
						: ""));
			}
		}
		IJ.log(title() + ": wrote " + outcome.output);
	}
}
