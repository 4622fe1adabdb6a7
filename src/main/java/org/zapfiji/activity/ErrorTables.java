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
import java.util.List;

import org.zapfiji.io.AtomicFiles;

/**
 * The figures of {@link ForecastErrors} and {@link TraceErrors} as CSV files
 * (one header row, '.' decimals, numbers as Java writes doubles: the shortest
 * text that reads back to the same bits), each written in one atomic replace.
 */
public final class ErrorTables {

	/** Columns of {@link #writePerStep}. */
	public static final String PER_STEP_HEADER =
		"forecast,condition,name,windows,neurons,step,mae";

	private ErrorTables() {}

	/**
	 * One row per forecast and step ahead: {@code forecast} is the folder name
	 * (e.g. {@code test_condition_0}) or {@code all} for the pooled figures,
	 * {@code condition} its number (empty if none), {@code name} the condition's
	 * name, {@code step} from 1.
	 *
	 * @param pooled null to leave out the pooled rows
	 */
	public static void writePerStep(final Path file,
		final List<ForecastErrors> forecasts, final ForecastErrors pooled,
		final Conditions conditions) throws IOException
	{
		final StringBuilder out = new StringBuilder(PER_STEP_HEADER).append('\n');
		for (final ForecastErrors e : forecasts)
			rows(out, e, e.name(), e.condition() < 0 ? "" : "" + e.condition(),
				conditionName(e, conditions));
		if (pooled != null) rows(out, pooled, "all", "", "all");
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

	private static void rows(final StringBuilder out, final ForecastErrors e,
		final String forecast, final String condition, final String name)
	{
		final double[] mae = e.maePerStep();
		for (int s = 0; s < mae.length; s++)
			out.append(forecast).append(',').append(condition).append(',').append(
				quoted(name)).append(',').append(e.windows()).append(',').append(e
					.neurons()).append(',').append(s + 1).append(',').append(mae[s])
				.append('\n');
	}

	/**
	 * One row per neuron: {@code neuron} (the trace column), {@code label} (its
	 * segment, column + 1), {@code mae} over every window and step of
	 * {@code pooled}, then with several forecasts one column
	 * {@code mae_<forecast>} each.
	 */
	public static void writePerNeuron(final Path file,
		final List<ForecastErrors> forecasts, final ForecastErrors pooled)
		throws IOException
	{
		final StringBuilder out = new StringBuilder("neuron,label,mae");
		final boolean each = forecasts.size() > 1;
		if (each) for (final ForecastErrors e : forecasts)
			out.append(",mae_").append(e.name());
		out.append('\n');
		final double[] all = pooled.maePerNeuron();
		final double[][] parts = new double[forecasts.size()][];
		for (int i = 0; i < parts.length && each; i++)
			parts[i] = forecasts.get(i).maePerNeuron();
		for (int n = 0; n < all.length; n++) {
			out.append(n).append(',').append(n + 1).append(',').append(all[n]);
			if (each) for (final double[] p : parts)
				out.append(',').append(p[n]);
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

	private static String quoted(final String cell) {
		return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"",
			"\"\"") + "\"" : cell;
	}
}
