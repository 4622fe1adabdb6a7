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
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.junit.jupiter.api.Test;
import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Progress;

/**
 * Copying between arrays of different chunking, and the cancel between chunks.
 */
class ChunkWriterTest {

	/** Chunks kept in a map, keyed by grid position. */
	static final class MapArray implements ChunkedArray {

		final ArrayMetadata meta;

		final Map<List<Long>, Chunk> chunks = new ConcurrentHashMap<>();

		MapArray(final long[] shape, final int[] chunk, final Number fill) {
			meta = ArrayMetadata.of(shape, chunk, DataType.UINT16, fill, List.of());
		}

		@Override
		public ArrayMetadata metadata() {
			return meta;
		}

		@Override
		public String location() {
			return "map";
		}

		@Override
		public Chunk readChunk(final long[] p) {
			return chunks.get(key(p));
		}

		@Override
		public void writeChunk(final long[] p, final Chunk chunk) {
			chunks.put(key(p), chunk);
		}

		static List<Long> key(final long[] p) {
			return java.util.Arrays.stream(p).boxed().collect(
				java.util.stream.Collectors.toList());
		}
	}

	private static final long[] SHAPE = { 37, 23, 9, 2 };

	@Test
	void rowCopyEqualsVoxelCopyAcrossChunkings() throws Exception {
		final MapArray source = new MapArray(SHAPE, new int[] { 37, 23, 1, 1 }, 3);
		for (final long[] p : ChunkWriter.gridPositions(source.meta.gridShape())) {
			if (p[2] == 4) continue; // a missing plane: the fill value
			final int[] shape = source.meta.cellShape(p);
			final short[] data = new short[shape[0] * shape[1]];
			for (int i = 0; i < data.length; i++)
				data[i] = (short) (i * 7 + p[2] * 1000 + p[3] * 20000);
			source.writeChunk(p, new Chunk(shape, data));
		}
		final int[] tiles = { 8, 5, 4, 2 };
		final MapArray byRows = new MapArray(SHAPE, tiles, 0);
		ChunkWriter.copy(source, byRows, 3, Progress.silent());
		final MapArray byVoxels = new MapArray(SHAPE, tiles, 0);
		final RandomAccessibleInterval<UnsignedShortType> image = LazyImages.open(
			source, new ChunkCache(1 << 20));
		ChunkWriter.write(image, byVoxels, 2, Progress.silent());
		for (final long[] p : ChunkWriter.gridPositions(byRows.meta.gridShape()))
			assertArrayEquals((short[]) byVoxels.readChunk(p).data(), (short[]) byRows
				.readChunk(p).data(), java.util.Arrays.toString(p));
	}

	@Test
	void cancelStopsBetweenChunks() {
		final MapArray source = new MapArray(SHAPE, new int[] { 37, 23, 1, 1 }, 0);
		final MapArray target = new MapArray(SHAPE, new int[] { 8, 5, 4, 2 }, 0);
		final Progress canceled = new Progress() {

			@Override
			public void update(final long done, final long total) {}

			@Override
			public void status(final String message) {}

			@Override
			public boolean isCanceled() {
				return true;
			}
		};
		assertThrows(CanceledException.class, () -> ChunkWriter.copy(source, target,
			2, canceled));
		assertArrayEquals(new Object[0], target.chunks.values().toArray());
	}
}
