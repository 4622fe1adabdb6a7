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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.img.basictypeaccess.array.BooleanArray;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.basictypeaccess.array.DoubleArray;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.IntArray;
import net.imglib2.img.basictypeaccess.array.LongArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.NativeType;

/**
 * Chunked arrays as lazy ImgLib2 images: a chunk is read (through the one
 * {@link ChunkCache}) only when a voxel in it is first touched.
 */
public final class LazyImages {

	private LazyImages() {}

	/**
	 * An image over {@code array}, dimensions fastest first as in its metadata.
	 * Reading errors surface as {@link UncheckedIOException} that name the
	 * array's location.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static <T extends NativeType<T>> RandomAccessibleInterval<T> open(
		final ChunkedArray array, final ChunkCache cache)
	{
		final ArrayMetadata meta = array.metadata();
		final CellGrid grid = new CellGrid(meta.shape(), meta.chunkShape());
		final FillCells fill = new FillCells(meta);
		final LazyCellImg.Get<Cell<ArrayDataAccess<?>>> get = index -> {
			final long[] position = new long[grid.numDimensions()];
			grid.getCellGridPositionFlat(index, position);
			final long[] min = new long[position.length];
			final int[] shape = meta.cellShape(position);
			for (int d = 0; d < min.length; d++)
				min[d] = position[d] * meta.chunkShape()[d];
			final Chunk chunk;
			try {
				chunk = cache.get(array, position);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(array.location() + ": chunk " + Arrays
					.toString(position) + ": " + e.getMessage(), e);
			}
			return new Cell<>(shape, min, chunk == null ? fill.access(shape) : access(
				chunk.data()));
		};
		return new LazyCellImg(grid, (NativeType) meta.dataType().imglib2Type(),
			get);
	}

	/** Wraps a primitive array as ImgLib2 storage, without copying. */
	static ArrayDataAccess<?> access(final Object data) {
		if (data instanceof byte[]) return new ByteArray((byte[]) data);
		if (data instanceof short[]) return new ShortArray((short[]) data);
		if (data instanceof int[]) return new IntArray((int[]) data);
		if (data instanceof long[]) return new LongArray((long[]) data);
		if (data instanceof float[]) return new FloatArray((float[]) data);
		if (data instanceof double[]) return new DoubleArray((double[]) data);
		if (data instanceof boolean[]) return new BooleanArray((boolean[]) data);
		throw new IllegalArgumentException("not a primitive array: " + data
			.getClass());
	}

	/** Fill-value storage for missing chunks, one per cell shape. */
	private static final class FillCells {

		private final ArrayMetadata meta;

		private final ConcurrentHashMap<String, ArrayDataAccess<?>> byShape =
			new ConcurrentHashMap<>();

		FillCells(final ArrayMetadata meta) {
			this.meta = meta;
		}

		ArrayDataAccess<?> access(final int[] shape) {
			return byShape.computeIfAbsent(Arrays.toString(shape), k -> {
				int n = 1;
				for (final int s : shape)
					n *= s;
				return LazyImages.access(FillValues.filled(meta.dataType(), meta
					.fillValue(), n));
			});
		}
	}
}
