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
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.io.AtomicFiles;
import org.zapfiji.io.CsvFields;

/**
 * The figures of {@link ForecastErrors} and {@link TraceErrors} as CSV files
 * (one header row, '.' decimals, numbers as Java writes doubles: the shortest
 * text that reads back to the same bits), each written in one atomic replace.
 */
public final class ErrorTables {

	/** Columns of {@link #writePerStep}. */
	public static final String PER_STEP_HEADER =
		"model,forecast,condition,name,windows,neurons,step,mae";

	private ErrorTables() {}

	/**
	 * One row per model, forecast and step ahead: {@code model} is the model's
	 * name (always written, so tables of one and of several models read alike),
	 * {@code forecast} the folder name (e.g. {@code test_condition_0}) or
	 * {@code all} for a model's pooled figures, {@code condition} its number
	 * (empty if none), {@code name} the condition's name, {@code step} from 1.
	 *
	 * @param pooledRows whether to add each model's pooled rows
	 */
	public static void writePerStep(final Path file,
		final List<ModelErrors> models, final boolean pooledRows,
		final Conditions conditions) throws IOException
	{
		final StringBuilder out = new StringBuilder(PER_STEP_HEADER).append('\n');
		for (final ModelErrors m : models) {
			for (final ForecastErrors e : m.forecasts())
				rows(out, m.name(), e, e.name(), e.condition() < 0 ? "" : "" + e
					.condition(), conditionName(e, conditions));
			if (pooledRows) rows(out, m.name(), m.pooled(), "all", "", "all");
		}
		AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The condition's name where {@code conditions} knows it, else the folder's.
	 */
	public static String conditionName(final ForecastErrors e,
		final Conditions conditions)
	{
		return e.condition() >= 0 && e.condition() < conditions.count() ? conditions
			.name(e.condition()) : e.name();
	}

	private static void rows(final StringBuilder out, final String model,
		final ForecastErrors e, final String forecast, final String condition,
		final String name)
	{
		final double[] mae = e.maePerStep();
		for (int s = 0; s < mae.length; s++)
			out.append(CsvFields.field(model)).append(',').append(forecast).append(
				',').append(condition).append(',').append(CsvFields.field(name)).append(
					',').append(e.windows()).append(',').append(e.neurons()).append(',')
				.append(s + 1).append(',').append(mae[s]).append('\n');
	}

	/**
	 * One row per neuron: {@code neuron} (the trace column), {@code label} (the
	 * segment whose trace it is by {@code columns}; empty when none is).
	 * <p>
	 * With one model: {@code mae} over every window and step of its pooled
	 * forecasts, then with several forecasts one column {@code mae_<forecast>}
	 * each. With several models: one column {@code mae_<model>} each (pooled),
	 * then with several forecasts {@code mae_<model>_<forecast>} each.
	 */
	public static void writePerNeuron(final Path file,
		final List<ModelErrors> models, final LabelColumns columns)
		throws IOException
	{
		final StringBuilder out = new StringBuilder("neuron,label");
		final boolean several = models.size() > 1;
		final List<double[]> values = new ArrayList<>();
		for (final ModelErrors m : models) {
			out.append(',').append(CsvFields.field(several ? "mae_" + m.name()
				: "mae"));
			values.add(m.pooled().maePerNeuron());
			if (m.forecasts().size() > 1) for (final ForecastErrors e : m
				.forecasts())
			{
				out.append(',').append(CsvFields.field("mae_" + (several ? m.name() +
					"_" : "") + e.name()));
				values.add(e.maePerNeuron());
			}
		}
		out.append('\n');
		final int neurons = values.get(0).length;
		for (int n = 0; n < neurons; n++) {
			final int label = columns.label(n);
			out.append(n).append(',');
			if (label > 0) out.append(label);
			for (final double[] v : values)
				out.append(',').append(v[n]);
			out.append('\n');
		}
		AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * One row per frame ({@code frame,mae}) of predicted against recorded traces,
	 * then a row {@code all} with the MAE over every frame.
	 */
	public static void writePerFrame(final Path file, final TraceErrors errors)
		throws IOException
	{
		final StringBuilder out = new StringBuilder("frame,mae\n");
		final double[] mae = errors.maePerFrame();
		for (int t = 0; t < mae.length; t++)
			out.append(t).append(',').append(mae[t]).append('\n');
		out.append("all,").append(errors.mae(0, mae.length)).append('\n');
		AtomicFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
	}
}
