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

package org.zapfiji.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import org.zapfiji.data.Chunk;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.JsonDocuments;
import org.zapfiji.data.zarr.ZarrArray;

/**
 * Forecasts in ZAPBench's inference layout:
 * {@code inference/<date>/<xid>/{predictions,targets}/test_condition_<i>/}
 * (held-out conditions: {@code test_holdout_condition_<i>}), each a Zarr v2
 * array of window × 32 steps × neuron.
 * <p>
 * Targets are cut from the traces where ZAPBench's window rule, applied to the
 * constants the mini-ZAPBench records ({@code zapbench_constants}), puts them:
 * window w of a condition holds the 32 frames from the condition's first test
 * target F plus w, so its step s (1..32) is frame F + w + s − 1. F is the start
 * of the test split (the last {@link #TEST_FRACTION} of the condition less its
 * padding), or {@link #CONTEXT} frames into a held-out condition (see
 * {@link #firstTarget}). ZAPBench's windows stay inside the condition; the
 * mini's conditions are shorter than one horizon, so these windows run on into
 * the following conditions, where ZAPBench would evaluate none.
 * <p>
 * Predictions are the targets plus an error that grows with the step ahead, as
 * a real forecaster's does: prediction = target + σ(s) · u, with σ(s) =
 * {@link #ERROR_AT_STEP_1} + {@link #ERROR_GROWTH} · (s - 1) for step s = 1..32
 * and u a fixed pattern per window and neuron (a sign times a magnitude, scaled
 * so that the mean of |u| is 1). The MAE at step s is therefore σ(s) up to
 * float rounding: it rises from 0.01 to 0.134.
 */
final class MiniForecasts {

	/**
	 * Frames of context before the first predicted frame (ZAPBench: 4 or 256),
	 * recorded as {@code max_context_length}: where a held-out condition's test
	 * windows start.
	 */
	static final int CONTEXT = 4;

	/** ZAPBench's {@code VAL_FRACTION}: validation part of each condition. */
	static final double VAL_FRACTION = 0.1;

	/** ZAPBench's {@code TEST_FRACTION}: test part, at each condition's end. */
	static final double TEST_FRACTION = 0.2;

	static final int WINDOWS = 3;

	static final double ERROR_AT_STEP_1 = 0.01;

	static final double ERROR_GROWTH = 0.004;

	private MiniForecasts() {}

	/** The expected mean absolute error at step {@code s} (1-based). */
	static double error(final int s) {
		return ERROR_AT_STEP_1 + ERROR_GROWTH * (s - 1);
	}

	/** The array folder name ZAPBench uses for {@code condition}. */
	static String name(final int condition) {
		return MiniZapbench.isHeldOut(condition) ? "test_holdout_condition_" +
			condition : "test_condition_" + condition;
	}

	/**
	 * The frame step 1 of window 0 predicts: ZAPBench's test split rule
	 * ({@code zapbench/data_utils.py}), written out here rather than taken from
	 * the code under test, so that a test can hold the two against each other. A
	 * condition spans its offsets less {@link MiniZapbench#CONDITION_PADDING} at
	 * each end; of its length L, {@code int(L × 0.1)} frames are validation and
	 * the last {@code int(L × 0.2)} test. A held-out condition is tested from
	 * {@link #CONTEXT} frames after its start.
	 */
	static int firstTarget(final int condition) {
		final int[] offsets = MiniZapbench.conditionOffsets();
		final int start = offsets[condition] + MiniZapbench.CONDITION_PADDING;
		final int end = offsets[condition + 1] - MiniZapbench.CONDITION_PADDING;
		if (MiniZapbench.isHeldOut(condition)) return start + CONTEXT;
		final int length = end - start;
		final int test = (int) (length * TEST_FRACTION);
		final int val = (int) (length * VAL_FRACTION);
		return start + (length - test - val) + val;
	}

	/**
	 * Writes targets and predictions for {@code condition} under
	 * {@code experiment} (the {@code inference/<date>/<xid>} folder).
	 *
	 * @param traces [frame][neuron]
	 */
	static void write(final Path experiment, final int condition,
		final float[][] traces, final long seed) throws IOException
	{
		final int neurons = traces[0].length;
		final int first = firstTarget(condition);
		if (first + WINDOWS + MiniZapbench.HORIZON - 1 > traces.length)
			throw new IllegalStateException("condition " + condition +
				": windows from frame " + first + " run past the " + traces.length +
				" frames");
		final float[][][] targets = new float[WINDOWS][MiniZapbench.HORIZON][];
		for (int w = 0; w < WINDOWS; w++)
			for (int s = 0; s < MiniZapbench.HORIZON; s++)
				targets[w][s] = traces[first + w + s].clone();
		final double[][] pattern = errorPattern(neurons, new Random(seed * 31 +
			condition));
		final float[][][] predictions = new float[WINDOWS][MiniZapbench.HORIZON][];
		for (int w = 0; w < WINDOWS; w++)
			for (int s = 0; s < MiniZapbench.HORIZON; s++) {
				predictions[w][s] = new float[neurons];
				for (int n = 0; n < neurons; n++)
					predictions[w][s][n] = (float) (targets[w][s][n] + error(s + 1) *
						pattern[w][n]);
			}
		writeArray(experiment.resolve("targets").resolve(name(condition)), targets);
		writeArray(experiment.resolve("predictions").resolve(name(condition)),
			predictions);
	}

	private static double[][] errorPattern(final int neurons,
		final Random random)
	{
		final double[][] u = new double[WINDOWS][neurons];
		double sum = 0;
		for (int w = 0; w < WINDOWS; w++)
			for (int n = 0; n < neurons; n++) {
				u[w][n] = (random.nextBoolean() ? 1 : -1) * (0.5 + random.nextDouble());
				sum += Math.abs(u[w][n]);
			}
		final double mean = sum / (WINDOWS * neurons);
		for (final double[] row : u)
			for (int n = 0; n < neurons; n++)
				row[n] /= mean;
		return u;
	}

	/** One chunk per step: [windows, 1, neurons] in Zarr order. */
	private static void writeArray(final Path folder, final float[][][] values)
		throws IOException
	{
		final int windows = values.length;
		final int neurons = values[0][0].length;
		final ZarrArray array = ZarrArray.create(folder, ZapbenchLayouts.forecast(
			windows, neurons), ZapbenchLayouts.forecasts());
		for (int s = 0; s < MiniZapbench.HORIZON; s++) {
			final float[] data = new float[windows * neurons];
			for (int w = 0; w < windows; w++)
				System.arraycopy(values[w][s], 0, data, w * neurons, neurons);
			array.writeChunk(new long[] { 0, s, 0 }, new Chunk(new int[] { neurons, 1,
				windows }, data));
		}
		nullFillValue(folder);
	}

	/**
	 * TensorStore writes {@code "fill_value": null} when none is given
	 * (inferred); our writer always writes a number.
	 */
	private static void nullFillValue(final Path folder) throws IOException {
		final FileStore store = new FileStore(folder);
		final JsonObject zarray = JsonDocuments.read(store, ".zarray");
		zarray.add("fill_value", JsonNull.INSTANCE);
		JsonDocuments.write(store, ".zarray", zarray);
	}
}
