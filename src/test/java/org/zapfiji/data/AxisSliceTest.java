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

package org.zapfiji.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * One axis of a stored array fixed at one index: every voxel of the view must
 * be the source's voxel at that index, whether the source's chunks hold one
 * index of the axis (the chunk is reshaped) or several (the index is copied
 * out), at the array's cut edges, and where a chunk was never written.
 */
class AxisSliceTest {

	@TempDir
	Path folder;

	/** Fastest first [c 2, t 5, x 3]; value = c + 10 t + 100 x. */
	private ZarrArray array(final int[] chunk, final boolean skipOne)
		throws IOException
	{
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 2, 5, 3 }, chunk,
			DataType.FLOAT32, -1.0, List.of("c", "t", "x"));
		final ZarrArray array = ZarrArray.create(folder.resolve("a" + chunk[0] +
			chunk[1] + chunk[2]), meta, ZarrLayout.v3());
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			if (skipOne && g[1] == 1 && g[2] == 0) continue;
			final int[] cell = meta.cellShape(g);
			final float[] data = new float[cell[0] * cell[1] * cell[2]];
			for (int x = 0; x < cell[2]; x++)
				for (int t = 0; t < cell[1]; t++)
					for (int c = 0; c < cell[0]; c++)
						data[c + cell[0] * (t + cell[1] * x)] = value(g[0] * chunk[0] + c,
							g[1] * chunk[1] + t, g[2] * chunk[2] + x);
			array.writeChunk(g, new Chunk(cell, data));
		}
		return array;
	}

	private static float value(final long c, final long t, final long x) {
		return c + 10 * t + 100 * x;
	}

	/** Every voxel of {@code view}, read chunk by chunk, as [a][b]. */
	private static float[][] voxels(final ChunkedArray view) throws IOException {
		final ArrayMetadata meta = view.metadata();
		final long[] shape = meta.shape();
		final int[] chunk = meta.chunkShape();
		final float[][] out = new float[(int) shape[0]][(int) shape[1]];
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk c = view.readChunk(g);
			final int[] cell = meta.cellShape(g);
			if (c != null) assertArrayEquals(cell, c.shape());
			for (int b = 0; b < cell[1]; b++)
				for (int a = 0; a < cell[0]; a++)
					out[(int) (g[0] * chunk[0] + a)][(int) (g[1] * chunk[1] + b)] =
						c == null ? meta.fillValue().floatValue() : ((float[]) c.data())[a +
							cell[0] * b];
		}
		return out;
	}

	@Test
	void eachChannelOfAFastestAxisChunkedWhole() throws IOException {
		final ZarrArray source = array(new int[] { 2, 2, 2 }, false);
		for (int c = 0; c < 2; c++) {
			final AxisSlice view = new AxisSlice(source, 0, c);
			assertEquals("float32 [5, 3] in chunks of [2, 2] axes [t, x]", view
				.metadata().toString());
			assertTrue(view.location().endsWith("[c = " + c + "]"), view.location());
			final float[][] v = voxels(view);
			for (int t = 0; t < 5; t++)
				for (int x = 0; x < 3; x++)
					assertEquals(value(c, t, x), v[t][x], "c " + c + " t " + t + " x " +
						x);
		}
	}

	@Test
	void aMiddleAxisInChunksOfOneOrSeveralAndAMissingChunk() throws IOException {
		for (final int[] chunk : new int[][] { { 2, 1, 2 }, { 1, 3, 2 } }) {
			final ZarrArray source = array(chunk, true);
			for (int t = 0; t < 5; t++) {
				final float[][] v = voxels(new AxisSlice(source, 1, t));
				final boolean missing = t / chunk[1] == 1;
				for (int c = 0; c < 2; c++)
					for (int x = 0; x < 3; x++)
						assertEquals(missing && x < chunk[2] ? -1 : value(c, t, x), v[c][x],
							"chunks " + chunk[1] + ": c " + c + " t " + t + " x " + x);
			}
		}
	}

	@Test
	void aVolumeLosesTheAxisWithItsSpacingAndUnit() throws IOException {
		final ZarrArray source = array(new int[] { 2, 2, 2 }, false);
		final Volume volume = new Volume("v", List.of(source), List.of(
			new double[] { 1, 1, 1 }), List.of("c", "t", "x"), new double[] { 1, 0.9,
				0.4 }, List.of("", "s", "µm"), Map.of("note", "kept"));
		final Volume prediction = AxisSlice.of(volume, "c", 1);
		assertEquals(List.of("t", "x"), prediction.axes());
		assertArrayEquals(new double[] { 0.9, 0.4 }, prediction.spacing());
		assertEquals(List.of("s", "µm"), prediction.units());
		assertEquals("kept", prediction.attributes().get("note"));
		assertEquals(value(1, 4, 2), voxels(prediction.level(0))[4][2]);
		final String noAxis = assertThrows(IllegalArgumentException.class,
			() -> AxisSlice.of(volume, "z", 0)).getMessage();
		assertTrue(noAxis.contains("no axis z; axes are [c, t, x]"), noAxis);
		final String past = assertThrows(IllegalArgumentException.class,
			() -> AxisSlice.of(volume, "c", 2)).getMessage();
		assertTrue(past.contains("index 2 is outside axis c of size 2"), past);
	}
}
