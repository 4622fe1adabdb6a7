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
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;

/**
 * Cuts one volume (a flat primitive array, x fastest) into the chunks of an
 * array whose dimensions are, fastest first, z, y, x or t, z, y, x: ZAPBench's
 * x, y, z(, t) Zarr order reversed. Frame after frame, so that memory holds one
 * volume however long the recording.
 */
final class VolumeChunks {

	private VolumeChunks() {}

	/**
	 * Writes {@code volume} as time point {@code t} (ignored for 3-D arrays); the
	 * array's chunks must be one frame long.
	 *
	 * @param volume a short[], float[] or long[] of width × height × depth
	 */
	static void write(final ChunkedArray array, final int t, final Object volume)
		throws IOException
	{
		final ArrayMetadata meta = array.metadata();
		final int n = meta.numDimensions();
		final long[] shape = meta.shape();
		final int width = (int) shape[n - 1];
		final int height = (int) shape[n - 2];
		if (n == 4 && meta.chunkShape()[0] != 1) throw new IllegalArgumentException(
			array.location() + ": chunks must hold one frame");
		final long[] grid = meta.gridShape();
		final long[] space = { grid[n - 3], grid[n - 2], grid[n - 1] };
		for (final long[] g : ChunkWriter.gridPositions(space)) {
			final long[] position = n == 4 ? new long[] { t, g[0], g[1], g[2] } : g;
			array.writeChunk(position, cut(meta, position, volume, width, height));
		}
	}

	/**
	 * The chunk's elements in fastest-first order: element (z', y', x') is at
	 * {@code z' + cz * (y' + cy * x')}.
	 */
	private static Chunk cut(final ArrayMetadata meta, final long[] position,
		final Object volume, final int width, final int height)
	{
		final int n = position.length;
		final int[] cell = meta.cellShape(position);
		final int[] chunk = meta.chunkShape();
		final int cz = cell[n - 3];
		final int cy = cell[n - 2];
		final int cx = cell[n - 1];
		final int z0 = (int) position[n - 3] * chunk[n - 3];
		final int y0 = (int) position[n - 2] * chunk[n - 2];
		final int x0 = (int) position[n - 1] * chunk[n - 1];
		final Object data = meta.dataType().allocate(cz * cy * cx);
		int i = 0;
		for (int x = x0; x < x0 + cx; x++)
			for (int y = y0; y < y0 + cy; y++)
				for (int z = z0; z < z0 + cz; z++)
					System.arraycopy(volume, x + width * (y + height * z), data, i++, 1);
		return new Chunk(cell, data);
	}

	/** Every grid position of {@code array}, fastest first. */
	static List<long[]> positions(final ChunkedArray array) {
		return ChunkWriter.gridPositions(array.metadata().gridShape());
	}
}
