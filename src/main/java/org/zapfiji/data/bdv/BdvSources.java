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

package org.zapfiji.data.bdv;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;
import org.zapfiji.data.n5.BlockCrops;

/**
 * What the writers need from the volumes they write: checks that each is x, y,
 * z with an optional t, its setup description, and its voxels one timepoint and
 * one x, y, z block at a time (whatever the source's chunking along t).
 */
final class BdvSources {

	private BdvSources() {}

	/**
	 * @return the number of timepoints, the same in every volume
	 * @throws IllegalArgumentException if a volume is not x, y, z(, t) or the
	 *           timepoints differ
	 */
	static int check(final List<Volume> volumes) {
		if (volumes.isEmpty()) throw new IllegalArgumentException(
			"nothing to write: no volumes");
		int timepoints = -1;
		for (final Volume v : volumes) {
			final List<String> axes = v.axes();
			if (!(axes.equals(List.of("x", "y", "z")) || axes.equals(List.of("x", "y",
				"z", "t")))) throw new IllegalArgumentException(v.name() +
					": BigDataViewer needs axes x, y, z or x, y, z, t; found " + axes);
			final int t = timepoints(v);
			if (timepoints >= 0 && t != timepoints)
				throw new IllegalArgumentException(v.name() + ": " + t +
					" timepoints, the others have " + timepoints);
			timepoints = t;
		}
		return timepoints;
	}

	static int timepoints(final Volume v) {
		final int t = v.axis("t");
		return t < 0 ? 1 : Math.toIntExact(v.metadata().shape()[t]);
	}

	static BdvViewSetup setup(final int id, final Volume v) {
		final long[] shape = v.metadata().shape();
		final double[] s = v.spacing();
		final String unit = v.units().get(0).isEmpty() ? "pixel" : v.units().get(0);
		return new BdvViewSetup(id, v.name(), new long[] { shape[0], shape[1],
			shape[2] }, unit, new double[] { s[0], s[1], s[2] });
	}

	/** The x, y, z chunk shape of a level, the block size it is written in. */
	static int[] blockShape(final ChunkedArray level) {
		return Arrays.copyOf(level.metadata().chunkShape(), 3);
	}

	/**
	 * The voxels of x, y, z block {@code grid} at timepoint {@code t}, shaped by
	 * the level's x, y, z chunking, or null if the chunk is not stored.
	 */
	static Chunk block(final ChunkCache cache, final ChunkedArray level,
		final long[] grid, final int t) throws IOException
	{
		final ArrayMetadata meta = level.metadata();
		if (meta.numDimensions() == 3) return cache.get(level, grid);
		final int chunkT = meta.chunkShape()[3];
		final Chunk chunk = cache.get(level, new long[] { grid[0], grid[1], grid[2],
			t / chunkT });
		if (chunk == null) return null;
		final int[] shape = chunk.shape();
		final int[] xyz = Arrays.copyOf(shape, 3);
		final int n = BlockCrops.elements(xyz);
		if (shape[3] == 1) return new Chunk(xyz, chunk.data());
		final Object slice = meta.dataType().allocate(n);
		System.arraycopy(chunk.data(), (t % chunkT) * n, slice, 0, n);
		return new Chunk(xyz, slice);
	}
}
