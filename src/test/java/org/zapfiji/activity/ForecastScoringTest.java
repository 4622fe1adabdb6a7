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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.task.Progress;

/**
 * ZAPBench's MAE per step and per neuron: fixed figures worked out by hand for
 * a small forecast with NaNs, the same figures whatever the chunking and the
 * number of threads, and NumPy's figures on the same files.
 */
class ForecastScoringTest {

	@TempDir
	Path folder;

	private static List<ForecastErrors> score(final Path experiment,
		final int threads) throws IOException
	{
		return ForecastScoring.compute(Forecasts.open(experiment, null), threads,
			Progress.silent());
	}

	@Test
	void handMadeForecastGivesTheHandWorkedFigures() throws IOException {
		HandMadeForecasts.write(folder, 0, new int[] { 4, 1, 2 });
		final ForecastErrors e = score(folder, 1).get(0);
		assertEquals("test_condition_0", e.name());
		assertEquals(0, e.condition());
		assertEquals(2, e.windows());
		assertEquals(3, e.steps());
		assertEquals(4, e.neurons());
		assertArrayEquals(HandMadeForecasts.MAE_PER_STEP, e.maePerStep(), 0);
		assertArrayEquals(HandMadeForecasts.MAE_PER_NEURON, e.maePerNeuron(), 0);
		assertEquals(HandMadeForecasts.MAE, e.mae(), 0);
		assertEquals(HandMadeForecasts.NON_FINITE, e.nonFinite());
	}

	@Test
	void chunkingOfTheTargetsDoesNotMatter() throws IOException {
		for (final int[] chunk : new int[][] { { 3, 2, 1 }, { 1, 3, 2 }, { 4, 3,
			2 } })
		{
			final Path experiment = folder.resolve("chunks" + chunk[0] + chunk[1] +
				chunk[2]);
			HandMadeForecasts.write(experiment, 0, chunk);
			final ForecastErrors e = score(experiment, 2).get(0);
			assertArrayEquals(HandMadeForecasts.MAE_PER_STEP, e.maePerStep(), 0);
			assertArrayEquals(HandMadeForecasts.MAE_PER_NEURON, e.maePerNeuron(), 0);
		}
	}

	@Test
	void threadsDoNotChangeAnyBit() throws IOException {
		writeRandom(folder, 1, 37, 700, 5);
		final List<ForecastErrors> one = score(folder, 1);
		final List<ForecastErrors> three = score(folder, 3);
		assertArrayEquals(one.get(0).maePerStep(), three.get(0).maePerStep(), 0);
		assertArrayEquals(one.get(0).maePerNeuron(), three.get(0).maePerNeuron(),
			0);
	}

	@Test
	void numpyGivesTheSameFigures() throws IOException {
		NumpyMae.assume();
		HandMadeForecasts.write(folder, 0, new int[] { 3, 2, 1 });
		writeRandom(folder, 2, 37, 700, 6);
		final List<ForecastErrors> ours = score(folder, 2);
		final ForecastErrors pooled = ForecastErrors.pool("all", List.of(ours.get(
			1)));
		final JsonObject numpy = NumpyMae.compute(folder, List.of(
			"test_condition_0", "test_condition_2"));
		assertArrayEquals(HandMadeForecasts.MAE_PER_STEP, NumpyMae.values(numpy,
			"test_condition_0", "step"), 0, "NumPy agrees with the hand-worked MAE");
		assertArrayEquals(HandMadeForecasts.MAE_PER_NEURON, NumpyMae.values(numpy,
			"test_condition_0", "neuron"), 1e-15);
		close(NumpyMae.values(numpy, "test_condition_2", "step"), ours.get(1)
			.maePerStep());
		close(NumpyMae.values(numpy, "test_condition_2", "neuron"), ours.get(1)
			.maePerNeuron());
		close(NumpyMae.values(numpy, "test_condition_2", "step"), pooled
			.maePerStep());
	}

	/** Equal up to the order of float64 additions. */
	static void close(final double[] expected, final double[] actual) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++)
			assertEquals(expected[i], actual[i], 1e-12 * Math.abs(expected[i]),
				"index " + i);
	}

	@Test
	void conditionsPoolOverAllTheirWindows() throws IOException {
		HandMadeForecasts.write(folder, 0, new int[] { 4, 1, 2 });
		HandMadeForecasts.write(folder, 1, new int[] { 4, 1, 2 });
		final List<ForecastErrors> both = score(folder, 2);
		final ForecastErrors pooled = ForecastErrors.pool("all", both);
		assertEquals(4, pooled.windows());
		assertArrayEquals(HandMadeForecasts.MAE_PER_STEP, pooled.maePerStep(), 0);
		assertEquals(2 * HandMadeForecasts.NON_FINITE, pooled.nonFinite());
	}

	/**
	 * Random ΔF/F-like forecasts, {@code windows × 32 × neurons}, chunked as
	 * ZAPBench chunks (at most 32 windows, one step, at most 16,384 neurons) but
	 * with a neuron chunk of 256, and a few NaNs.
	 */
	static void writeRandom(final Path experiment, final int condition,
		final int windows, final int neurons, final long seed) throws IOException
	{
		final Random random = new Random(seed);
		final float[][][] t = new float[windows][32][neurons];
		final float[][][] p = new float[windows][32][neurons];
		for (int w = 0; w < windows; w++)
			for (int s = 0; s < 32; s++)
				for (int n = 0; n < neurons; n++) {
					t[w][s][n] = (float) (random.nextGaussian() * 0.2);
					p[w][s][n] = (float) (t[w][s][n] + random.nextGaussian() * 0.01 * (s +
						1));
					if (random.nextInt(5000) == 0) p[w][s][n] = Float.NaN;
				}
		final String name = "test_condition_" + condition;
		final int[] chunk = { 256, 1, Math.min(windows, 32) };
		HandMadeForecasts.write(experiment.resolve("predictions").resolve(name), p,
			chunk);
		HandMadeForecasts.write(experiment.resolve("targets").resolve(name), t,
			chunk);
	}
}
