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
import java.util.ArrayList;
import java.util.List;

import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgFactory;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.loops.LoopBuilder;
import net.imglib2.type.NativeType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Parallel;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * Writes any ImgLib2 image into a chunked array, chunk by chunk: memory holds
 * one chunk per thread however large the image, each chunk is independent (so
 * the work can later be spread over a cluster), and the user can cancel between
 * chunks.
 */
public final class ChunkWriter {

	private ChunkWriter() {}

	/**
	 * Copies {@code source} (same shape as {@code target}, dimensions fastest
	 * first, same element type) into every chunk of {@code target}.
	 *
	 * @param threads how many chunks to encode at once
	 * @throws CanceledException if {@code progress} was canceled
	 */
	public static <T extends NativeType<T>> void write(
		final RandomAccessibleInterval<T> source, final ChunkedArray target,
		final int threads, final Progress progress) throws IOException
	{
		final ArrayMetadata meta = target.metadata();
		if (!java.util.Arrays.equals(Intervals.dimensionsAsLongArray(source), meta
			.shape())) throw new IllegalArgumentException("source " + java.util.Arrays
				.toString(Intervals.dimensionsAsLongArray(source)) + " and " + target
					.location() + " " + meta + " differ in shape");
		final List<long[]> positions = gridPositions(meta.gridShape());
		final WorkCounter counter = new WorkCounter(progress, positions.size());
		Parallel.forEach(positions, threads, "writing " + target.location(), p -> {
			counter.checkCanceled();
			target.writeChunk(p, copyChunk(source, meta, p));
			counter.finishOne();
		});
	}

	/**
	 * Copies one chunked array into another of the same shape and type, in any
	 * format and chunking, block by block (see {@link BlockCopier}): each source
	 * chunk is read once where one chunking divides the other, and no cache is
	 * used, so a conversion does not evict what a viewer holds.
	 *
	 * @param threads how many blocks to copy at once
	 * @throws CanceledException if {@code progress} was canceled
	 */
	public static void copy(final ChunkedArray source, final ChunkedArray target,
		final int threads, final Progress progress) throws IOException
	{
		final ArrayMetadata from = source.metadata();
		final ArrayMetadata to = target.metadata();
		if (!java.util.Arrays.equals(from.shape(), to.shape()) || from
			.dataType() != to.dataType()) throw new IllegalArgumentException(source
				.location() + " " + from + " cannot be copied into " + target
					.location() + " " + to + ": shape and data type must agree");
		final BlockCopier copier = new BlockCopier(source, target);
		final WorkCounter counter = new WorkCounter(progress, gridPositions(to
			.gridShape()).size());
		Parallel.forEach(gridPositions(copier.blockGrid()), threads, "writing " +
			target.location(), p -> copier.copy(p, counter));
	}

	/** Every chunk position of a grid, fastest dimension first. */
	public static List<long[]> gridPositions(final long[] gridShape) {
		final List<long[]> positions = new ArrayList<>();
		for (final long g : gridShape)
			if (g == 0) return positions;
		final long[] p = new long[gridShape.length];
		while (true) {
			positions.add(p.clone());
			int d = 0;
			while (d < p.length && ++p[d] == gridShape[d])
				p[d++] = 0;
			if (d == p.length) return positions;
		}
	}

	private static <T extends NativeType<T>> Chunk copyChunk(
		final RandomAccessibleInterval<T> source, final ArrayMetadata meta,
		final long[] position)
	{
		final int[] shape = meta.cellShape(position);
		final long[] min = new long[shape.length];
		final long[] max = new long[shape.length];
		final long[] dims = new long[shape.length];
		for (int d = 0; d < shape.length; d++) {
			min[d] = source.min(d) + position[d] * meta.chunkShape()[d];
			max[d] = min[d] + shape[d] - 1;
			dims[d] = shape[d];
		}
		final T type = source.getType().createVariable();
		final ArrayImg<T, ?> block = new ArrayImgFactory<>(type).create(dims);
		LoopBuilder.setImages(Views.zeroMin(Views.interval(source,
			new FinalInterval(min, max))), block).forEachPixel((s, t) -> t.set(s));
		final Object data = ((ArrayDataAccess<?>) block.update(null))
			.getCurrentStorageArray();
		return new Chunk(shape, data);
	}
}
