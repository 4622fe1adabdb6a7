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

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.zarr.ZarrArray;

/**
 * Reads the mini-ZAPBench back through the data layer's readers, chunk by
 * chunk, into plain arrays indexed the way the checks need them: volumes x
 * fastest, traces [frame][neuron], forecasts [window][step][neuron]. Written
 * independently of the generator's chunk cutting.
 */
final class MiniZapbenchContents {

	/** Receives one voxel of an x, y, z, t array. */
	interface VoxelConsumer {

		void accept(int x, int y, int z, int t, float value);
	}

	private MiniZapbenchContents() {}

	/** Every voxel of a float32 array with axes t, z, y, x (fastest first). */
	static void forEachVoxel(final ChunkedArray array,
		final VoxelConsumer consumer) throws IOException
	{
		final ArrayMetadata meta = array.metadata();
		final int[] size = meta.chunkShape();
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk chunk = array.readChunk(g);
			final int[] cell = chunk.shape();
			final float[] data = (float[]) chunk.data();
			int i = 0;
			for (int x = 0; x < cell[3]; x++)
				for (int y = 0; y < cell[2]; y++)
					for (int z = 0; z < cell[1]; z++)
						for (int t = 0; t < cell[0]; t++)
							consumer.accept((int) g[3] * size[3] + x, (int) g[2] * size[2] +
								y, (int) g[1] * size[1] + z, (int) g[0] * size[0] + t,
								data[i++]);
		}
	}

	/** One frame of a float32 x, y, z, t array, x fastest. */
	static float[] frame(final ChunkedArray array, final int frame)
		throws IOException
	{
		final long[] shape = array.metadata().shape();
		final int w = (int) shape[3];
		final int h = (int) shape[2];
		final float[] volume = new float[(int) (shape[1] * h * w)];
		forEachVoxel(array, (x, y, z, t, v) -> {
			if (t == frame) volume[x + w * (y + h * z)] = v;
		});
		return volume;
	}

	/** Labels of a uint64 z, y, x array, x fastest. */
	static long[] labels(final ChunkedArray array) throws IOException {
		final ArrayMetadata meta = array.metadata();
		final long[] shape = meta.shape();
		final int[] size = meta.chunkShape();
		final long[] labels = new long[(int) (shape[0] * shape[1] * shape[2])];
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk chunk = array.readChunk(g);
			final int[] cell = chunk.shape();
			final long[] data = (long[]) chunk.data();
			int i = 0;
			for (int x = 0; x < cell[2]; x++)
				for (int y = 0; y < cell[1]; y++)
					for (int z = 0; z < cell[0]; z++)
						labels[(int) (g[2] * size[2] + x + shape[2] * (g[1] * size[1] + y +
							shape[1] * (g[0] * size[0] + z)))] = data[i++];
		}
		return labels;
	}

	/** The Zarr [T, N] traces as [frame][neuron]. */
	static float[][] traces(final ChunkedArray array) throws IOException {
		final ArrayMetadata meta = array.metadata();
		final long[] shape = meta.shape();
		final int[] size = meta.chunkShape();
		final float[][] traces = new float[(int) shape[1]][(int) shape[0]];
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk chunk = array.readChunk(g);
			final int[] cell = chunk.shape();
			final float[] data = (float[]) chunk.data();
			for (int t = 0; t < cell[1]; t++)
				for (int n = 0; n < cell[0]; n++)
					traces[(int) g[1] * size[1] + t][(int) g[0] * size[0] + n] = data[n +
						cell[0] * t];
		}
		return traces;
	}

	/** A Zarr v2 [window, step, neuron] forecast as [window][step][neuron]. */
	static float[][][] forecast(final Path folder) throws IOException {
		final ZarrArray array = ZarrArray.open(folder);
		final long[] shape = array.metadata().shape();
		final int[] size = array.metadata().chunkShape();
		final float[][][] values =
			new float[(int) shape[2]][(int) shape[1]][(int) shape[0]];
		for (final long[] g : ChunkWriter.gridPositions(array.metadata()
			.gridShape()))
		{
			final Chunk chunk = array.readChunk(g);
			final int[] cell = chunk.shape();
			final float[] data = (float[]) chunk.data();
			for (int w = 0; w < cell[2]; w++)
				for (int s = 0; s < cell[1]; s++)
					for (int n = 0; n < cell[0]; n++)
						values[(int) g[2] * size[2] + w][(int) g[1] * size[1] +
							s][(int) g[0] * size[0] + n] = data[n + cell[0] * (s + cell[1] *
								w)];
		}
		return values;
	}
}
