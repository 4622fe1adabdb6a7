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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the trace plot of an inspection window shows for a neuron at a frame:
 * the forecast window the painting shows there ({@link ForecastScrub}: the one
 * h steps back, or the fixed one; the nearest when none reaches the frame),
 * read for that neuron from every model, with the recorded trace around it.
 * Headless, so the plot's data is tested without a window.
 */
public final class ForecastNeurons {

	private final TraceTable traces;

	private final ForecastScrub scrub;

	private final Map<String, List<Forecast>> models;

	private final LabelColumns columns;

	private final int context;

	/**
	 * @param models model name → its forecasts of all conditions, in legend
	 *          order; the scrub's forecasts are normally the first
	 * @param context frames the models saw before each window (ZAPBench: 4 or
	 *          256), shaded in the plot
	 */
	public ForecastNeurons(final TraceTable traces, final ForecastScrub scrub,
		final Map<String, List<Forecast>> models, final LabelColumns columns,
		final int context)
	{
		if (context < 0) throw new IllegalArgumentException(
			"the context must be >= 0 frames, was " + context);
		this.traces = traces;
		this.scrub = scrub;
		this.models = new LinkedHashMap<>(models);
		this.columns = columns;
		this.context = context;
	}

	/**
	 * Neuron {@code label} in the window shown at {@code frame}, or null if the
	 * label has no trace column.
	 */
	public NeuronForecast.Result at(final int label, final int frame)
		throws IOException
	{
		final int column = columns.column(label);
		if (column < 0 || column >= traces.neurons()) return null;
		final ForecastScrub.Window w = scrub.windowNear(frame);
		final int condition = w.forecast.condition();
		final Conditions conditions = scrub.conditions();
		final NeuronForecast forecast = NeuronForecast.of(traces, conditions,
			condition, models);
		return new NeuronForecast(traces, conditions.firstTestTarget(condition),
			forecast.models(), columns::label).read(column, w.window, context,
				NeuronForecast.DEFAULT_MARGIN);
	}
}
