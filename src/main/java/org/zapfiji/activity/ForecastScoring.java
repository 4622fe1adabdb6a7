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
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * Computes {@link ForecastErrors} the way ZAPBench defines them, streaming: one
 * chunk of predictions and the same box of targets at a time (ZAPBench's chunks
 * are 32 windows × 1 step × 16,384 neurons, 2 MB), so memory holds a few chunks
 * per thread and one sum per step and per neuron, never the 14 GB of a full
 * test set.
 * <p>
 * Each chunk's sums are taken in a fixed order and added to the totals in chunk
 * order, so the figures do not depend on the number of threads. Differences are
 * taken in float32 for float32 arrays (as ZAPBench does), summed in float64.
 */
public final class ForecastScoring {

	private ForecastScoring() {}

	/** The errors of each forecast, in list order. */
	public static List<ForecastErrors> compute(final List<Forecast> forecasts,
		final int threads, final Progress progress) throws IOException
	{
		long chunks = 0;
		for (final Forecast f : forecasts)
			chunks += chunkCount(f);
		final WorkCounter counter = new WorkCounter(progress, chunks);
		final List<ForecastErrors> all = new ArrayList<>();
		for (final Forecast f : forecasts) {
			progress.status(f.toString());
			all.add(compute(f, threads, counter));
		}
		return all;
	}

	private static long chunkCount(final Forecast f) {
		long n = 1;
		for (final long g : f.predictions().metadata().gridShape())
			n *= g;
		return n;
	}

	static ForecastErrors compute(final Forecast f, final int threads,
		final WorkCounter counter) throws IOException
	{
		final ArrayMetadata meta = f.predictions().metadata();
		final List<long[]> grid = ChunkWriter.gridPositions(meta.gridShape());
		final double[] steps = new double[f.steps()];
		final double[] neurons = new double[f.neurons()];
		final long[] nonFinite = new long[1];
		OrderedWork.run(grid.size(), i -> () -> chunkErrors(f, grid.get(i)),
			threads, part -> {
				for (int s = 0; s < part.steps.length; s++)
					steps[part.firstStep + s] += part.steps[s];
				for (int n = 0; n < part.neurons.length; n++)
					neurons[part.firstNeuron + n] += part.neurons[n];
				nonFinite[0] += part.nonFinite;
			}, counter);
		return new ForecastErrors(f.name(), f.condition(), f.windows(), f.neurons(),
			steps, neurons, nonFinite[0]);
	}

	/** The sums of one chunk of predictions. */
	private static ChunkErrors chunkErrors(final Forecast f, final long[] g)
		throws IOException
	{
		final ArrayMetadata meta = f.predictions().metadata();
		final int[] size = meta.cellShape(g);
		final int[] chunk = meta.chunkShape();
		final long[] min = new long[3];
		for (int d = 0; d < 3; d++)
			min[d] = g[d] * chunk[d];
		final boolean doubles = !f.inSinglePrecision();
		final Object predicted = ArrayBoxes.read(f.predictions(), min, size,
			doubles);
		final Object target = ArrayBoxes.read(f.targets(), min, size, doubles);
		final ChunkErrors errors = new ChunkErrors((int) min[1], (int) min[0],
			size[1], size[0]);
		if (doubles) errors.add((double[]) target, (double[]) predicted, size[2]);
		else errors.add((float[]) target, (float[]) predicted, size[2]);
		return errors;
	}

	/**
	 * Sums of |target − prediction| over one box of [neurons, steps, windows]
	 * (fastest first), per step and per neuron.
	 */
	static final class ChunkErrors {

		final int firstStep;

		final int firstNeuron;

		final double[] steps;

		final double[] neurons;

		long nonFinite;

		ChunkErrors(final int firstStep, final int firstNeuron, final int steps,
			final int neurons)
		{
			this.firstStep = firstStep;
			this.firstNeuron = firstNeuron;
			this.steps = new double[steps];
			this.neurons = new double[neurons];
		}

		void add(final float[] target, final float[] predicted, final int windows) {
			final int nc = neurons.length;
			int i = 0;
			for (int w = 0; w < windows; w++)
				for (int s = 0; s < steps.length; s++) {
					double sum = 0;
					for (int n = 0; n < nc; n++, i++) {
						float t = target[i];
						float p = predicted[i];
						if (!(Math.abs(t) <= Float.MAX_VALUE)) {
							t = finite(t);
							nonFinite++;
						}
						if (!(Math.abs(p) <= Float.MAX_VALUE)) {
							p = finite(p);
							nonFinite++;
						}
						final float d = Math.abs(t - p);
						sum += d;
						neurons[n] += d;
					}
					steps[s] += sum;
				}
		}

		void add(final double[] target, final double[] predicted,
			final int windows)
		{
			final int nc = neurons.length;
			int i = 0;
			for (int w = 0; w < windows; w++)
				for (int s = 0; s < steps.length; s++) {
					double sum = 0;
					for (int n = 0; n < nc; n++, i++) {
						double t = target[i];
						double p = predicted[i];
						if (!(Math.abs(t) <= Double.MAX_VALUE)) {
							t = finite(t);
							nonFinite++;
						}
						if (!(Math.abs(p) <= Double.MAX_VALUE)) {
							p = finite(p);
							nonFinite++;
						}
						final double d = Math.abs(t - p);
						sum += d;
						neurons[n] += d;
					}
					steps[s] += sum;
				}
		}
	}

	/** NumPy's {@code nan_to_num} for one float32. */
	static float finite(final float v) {
		return v != v ? 0 : v > 0 ? Float.MAX_VALUE : -Float.MAX_VALUE;
	}

	/** NumPy's {@code nan_to_num} for one float64. */
	static double finite(final double v) {
		return v != v ? 0 : v > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
	}
}
