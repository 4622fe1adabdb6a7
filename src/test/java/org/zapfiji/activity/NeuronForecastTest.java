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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One neuron's forecast beside its recording, on {@link HandMadeForecasts} (2
 * windows × 3 steps × 4 neurons) and a second model that predicts 0, with
 * traces whose value names the frame and neuron ({@code 10 t + n}); every
 * expected number is worked out by hand.
 */
class NeuronForecastTest {

	private static final int FIRST_TARGET = 8;

	private static final int FRAMES = 20;

	private static final float[][][] ZEROS = new float[2][3][4];

	@TempDir
	Path folder;

	private TraceTable traces;

	private NeuronForecast.Model handMade;

	private NeuronForecast.Model zeros;

	@BeforeEach
	void write() throws IOException {
		HandMadeForecasts.write(folder.resolve("a"), 0, new int[] { 2, 3, 1 });
		final Path b = folder.resolve("b");
		HandMadeForecasts.write(b.resolve("predictions/test_condition_0"), ZEROS,
			new int[] { 4, 3, 2 });
		HandMadeForecasts.write(b.resolve("targets/test_condition_0"),
			HandMadeForecasts.TARGETS, new int[] { 1, 1, 1 });
		handMade = new NeuronForecast.Model("hand made", Forecasts.open(folder
			.resolve("a/predictions"), null).get(0));
		zeros = new NeuronForecast.Model("zeros", Forecasts.open(b.resolve(
			"predictions"), null).get(0));
		final float[] values = new float[FRAMES * 4];
		for (int t = 0; t < FRAMES; t++)
			for (int n = 0; n < 4; n++)
				values[t * 4 + n] = 10 * t + n;
		final Path csv = folder.resolve("traces.csv");
		try (TraceOutput out = TraceOutput.create(csv, FRAMES, 4, false)) {
			out.write(values, FRAMES);
			out.commit();
		}
		traces = TraceTables.open(csv);
	}

	@Test
	void traceContextPredictionsAndErrorsOfOneNeuron() throws IOException {
		final NeuronForecast.Result r = new NeuronForecast(traces, FIRST_TARGET,
			List.of(handMade, zeros)).read(1, 1, 4, 2);
		assertEquals(1, r.column());
		assertEquals(2, r.label());
		assertEquals(1, r.window());
		// window 1 predicts frames 9..11; its 4 frames of context are 5..8
		assertEquals(5, r.contextFrom());
		assertEquals(8, r.contextTo());
		// 2 frames of margin: 3..13
		assertEquals(3, r.traceFrom());
		assertArrayEquals(new double[] { 31, 41, 51, 61, 71, 81, 91, 101, 111, 121,
			131 }, r.trace());
		final NeuronForecast.Prediction a = r.predictions().get(0);
		assertEquals("hand made", a.name());
		assertArrayEquals(new int[] { 9, 10, 11 }, a.frames());
		assertArrayEquals(new double[] { 1, 1, 0.25 }, a.predicted());
		assertArrayEquals(new double[] { 1, 0, 0 }, a.targets());
		assertArrayEquals(new double[] { 0, 1, 0.25 }, a.errors());
		assertEquals(1.25 / 3, a.meanError(), 1e-12);
		final NeuronForecast.Prediction z = r.predictions().get(1);
		assertEquals("zeros", z.name());
		assertArrayEquals(new double[] { 0, 0, 0 }, z.predicted());
		assertArrayEquals(new double[] { 1, 0, 0 }, z.errors());
	}

	@Test
	void nanCountsAsZeroInTheErrorButStaysNanInThePlot() throws IOException {
		final NeuronForecast forecast = new NeuronForecast(traces, FIRST_TARGET,
			List.of(handMade));
		// neuron 0, window 0: targets {0, NaN, 2}, predictions {0.5, 0.25, 0}
		NeuronForecast.Prediction p = forecast.read(0, 0, 4, 0).predictions().get(
			0);
		assertTrue(Double.isNaN(p.targets()[1]));
		assertArrayEquals(new double[] { 0.5, 0.25, 2 }, p.errors());
		// neuron 3, window 0: targets {3, 1, 2}, predictions {NaN, 1, 2.5}
		p = forecast.read(3, 0, 4, 0).predictions().get(0);
		assertTrue(Double.isNaN(p.predicted()[0]));
		assertArrayEquals(new double[] { 3, 0, 0.5 }, p.errors());
	}

	@Test
	void errorsAveragedOverNeuronsAndWindowsAreZapbenchsMaePerStep()
		throws IOException
	{
		final NeuronForecast forecast = new NeuronForecast(null, FIRST_TARGET, List
			.of(handMade));
		final double[] sums = new double[3];
		for (int w = 0; w < 2; w++)
			for (int n = 0; n < 4; n++) {
				final double[] e = forecast.read(n, w, 4, 0).predictions().get(0)
					.errors();
				for (int s = 0; s < 3; s++)
					sums[s] += e[s] / 8;
			}
		assertArrayEquals(HandMadeForecasts.MAE_PER_STEP, sums, 1e-12);
	}

	@Test
	void theSpanIsClippedToTheRecording() throws IOException {
		final NeuronForecast.Result r = new NeuronForecast(traces, FIRST_TARGET,
			List.of(handMade), n -> 100 + n).read(2, 0, 256, 100);
		assertEquals(102, r.label());
		assertEquals(0, r.traceFrom());
		assertEquals(FRAMES, r.trace().length);
		assertEquals(192, r.trace()[FRAMES - 1]);
		assertEquals(8 - 256, r.contextFrom(), "the context is where the model " +
			"saw it, even before the recording");
		assertEquals(7, r.contextTo());
		assertEquals(0, new NeuronForecast(null, FIRST_TARGET, List.of(handMade))
			.read(2, 0, 4, 4).trace().length, "no traces: only the forecast");
	}

	@Test
	void modelsArePickedByCondition() throws IOException {
		final java.util.Map<String, List<Forecast>> models =
			new java.util.LinkedHashMap<>();
		models.put("zeros", List.of(zeros.forecast()));
		models.put("hand made", List.of(handMade.forecast()));
		final Conditions conditions = Conditions.zapbench();
		final NeuronForecast f = NeuronForecast.of(traces, conditions, 0, models);
		assertEquals(List.of("zeros", "hand made"), f.models().stream().map(
			NeuronForecast.Model::name).collect(java.util.stream.Collectors
				.toList()));
		assertEquals(conditions.firstTestTarget(0), f.read(0, 0, 4, 0).predictions()
			.get(0).frames()[0]);
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> NeuronForecast.of(traces,
				conditions, 1, models));
		assertTrue(e.getMessage().contains("condition 1 (dots)"), e.getMessage());
	}

	@Test
	void aNeuronOrWindowOutsideTheForecastIsRefusedNamingIt() {
		final NeuronForecast forecast = new NeuronForecast(traces, FIRST_TARGET,
			List.of(handMade));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> forecast.read(0, 2, 4, 0));
		assertTrue(e.getMessage().contains("test_condition_0") && e.getMessage()
			.contains("no window 2 (expected 0..1)"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> forecast.read(4, 0,
			4, 0));
		assertTrue(e.getMessage().contains("no neuron column 4"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new NeuronForecast(
			traces, FIRST_TARGET, List.of()));
	}
}
