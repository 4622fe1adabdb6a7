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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;

/**
 * On the generated mini-ZAPBench, whose forecasts and traces are written
 * independently: the plot's forecast frames hold the recorded values the
 * forecasts were scored against (the window indexing is right), and every
 * neuron's centroid lies where the generator put its nucleus.
 */
class NeuronForecastMiniTest {

	@TempDir
	static Path folder;

	static Path root;

	@BeforeAll
	static void write() throws IOException {
		root = MiniZapbenchFiles.write(folder.resolve("mini"));
	}

	@Test
	void theForecastFramesHoldTheRecordedTargets() throws IOException {
		final List<Forecast> forecasts = Forecasts.open(root.resolve(
			MiniZapbenchFiles.EXPERIMENT).resolve("predictions"), null);
		final Conditions conditions = Conditions.findAbove(root.resolve(
			MiniZapbenchFiles.EXPERIMENT).resolve("predictions"));
		final TraceTable traces = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		int checked = 0;
		for (final Forecast f : forecasts) {
			final int first = conditions.firstTestTarget(f.condition());
			final NeuronForecast plot = new NeuronForecast(traces, first, List.of(
				new NeuronForecast.Model(f.name(), f)));
			for (final int w : new int[] { 0, f.windows() - 1 })
				for (final int n : new int[] { 0, traces.neurons() / 2, traces
					.neurons() - 1 })
				{
					final NeuronForecast.Result r = plot.read(n, w, 4, 3);
					final NeuronForecast.Prediction p = r.predictions().get(0);
					final double[] trace = r.trace();
					final int[] frames = p.frames();
					final double[] recorded = new double[frames.length];
					for (int s = 0; s < frames.length; s++)
						recorded[s] = trace[frames[s] - r.traceFrom()];
					assertArrayEquals(p.targets(), recorded, 1e-6, f.name() + " window " +
						w + " neuron " + n);
					assertEquals(first + w - 4, r.contextFrom());
					checked++;
				}
		}
		assertTrue(checked >= 18, "checked " + checked);
	}

	@Test
	void centroidsLieAtTheGeneratedNuclei() throws IOException {
		final Volume segmentation = MiniZapbenchFiles.open(root,
			MiniZapbenchFiles.SEGMENTATION);
		final SegmentCentroids c = SegmentCentroids.compute(segmentation, 2,
			Progress.silent());
		assertEquals(List.of("z", "y", "x"), c.axes(), "stored z fastest");
		final List<double[]> truth = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		final double[] micronsPerVoxel = { 0.406, 0.406, 4.0 };
		int near = 0;
		for (int k = 0; k < truth.size(); k++) {
			final double[] centroid = c.centroidXyz(k + 1);
			if (centroid == null) continue; // a nucleus wholly hidden by others
			final double[] t = truth.get(k);
			double d = 0;
			for (int a = 0; a < 3; a++) {
				final double e = (centroid[a] * micronsPerVoxel[a] - t[a]) / (a < 2
					? t[3] : t[4]);
				d += e * e;
			}
			if (Math.sqrt(d) < 0.5) near++;
			else if (k < 3) System.out.println(segmentation.axes() + " " +
				java.util.Arrays.toString(segmentation.metadata().shape()) + " " +
				java.util.Arrays.toString(centroid) + " vs " + java.util.Arrays
					.toString(t));
		}
		assertTrue(c.labels().length >= truth.size() * 9 / 10, c.labels().length +
			" labels of " + truth.size());
		assertTrue(near >= truth.size() * 9 / 10, near + " of " + truth.size() +
			" centroids within half a radius of the nucleus");
	}
}
