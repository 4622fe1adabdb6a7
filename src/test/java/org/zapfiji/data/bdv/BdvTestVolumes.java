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
import java.util.List;
import java.util.Map;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;

/** Small volumes with known voxels, for the BigDataViewer writers' tests. */
final class BdvTestVolumes {

	static final long[] SHAPE = { 13, 7, 5, 3 };

	static final double[] VOXEL = { 0.406, 0.406, 4.0, 1 };

	/** An affine with rotation and translation, stored for timepoint 1. */
	static final double[] AFFINE_T1 = { 0, -0.406, 0, 10, 0.406, 0, 0, 20, 0, 0,
		4, 30 };

	private BdvTestVolumes() {}

	/** uint16 values up to 65535: tell int16 from uint16. */
	static long uint16(final long[] p) {
		return (p[0] * 5003 + p[1] * 307 + p[2] * 41 + p[3] * 9001) % 65536;
	}

	static long float32(final long[] p) {
		return p[0] - 3 * p[1] + 100 * p[2] + 1000 * p[3];
	}

	/** x, y, z, t uint16, two levels, affine at t1. */
	static Volume uint16Volume() {
		final ChunkedArray full = MemoryArray.of(SHAPE, new int[] { 4, 3, 2, 1 },
			DataType.UINT16, BdvTestVolumes::uint16);
		final ChunkedArray half = MemoryArray.of(new long[] { 7, 4, 5, 3 },
			new int[] { 4, 4, 5, 1 }, DataType.UINT16, p -> uint16(new long[] { 2 *
				p[0], 2 * p[1], p[2], p[3] }));
		return new Volume("green", List.of(full, half), List.of(new double[] { 1, 1,
			1, 1 }, new double[] { 2, 2, 1, 1 }), List.of("x", "y", "z", "t"), VOXEL,
			List.of("µm", "µm", "µm", ""), Map.of(BdvDataset.AFFINE_PREFIX + 1,
				AFFINE_T1));
	}

	/** x, y, z, t float32 in chunks spanning all timepoints. */
	static Volume float32Volume() {
		final ChunkedArray full = MemoryArray.of(SHAPE, new int[] { 8, 8, 8, 3 },
			DataType.FLOAT32, BdvTestVolumes::float32);
		return new Volume("red", List.of(full), List.of(new double[] { 1, 1, 1,
			1 }), List.of("x", "y", "z", "t"), VOXEL, List.of("µm", "µm", "µm", ""),
			Map.of());
	}

	/** Every voxel of level {@code level} against {@code expected}. */
	static void assertVoxels(final Volume v, final int level,
		final java.util.function.ToLongFunction<long[]> expected) throws IOException
	{
		final ChunkedArray array = v.level(level);
		for (final long[] g : org.zapfiji.data.ChunkWriter.gridPositions(array
			.metadata().gridShape()))
		{
			final org.zapfiji.data.Chunk c = array.readChunk(g);
			final int[] cell = c.shape();
			final int[] chunk = array.metadata().chunkShape();
			for (int i = 0; i < c.size(); i++) {
				final long[] p = new long[cell.length];
				int rest = i;
				for (int d = 0; d < cell.length; d++) {
					p[d] = g[d] * chunk[d] + rest % cell[d];
					rest /= cell[d];
				}
				final Object data = c.data();
				final long actual = data instanceof short[] ? Short.toUnsignedLong(
					((short[]) data)[i]) : (long) ((float[]) data)[i];
				org.junit.jupiter.api.Assertions.assertEquals(expected.applyAsLong(p),
					actual, "voxel " + java.util.Arrays.toString(p));
			}
		}
	}
}
