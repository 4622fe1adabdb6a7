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

package org.zapfiji.viewer.activity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.NeuronForecast;
import org.zapfiji.activity.TraceOutput;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * A recording of 3 neurons over 200 frames (slow waves) and two models of one
 * condition whose first test target is frame 100, written as real files: a
 * "close" model (the target plus a small wobble) and a "persistence" model (the
 * last frame of a 4-frame context repeated), 32 steps × 12 windows.
 */
final class PlotForecasts {

	static final int FRAMES = 200;

	static final int NEURONS = 3;

	static final int FIRST_TARGET = 100;

	static final int STEPS = 32;

	static final int WINDOWS = 12;

	private PlotForecasts() {}

	static double value(final int t, final int n) {
		return (n + 1) * Math.sin(t / 9.0) + 0.3 * Math.sin(t / 2.3 + n);
	}

	static TraceTable traces(final Path folder) throws IOException {
		final float[] v = new float[FRAMES * NEURONS];
		for (int t = 0; t < FRAMES; t++)
			for (int n = 0; n < NEURONS; n++)
				v[t * NEURONS + n] = (float) value(t, n);
		final Path file = folder.resolve("traces.npy");
		try (TraceOutput out = TraceOutput.create(file, FRAMES, NEURONS, false)) {
			out.write(v, FRAMES);
			out.commit();
		}
		return TraceTables.open(file);
	}

	/** Both models over the traces in {@code folder}. */
	static NeuronForecast forecast(final Path folder) throws IOException {
		final TraceTable traces = traces(folder);
		return new NeuronForecast(traces, FIRST_TARGET, List.of(
			new NeuronForecast.Model("close", model(folder.resolve("close"), false)),
			new NeuronForecast.Model("persistence", model(folder.resolve(
				"persistence"), true))));
	}

	private static Forecast model(final Path folder, final boolean persistence)
		throws IOException
	{
		final float[] predictions = new float[NEURONS * STEPS * WINDOWS];
		final float[] targets = new float[predictions.length];
		int i = 0;
		for (int w = 0; w < WINDOWS; w++)
			for (int s = 1; s <= STEPS; s++)
				for (int n = 0; n < NEURONS; n++, i++) {
					final int frame = FIRST_TARGET + w + s - 1;
					targets[i] = (float) value(frame, n);
					predictions[i] = (float) (persistence ? value(FIRST_TARGET + w - 1, n)
						: value(frame, n) + 0.15 * Math.sin(s * 0.7 + n));
				}
		return new Forecast("test_condition_0", array(folder.resolve("predictions"),
			predictions), array(folder.resolve("targets"), targets));
	}

	private static ZarrArray array(final Path folder, final float[] values)
		throws IOException
	{
		final ZarrArray a = ZarrArray.create(folder, ArrayMetadata.of(new long[] {
			NEURONS, STEPS, WINDOWS }, new int[] { NEURONS, STEPS, WINDOWS },
			DataType.FLOAT32, 0.0, List.of()), ZarrLayout.v2().withCompressor(null));
		a.writeChunk(new long[3], new Chunk(new int[] { NEURONS, STEPS, WINDOWS },
			values));
		return a;
	}
}
