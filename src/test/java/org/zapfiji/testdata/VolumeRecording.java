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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrGroup;

/**
 * Writes the time-resolved volumes of the mini-ZAPBench frame by frame: the raw
 * video, ΔF/F at three scales, and, from the s0 ΔF/F, the traces.
 */
final class VolumeRecording {

	static final int LEVELS = 3;

	/**
	 * Frames in flight; more than the cores, since writes wait for the disk
	 * (every chunk is synced). Output does not depend on it.
	 */
	static final int THREADS = 8;

	private final Path volumes;

	private final MiniScene scene;

	VolumeRecording(final Path volumes, final MiniScene scene) {
		this.volumes = volumes;
		this.scene = scene;
	}

	/**
	 * @param noiseSeed seeds the camera noise of each frame
	 * @return traces, [frame][neuron]
	 */
	float[][] write(final long noiseSeed) throws IOException {
		final ZarrArray raw = ZarrArray.create(volumes.resolve("raw"),
			ZapbenchLayouts.raw(), ZapbenchLayouts.volume(4)).writeAttributes(
				ZapbenchLayouts.dimensionUnits(1, true));
		final Path dffFolder = volumes.resolve("df_over_f_xyz_chunked");
		final ZarrGroup dffGroup = ZarrGroup.create(dffFolder, 3, java.util.Map
			.of());
		final ZarrArray[] dff = new ZarrArray[LEVELS];
		for (int level = 0; level < LEVELS; level++)
			dff[level] = dffGroup.createArray("s" + level, ZapbenchLayouts
				.deltaFOverF(level), ZapbenchLayouts.volume(4)).writeAttributes(
					ZapbenchLayouts.dimensionUnits(1 << level, true));
		final int[] labels = scene.labels();
		final Random noiseSeeds = new Random(noiseSeed);
		final long[] frameSeeds = new long[MiniZapbench.FRAMES];
		for (int t = 0; t < frameSeeds.length; t++)
			frameSeeds[t] = noiseSeeds.nextLong();
		final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			final List<Future<float[]>> rows = new ArrayList<>();
			for (int t = 0; t < MiniZapbench.FRAMES; t++) {
				final int frame = t;
				rows.add(pool.submit(() -> writeFrame(frame, raw, dff, labels,
					frameSeeds[frame])));
			}
			final float[][] traces = new float[MiniZapbench.FRAMES][];
			for (int t = 0; t < traces.length; t++)
				traces[t] = rows.get(t).get();
			return traces;
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while writing " + volumes, e);
		}
		catch (final ExecutionException e) {
			if (e.getCause() instanceof IOException) throw (IOException) e.getCause();
			throw new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Raw and ΔF/F of frame {@code t}; returns the frame's traces. */
	private float[] writeFrame(final int t, final ZarrArray raw,
		final ZarrArray[] dff, final int[] labels, final long noiseSeed)
		throws IOException
	{
		final double[] change = scene.change(t);
		VolumeChunks.write(raw, t, scene.raw(change, new Random(noiseSeed)));
		float[] level = scene.deltaFOverF(change);
		final float[] traces = segmentMeans(level, labels, scene.neuronCount());
		int width = MiniZapbench.WIDTH;
		int height = MiniZapbench.HEIGHT;
		for (int l = 0; l < LEVELS; l++) {
			if (l > 0) {
				level = halveXY(level, width, height);
				width /= 2;
				height /= 2;
			}
			VolumeChunks.write(dff[l], t, level);
		}
		return traces;
	}

	/**
	 * Mean over each segment, summed in double (exact for ΔF/F in multiples of
	 * 2^-10) and rounded once to float.
	 */
	static float[] segmentMeans(final float[] values, final int[] labels,
		final int neurons)
	{
		final double[] sums = new double[neurons + 1];
		final int[] counts = new int[neurons + 1];
		for (int v = 0; v < values.length; v++) {
			sums[labels[v]] += values[v];
			counts[labels[v]]++;
		}
		final float[] means = new float[neurons];
		for (int n = 0; n < neurons; n++)
			means[n] = (float) (sums[n + 1] / counts[n + 1]);
		return means;
	}

	/**
	 * Mean of each 2 × 2 block in x and y (z kept); exact in float for ΔF/F in
	 * multiples of 2^-10 or 2^-12.
	 */
	static float[] halveXY(final float[] volume, final int width,
		final int height)
	{
		final int depth = volume.length / (width * height);
		final int w = width / 2;
		final int h = height / 2;
		final float[] half = new float[w * h * depth];
		for (int z = 0; z < depth; z++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					final int v = 2 * x + width * (2 * y + height * z);
					half[x + w * (y + h * z)] = (volume[v] + volume[v + 1] + volume[v +
						width] + volume[v + width + 1]) * 0.25f;
				}
		return half;
	}
}
