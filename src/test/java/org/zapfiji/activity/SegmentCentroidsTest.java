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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.Progress;

/**
 * Centroids of a hand-made 5 × 4 × 3 uint16 segmentation in chunks of 2 × 3 × 2
 * (edge chunks cut, empty chunks not stored), a label above 32,767 to catch
 * signed reading; the expected centroids are worked out by hand.
 */
class SegmentCentroidsTest {

	private static final long[] SHAPE = { 5, 4, 3 };

	@TempDir
	Path folder;

	/** Voxel (x, y, z) of {@code values} is {@code values[z][y][x]}. */
	private ZarrArray write(final String name, final DataType type,
		final int[][][] values, final long[] shape, final int[] chunk)
		throws IOException
	{
		final ZarrArray array = ZarrArray.create(folder.resolve(name), ArrayMetadata
			.of(shape, chunk, type, 0L, List.of()), ZarrLayout.v2().withCompressor(
				null));
		final ArrayMetadata meta = array.metadata();
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] cell = meta.cellShape(g);
			final short[] data = new short[cell[0] * cell[1] * cell[2]];
			boolean any = false;
			int i = 0;
			for (int z = 0; z < cell[2]; z++)
				for (int y = 0; y < cell[1]; y++)
					for (int x = 0; x < cell[0]; x++) {
						data[i] = (short) values[(int) (g[2] * chunk[2] + z)][(int) (g[1] *
							chunk[1] + y)][(int) (g[0] * chunk[0] + x)];
						any |= data[i++] != 0;
					}
			if (any) array.writeChunk(g, new Chunk(cell, data));
		}
		return array;
	}

	@Test
	void centroidsAndVoxelCountsOfEveryLabel() throws IOException {
		final int[][][] v = new int[3][4][5];
		v[0][0][0] = 1;
		v[0][0][1] = 1; // label 1: (0, 0, 0), (1, 0, 0)
		for (int y = 0; y < 4; y++)
			v[2][y][4] = 7; // label 7: x 4, y 0..3, z 2, across chunks in y
		v[1][3][2] = 40000;
		v[1][3][3] = 40000; // (2, 3, 1), (3, 3, 1)
		v[2][3][0] = 3;
		final ZarrArray labels = write("seg", DataType.UINT16, v, SHAPE, new int[] {
			2, 3, 2 });
		for (final int threads : new int[] { 1, 2 }) {
			final SegmentCentroids c = SegmentCentroids.compute(labels, List.of("z",
				"Y", "x"), threads, Progress.silent());
			assertEquals(3, c.dimensions());
			assertArrayEquals(new int[] { 1, 3, 7, 40000 }, c.labels());
			assertEquals(40000, c.maxLabel());
			assertArrayEquals(new double[] { 0.5, 0, 0 }, c.centroid(1));
			assertEquals(2, c.voxels(1));
			assertArrayEquals(new double[] { 4, 1.5, 2 }, c.centroid(7));
			assertEquals(4, c.voxels(7));
			assertArrayEquals(new double[] { 2.5, 3, 1 }, c.centroid(40000));
			assertArrayEquals(new double[] { 0, 3, 2 }, c.centroid(3));
			assertNull(c.centroid(2));
			assertNull(c.centroid(0), "background has no centroid");
			assertNull(c.centroid(40001));
			assertEquals(0, c.voxels(-5));
			assertArrayEquals(new double[] { 2, 1.5, 4 }, c.centroidXyz(7),
				"axes named z, Y, x fastest first");
		}
	}

	@Test
	void aNegativeLabelIsRefusedNamingTheFile() throws IOException {
		final int[][][] v = new int[1][2][2];
		v[0][1][1] = -1;
		final ZarrArray labels = write("negative", DataType.INT16, v, new long[] {
			2, 2, 1 }, new int[] { 2, 2, 1 });
		final FormatException e = assertThrows(FormatException.class,
			() -> SegmentCentroids.compute(labels, List.of(), 1, Progress.silent()));
		assertTrue(e.getMessage().contains(labels.location()) && e.getMessage()
			.contains("label") && e.getMessage().contains("-1"), e.getMessage());
	}
}
