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

import java.util.List;

/**
 * ZAPBench's mean absolute error of a set of forecasts (one condition, or
 * several pooled): per step ahead, the mean of |target − prediction| over all
 * windows and neurons; per neuron, over all windows and steps. NaN counts as 0
 * and ±infinity as ±the largest float, before subtracting, exactly as
 * ZAPBench's {@code jnp.nan_to_num(targets) - jnp.nan_to_num(predictions)}.
 * <p>
 * Holds sums, not means, so that conditions pool exactly: the pooled MAE is the
 * mean over all their windows, not the mean of their means.
 */
public final class ForecastErrors {

	private final String name;

	private final int condition;

	private final long windows;

	private final int neurons;

	private final double[] stepSums;

	private final double[] neuronSums;

	private final long nonFinite;

	ForecastErrors(final String name, final int condition, final long windows,
		final int neurons, final double[] stepSums, final double[] neuronSums,
		final long nonFinite)
	{
		this.name = name;
		this.condition = condition;
		this.windows = windows;
		this.neurons = neurons;
		this.stepSums = stepSums;
		this.neuronSums = neuronSums;
		this.nonFinite = nonFinite;
	}

	/**
	 * Several conditions as one: sums added in list order.
	 *
	 * @throws IllegalArgumentException if they differ in neurons or steps
	 */
	public static ForecastErrors pool(final String name,
		final List<ForecastErrors> parts)
	{
		final ForecastErrors first = parts.get(0);
		final double[] steps = new double[first.steps()];
		final double[] neurons = new double[first.neurons];
		long windows = 0;
		long nonFinite = 0;
		for (final ForecastErrors p : parts) {
			if (p.neurons != first.neurons || p.steps() != first.steps())
				throw new IllegalArgumentException(p.name + " has " + p.windows +
					" × " + p.steps() + " × " + p.neurons + " values, " + first.name +
					" " + first.windows + " × " + first.steps() + " × " + first.neurons +
					": conditions are pooled only with equal steps and neurons");
			for (int s = 0; s < steps.length; s++)
				steps[s] += p.stepSums[s];
			for (int n = 0; n < neurons.length; n++)
				neurons[n] += p.neuronSums[n];
			windows += p.windows;
			nonFinite += p.nonFinite;
		}
		return new ForecastErrors(name, -1, windows, first.neurons, steps, neurons,
			nonFinite);
	}

	/** The forecast folder's name, or the pool's. */
	public String name() {
		return name;
	}

	/** The condition number, or -1 (pooled, or a folder without one). */
	public int condition() {
		return condition;
	}

	public long windows() {
		return windows;
	}

	public int neurons() {
		return neurons;
	}

	public int steps() {
		return stepSums.length;
	}

	/** Targets and predictions that were NaN or infinite. */
	public long nonFinite() {
		return nonFinite;
	}

	/** MAE at step {@code s + 1} ahead, for s from 0. */
	public double[] maePerStep() {
		final double[] mae = new double[stepSums.length];
		for (int s = 0; s < mae.length; s++)
			mae[s] = stepSums[s] / ((double) windows * neurons);
		return mae;
	}

	/** MAE of column {@code n} (label n + 1) over all windows and steps. */
	public double[] maePerNeuron() {
		final double[] mae = new double[neuronSums.length];
		for (int n = 0; n < mae.length; n++)
			mae[n] = neuronSums[n] / ((double) windows * stepSums.length);
		return mae;
	}

	/** MAE over every window, step and neuron. */
	public double mae() {
		double sum = 0;
		for (final double s : stepSums)
			sum += s;
		return sum / ((double) windows * neurons * stepSums.length);
	}
}
