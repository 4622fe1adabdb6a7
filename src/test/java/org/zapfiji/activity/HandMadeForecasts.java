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
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * A forecast small enough to score by hand: 2 windows × 3 steps × 4 neurons,
 * with NaN in targets and predictions, in ZAPBench's layout
 * ({@code predictions/test_condition_0}, {@code targets/test_condition_0}, Zarr
 * v2 float32). The expected figures below are worked out by hand from
 * ZAPBench's formula, NaN counted as 0 before subtracting.
 */
final class HandMadeForecasts {

	static final float NAN = Float.NaN;

	/** [window][step][neuron]. */
	static final float[][][] TARGETS = { //
		{ { 0, 1, 2, 3 }, { NAN, 1, 1, 1 }, { 2, 2, 2, 2 } }, //
		{ { 1, 1, 1, 1 }, { 0, 0, 0, 0 }, { NAN, 0, 0, 0 } } };

	static final float[][][] PREDICTIONS = { //
		{ { 0.5f, 1, 1, NAN }, { 0.25f, 0.75f, 1.5f, 1 }, { 0, 4, 2, 2.5f } }, //
		{ { 1, 1, 1, 1 }, { -1, 1, -0.5f, NAN }, { NAN, 0.25f, 0, 0 } } };

	/**
	 * |t − p| per window and step: w0 {0.5, 0, 1, 3} {0.25, 0.25, 0.5, 0} {2, 2,
	 * 0, 0.5}; w1 {0, 0, 0, 0} {1, 1, 0.5, 0} {0, 0.25, 0, 0}. Step sums 4.5 + 0,
	 * 1 + 2.5, 4.5 + 0.25 over 8 values each.
	 */
	static final double[] MAE_PER_STEP = { 0.5625, 0.4375, 0.59375 };

	/** Neuron sums 3.75, 3.5, 2, 3.5 over 6 values each. */
	static final double[] MAE_PER_NEURON = { 0.625, 3.5 / 6, 2.0 / 6, 3.5 / 6 };

	static final double MAE = 12.75 / 24;

	static final long NON_FINITE = 5;

	private HandMadeForecasts() {}

	/**
	 * Writes the pair under {@code experiment} as {@code test_condition_<i>};
	 * {@code targetChunk} (fastest first: neurons, steps, windows) may differ
	 * from the predictions' ZAPBench-like [4, 1, 2].
	 */
	static void write(final Path experiment, final int condition,
		final int[] targetChunk) throws IOException
	{
		final String name = "test_condition_" + condition;
		write(experiment.resolve("predictions").resolve(name), PREDICTIONS,
			new int[] { 4, 1, 2 });
		write(experiment.resolve("targets").resolve(name), TARGETS, targetChunk);
	}

	static void write(final Path folder, final float[][][] values,
		final int[] chunk) throws IOException
	{
		final int windows = values.length;
		final int steps = values[0].length;
		final int neurons = values[0][0].length;
		final float[] all = new float[windows * steps * neurons];
		for (int w = 0; w < windows; w++)
			for (int s = 0; s < steps; s++)
				System.arraycopy(values[w][s], 0, all, (w * steps + s) * neurons,
					neurons);
		final ZarrArray array = ZarrArray.create(folder, ArrayMetadata.of(
			new long[] { neurons, steps, windows }, chunk, DataType.FLOAT32, 0.0, List
				.of()), ZarrLayout.v2().withCompressor(null));
		final ArrayMetadata meta = array.metadata();
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] cell = meta.cellShape(g);
			final float[] data = new float[cell[0] * cell[1] * cell[2]];
			int i = 0;
			for (int w = 0; w < cell[2]; w++)
				for (int s = 0; s < cell[1]; s++)
					for (int n = 0; n < cell[0]; n++)
						data[i++] = all[(int) (((g[2] * chunk[2] + w) * steps + g[1] *
							chunk[1] + s) * neurons + g[0] * chunk[0] + n)];
			array.writeChunk(g, new Chunk(cell, data));
		}
	}
}
