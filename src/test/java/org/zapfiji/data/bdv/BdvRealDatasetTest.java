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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;

/**
 * The real TGMM example (a Drosophila embryo, BigDataViewer XML + gzip-chunked
 * HDF5 written by BigDataViewer) opens with its shape, voxel size and values.
 * The expected sums and maxima were computed with h5py. Skipped where the
 * shared data folder is absent, as in a user's clone.
 */
class BdvRealDatasetTest {

	private static final Path XML = Paths.get(
		"../shared/data/real/bdv-tgmm/tgmm_mini_27_31.xml");

	/** Per timepoint, h5py's float64 sum and maximum of the cells dataset. */
	private static final double[] SUMS = { 28146455, 28532876, 28480509, 28550347,
		28621664 };

	private static final double[] MAXIMA = { 1919, 1964, 2117, 1942, 2086 };

	@BeforeEach
	void needTheSharedData() {
		Assumptions.assumeTrue(Files.isRegularFile(XML), "no " + XML
			.toAbsolutePath());
	}

	@Test
	void opensWithShapeVoxelSizeAndRegistration() throws IOException {
		assertTrue(new BigDataViewerFormat().recognizes(XML));
		try (BdvDataset dataset = new BigDataViewerFormat().open(XML)) {
			assertEquals(1, dataset.volumes().size());
			final Volume v = dataset.volumes().get(0);
			assertEquals("channel 1", v.name());
			assertEquals(DataType.FLOAT32, v.metadata().dataType());
			assertArrayEquals(new long[] { 70, 40, 29, 5 }, v.metadata().shape());
			assertArrayEquals(new int[] { 32, 32, 4, 1 }, v.metadata().chunkShape());
			assertArrayEquals(new double[] { 1, 1, 5, 1 }, v.spacing());
			assertEquals(List.of("pixel", "pixel", "pixel", ""), v.units());
			assertEquals(1, v.numLevels());
			assertArrayEquals(Affines.scale(1, 1, 5), (double[]) v.attributes().get(
				"bdv.affine.t4"));
		}
	}

	@Test
	void valuesMatchWhatH5pyReads() throws IOException {
		try (BdvDataset dataset = new BigDataViewerFormat().open(XML)) {
			final ChunkedArray cells = dataset.volumes().get(0).level(0);
			final double[] sums = new double[5];
			final double[] maxima = new double[5];
			for (final long[] p : ChunkWriter.gridPositions(cells.metadata()
				.gridShape()))
			{
				final Chunk chunk = cells.readChunk(p);
				final int t = (int) p[3];
				for (final float f : (float[]) chunk.data()) {
					sums[t] += f;
					maxima[t] = Math.max(maxima[t], f);
				}
			}
			assertArrayEquals(SUMS, sums);
			assertArrayEquals(MAXIMA, maxima);
		}
	}

	@Test
	void oneVoxelAtTheFarEdge() throws IOException {
		try (BdvDataset dataset = new BigDataViewerFormat().open(XML)) {
			final ChunkedArray cells = dataset.volumes().get(0).level(0);
			// x 69, y 39, z 28 lie in the edge chunk (2, 1, 7): cell 6 × 8 × 1
			final Chunk chunk = cells.readChunk(new long[] { 2, 1, 7, 0 });
			assertArrayEquals(new int[] { 6, 8, 1, 1 }, chunk.shape());
			assertEquals(405f, ((float[]) chunk.data())[7 * 6 + 5]);
		}
	}

	@Test
	void concurrentReadsAgreeWithOneThread() throws Exception {
		try (BdvDataset dataset = new BigDataViewerFormat().open(XML)) {
			final ChunkedArray cells = dataset.volumes().get(0).level(0);
			final List<long[]> positions = ChunkWriter.gridPositions(cells.metadata()
				.gridShape());
			final java.util.concurrent.ExecutorService pool =
				java.util.concurrent.Executors.newFixedThreadPool(8);
			try {
				final List<java.util.concurrent.Future<Chunk>> futures =
					new java.util.ArrayList<>();
				for (final long[] p : positions)
					futures.add(pool.submit(() -> cells.readChunk(p)));
				for (int i = 0; i < positions.size(); i++)
					assertArrayEquals((float[]) cells.readChunk(positions.get(i)).data(),
						(float[]) futures.get(i).get().data());
			}
			finally {
				pool.shutdown();
			}
		}
	}
}
