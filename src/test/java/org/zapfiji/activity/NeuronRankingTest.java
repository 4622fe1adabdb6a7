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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.task.Progress;

/** Neurons worst first, ties in column order, NaN last, labels plugged in. */
class NeuronRankingTest {

	@TempDir
	Path folder;

	private static int[] columns(final NeuronRanking r) {
		return r.entries().stream().mapToInt(NeuronRanking.Entry::column).toArray();
	}

	@Test
	void worstFirstTiesByColumnNanLast() {
		final NeuronRanking r = NeuronRanking.of(new double[] { 0.5, Double.NaN, 2,
			0.5, Double.POSITIVE_INFINITY, 0 }, n -> 10 * n);
		assertArrayEquals(new int[] { 4, 2, 0, 3, 5, 1 }, columns(r));
		assertEquals(6, r.size());
		assertEquals(40, r.worst().label());
		assertEquals(1, r.worst().rank());
		final NeuronRanking.Entry third = r.entries().get(2);
		assertEquals(3, third.rank());
		assertEquals(0, third.column());
		assertEquals(0, third.label());
		assertEquals(0.5, third.mae());
		assertEquals(2, r.ofLabel(20).column());
		assertNull(r.ofLabel(7));
		assertNull(NeuronRanking.of(new double[0], n -> n).worst());
	}

	@Test
	void ranksAForecastsNeuronsByZapbenchsMaePerNeuron() throws IOException {
		HandMadeForecasts.write(folder, 0, new int[] { 4, 1, 2 });
		final List<ForecastErrors> errors = ForecastScoring.compute(Forecasts.open(
			folder.resolve("predictions"), null), 1, Progress.silent());
		final NeuronRanking r = NeuronRanking.of(errors.get(0));
		// MAE per neuron 0.625, 3.5/6, 2/6, 3.5/6: neuron 0, then 1 and 3 tied
		assertArrayEquals(new int[] { 0, 1, 3, 2 }, columns(r));
		assertArrayEquals(new int[] { 1, 2, 4, 3 }, r.entries().stream().mapToInt(
			NeuronRanking.Entry::label).toArray());
		assertEquals(HandMadeForecasts.MAE_PER_NEURON[0], r.worst().mae(), 1e-12);
	}
}
