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

package org.zapfiji.activity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * What one neuron's forecast looks like beside its recording, for the trace
 * plot: the recorded trace around one test window, the context the models saw,
 * and each model's predictions and error per step. Reads only that neuron (one
 * box [1, steps, 1] of each array, one column of the traces), so it can follow
 * the time slider.
 * <p>
 * Window indexing as {@link StepsAhead}: in a condition whose first test target
 * is {@code F}, window {@code w} was given frames {@code F + w − C} to
 * {@code F + w − 1} (context length {@code C}: ZAPBench uses 4 or 256) and
 * predicts frame {@code F + w + s − 1} at step {@code s}. The error per step is
 * ZAPBench's, against the forecast's own targets:
 * {@code |nan_to_num(target) − nan_to_num(prediction)|}, in float32 for float32
 * arrays, so the mean over windows and neurons of these values is
 * {@link ForecastErrors#maePerStep()}.
 */
public final class NeuronForecast {

	/** ZAPBench's short context, frames. */
	public static final int DEFAULT_CONTEXT = 4;

	/** Frames of recording shown beyond the context and the window. */
	public static final int DEFAULT_MARGIN = 16;

	/**
	 * One model's forecast of the condition shown, under a name for the legend.
	 */
	public static final class Model {

		private final String name;

		private final Forecast forecast;

		public Model(final String name, final Forecast forecast) {
			this.name = name;
			this.forecast = forecast;
		}

		public String name() {
			return name;
		}

		public Forecast forecast() {
			return forecast;
		}
	}

	/** One model's forecast of one neuron in one window. */
	public static final class Prediction {

		private final String name;

		private final int[] frames;

		private final double[] predicted;

		private final double[] targets;

		private final double[] errors;

		Prediction(final String name, final int[] frames, final double[] predicted,
			final double[] targets, final double[] errors)
		{
			this.name = name;
			this.frames = frames;
			this.predicted = predicted;
			this.targets = targets;
			this.errors = errors;
		}

		public String name() {
			return name;
		}

		/** Number of steps ahead (ZAPBench: 32). */
		public int steps() {
			return frames.length;
		}

		/** The frame step {@code s + 1} predicts, for s from 0. */
		public int[] frames() {
			return frames.clone();
		}

		/** The prediction at step {@code s + 1}, as stored (NaN stays NaN). */
		public double[] predicted() {
			return predicted.clone();
		}

		/** The target it was scored against, as stored. */
		public double[] targets() {
			return targets.clone();
		}

		/** |nan_to_num(target) − nan_to_num(prediction)| at step {@code s + 1}. */
		public double[] errors() {
			return errors.clone();
		}

		/** Mean of {@link #errors()}: this window's MAE for this neuron. */
		public double meanError() {
			double sum = 0;
			for (final double e : errors)
				sum += e;
			return errors.length == 0 ? 0 : sum / errors.length;
		}
	}

	/** Everything the trace plot draws for one neuron and window. */
	public static final class Result {

		private final int column;

		private final int label;

		private final int window;

		private final int contextFrom;

		private final int contextTo;

		private final int traceFrom;

		private final double[] trace;

		private final List<Prediction> predictions;

		Result(final int column, final int label, final int window,
			final int contextFrom, final int contextTo, final int traceFrom,
			final double[] trace, final List<Prediction> predictions)
		{
			this.column = column;
			this.label = label;
			this.window = window;
			this.contextFrom = contextFrom;
			this.contextTo = contextTo;
			this.traceFrom = traceFrom;
			this.trace = trace;
			this.predictions = Collections.unmodifiableList(predictions);
		}

		/** Trace column, from 0. */
		public int column() {
			return column;
		}

		/** Segmentation label (column + 1 unless a label table says otherwise). */
		public int label() {
			return label;
		}

		public int window() {
			return window;
		}

		/** First frame of the context (may be before the recording's start). */
		public int contextFrom() {
			return contextFrom;
		}

		/** Last frame of the context: the window's last frame seen. */
		public int contextTo() {
			return contextTo;
		}

		/** Frame of {@code trace()[0]}. */
		public int traceFrom() {
			return traceFrom;
		}

		/**
		 * The recorded trace from {@link #traceFrom()}, frame after frame; empty
		 * without traces.
		 */
		public double[] trace() {
			return trace.clone();
		}

		/** One per model, in the order given. */
		public List<Prediction> predictions() {
			return predictions;
		}
	}

	private final TraceTable traces;

	private final int firstTarget;

	private final List<Model> models;

	private final IntUnaryOperator labels;

	/**
	 * @param traces the recording, or null to show only the forecasts
	 * @param firstTarget the condition's first test target:
	 *          {@link Conditions#firstTestTarget(int)} of the models' condition
	 * @param models one or more forecasts of that same condition
	 * @param labels column → segmentation label, for the title
	 */
	public NeuronForecast(final TraceTable traces, final int firstTarget,
		final List<Model> models, final IntUnaryOperator labels)
	{
		if (models.isEmpty()) throw new IllegalArgumentException(
			"no forecast to show: give at least one model");
		this.traces = traces;
		this.firstTarget = firstTarget;
		this.models = List.copyOf(models);
		this.labels = labels;
	}

	/** Labels are column + 1, as ZAPBench's traces are ordered. */
	public NeuronForecast(final TraceTable traces, final int firstTarget,
		final List<Model> models)
	{
		this(traces, firstTarget, models, n -> n + 1);
	}

	/**
	 * The models' forecasts of one condition, from each model's forecasts of all
	 * conditions ({@link Forecasts#open}); a model without that condition is left
	 * out.
	 *
	 * @param models model name → its forecasts, in legend order (a
	 *          {@link java.util.LinkedHashMap})
	 * @throws IllegalArgumentException naming the condition when no model has it
	 */
	public static NeuronForecast of(final TraceTable traces,
		final Conditions conditions, final int condition,
		final Map<String, List<Forecast>> models)
	{
		final List<Model> chosen = new ArrayList<>();
		for (final Map.Entry<String, List<Forecast>> e : models.entrySet())
			for (final Forecast f : e.getValue())
				if (f.condition() == condition) {
					chosen.add(new Model(e.getKey(), f));
					break;
				}
		if (chosen.isEmpty()) throw new IllegalArgumentException(
			"no model has a forecast of condition " + condition + " (" + conditions
				.name(condition) + "); models: " + models.keySet());
		return new NeuronForecast(traces, conditions.firstTestTarget(condition),
			chosen);
	}

	/** Windows of the models (the fewest, if they differ). */
	public int windows() {
		int w = Integer.MAX_VALUE;
		for (final Model m : models)
			w = Math.min(w, m.forecast.windows());
		return w;
	}

	public List<Model> models() {
		return models;
	}

	/**
	 * Reads neuron {@code column} in {@code window}.
	 *
	 * @param context frames the models saw before the window (ZAPBench: 4 or 256)
	 * @param margin frames of recording shown before the context and after the
	 *          last step; the span is clipped to the recording
	 * @throws IllegalArgumentException naming the forecast or traces when the
	 *           column or window is outside them
	 */
	public Result read(final int column, final int window, final int context,
		final int margin) throws IOException
	{
		if (context < 0 || margin < 0) throw new IllegalArgumentException(
			"context and margin must be >= 0, were " + context + " and " + margin);
		int steps = 0;
		final List<Prediction> predictions = new ArrayList<>();
		for (final Model m : models) {
			predictions.add(read(m, column, window));
			steps = Math.max(steps, m.forecast.steps());
		}
		final int start = firstTarget + window;
		double[] trace = new double[0];
		int traceFrom = start;
		if (traces != null) {
			traceFrom = Math.max(0, start - context - margin);
			final int traceTo = Math.min(traces.frames() - 1, start + steps - 1 +
				margin);
			if (traceTo >= traceFrom) {
				final float[] values = traces.readNeuron(column, traceFrom, traceTo -
					traceFrom + 1);
				trace = new double[values.length];
				for (int i = 0; i < values.length; i++)
					trace[i] = values[i];
			}
			else if (column < 0 || column >= traces.neurons())
				throw new IllegalArgumentException(traces.location() +
					": no neuron column " + column);
		}
		return new Result(column, labels.applyAsInt(column), window, start -
			context, start - 1, traceFrom, trace, predictions);
	}

	private Prediction read(final Model m, final int column, final int window)
		throws IOException
	{
		final Forecast f = m.forecast;
		if (column < 0 || column >= f.neurons()) throw new IllegalArgumentException(
			f.predictions().location() + ": no neuron column " + column +
				" (expected 0.." + (f.neurons() - 1) + ")");
		if (window < 0 || window >= f.windows()) throw new IllegalArgumentException(
			f.predictions().location() + ": no window " + window + " (expected 0.." +
				(f.windows() - 1) + ")");
		final int steps = f.steps();
		final long[] min = { column, 0, window };
		final int[] size = { 1, steps, 1 };
		final double[] predicted = doubles(ArrayBoxes.read(f.predictions(), min,
			size, true));
		final double[] targets = doubles(ArrayBoxes.read(f.targets(), min, size,
			true));
		final double[] errors = new double[steps];
		final int[] frames = new int[steps];
		final boolean single = f.inSinglePrecision();
		for (int s = 0; s < steps; s++) {
			frames[s] = StepsAhead.targetFrame(firstTarget, window, s + 1);
			errors[s] = single ? Math.abs(nanToNum((float) targets[s]) - nanToNum(
				(float) predicted[s])) : Math.abs(nanToNum(targets[s]) - nanToNum(
					predicted[s]));
		}
		return new Prediction(m.name, frames, predicted, targets, errors);
	}

	/** NumPy's {@code nan_to_num} for one float32. */
	private static float nanToNum(final float v) {
		return Math.abs(v) <= Float.MAX_VALUE ? v : ForecastScoring.finite(v);
	}

	/** NumPy's {@code nan_to_num} for one float64. */
	private static double nanToNum(final double v) {
		return Math.abs(v) <= Double.MAX_VALUE ? v : ForecastScoring.finite(v);
	}

	private static double[] doubles(final Object box) {
		return ((double[]) box).clone();
	}
}
