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

package org.zapfiji.labels;

import java.io.IOException;
import java.lang.reflect.Array;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;

/** Whole 3D arrays gathered chunk by chunk, x fastest, for checking. */
final class LabelArrays {

	private LabelArrays() {}

	/** Every voxel of a label array (axes x, y, z, fastest first). */
	static double[] all(final ChunkedArray array) throws IOException {
		return all(array, new int[] { 0, 1, 2 });
	}

	/** Every voxel of a 3D volume, rearranged so that x is fastest, then y, z. */
	static double[] all(final Volume volume) throws IOException {
		return all(volume.level(0), new int[] { volume.axis("x"), volume.axis("y"),
			volume.axis("z") });
	}

	/**
	 * @param axes where x, y and z are among the array's dimensions
	 */
	private static double[] all(final ChunkedArray array, final int[] axes)
		throws IOException
	{
		final ArrayMetadata meta = array.metadata();
		final long[] stored = meta.shape();
		final int[] chunk = meta.chunkShape();
		final long[] shape = { stored[axes[0]], stored[axes[1]], stored[axes[2]] };
		final double[] out = new double[(int) (shape[0] * shape[1] * shape[2])];
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk c = array.readChunk(g);
			if (c == null) continue;
			final int[] size = c.shape();
			final int[] at = new int[3];
			for (int i = 0; i < c.size(); i++) {
				int rest = i;
				for (int d = 0; d < 3; d++) {
					at[d] = rest % size[d];
					rest /= size[d];
				}
				final long x = g[axes[0]] * chunk[axes[0]] + at[axes[0]];
				final long y = g[axes[1]] * chunk[axes[1]] + at[axes[1]];
				final long z = g[axes[2]] * chunk[axes[2]] + at[axes[2]];
				if (x >= shape[0] || y >= shape[1] || z >= shape[2]) continue; // edge
				out[(int) (x + shape[0] * (y + shape[1] * z))] = ((Number) Array.get(c
					.data(), i)).doubleValue();
			}
		}
		return out;
	}
}
