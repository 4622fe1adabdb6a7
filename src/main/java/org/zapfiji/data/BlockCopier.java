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
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.task.WorkCounter;

/**
 * Copies one chunked array into another of the same shape and type but another
 * chunking, one block at a time, with no cache: a conversion reads each chunk
 * once, so a cache would only evict what a viewer is showing.
 * <p>
 * A block is a box of whole target chunks that, where one chunk size divides
 * the other, is also a box of whole source chunks: four 512 × 512 tiles of a
 * 1024 × 1024 plane, or one plane assembled from its four tiles. Each block
 * reads its source chunks once, builds its target chunks from them by whole
 * rows ({@code System.arraycopy}) and writes them; a target chunk that is
 * exactly one source chunk is passed on without copying. Between two arrays of
 * {@link RawChunks} of one byte order whose source stores raw chunks (TIFF,
 * uncompressed Zarr) the same is done on bytes in direct buffers: file to
 * buffer, rows to a second buffer, buffer to file (or to the target's
 * compressor), with no Java arrays to decode into, fill and encode from. Blocks
 * are independent, so threads take them in any order.
 * <p>
 * Memory: the source chunks of one block per thread. A block is kept under
 * {@link #MAX_BLOCK_BYTES} by giving up alignment in its slowest dimensions;
 * there (and where chunk sizes do not divide each other) a source chunk that
 * straddles blocks is read once per block.
 */
final class BlockCopier {

	/** Largest block, in decoded bytes (256 MiB). */
	static final long MAX_BLOCK_BYTES = 256L << 20;

	private final ChunkedArray source;

	private final ChunkedArray target;

	private final ArrayMetadata from;

	private final ArrayMetadata to;

	private final long[] block;

	private final boolean raw;

	private final ScratchBuffers blockBuffers = new ScratchBuffers();

	private final ScratchBuffers chunkBuffers = new ScratchBuffers();

	BlockCopier(final ChunkedArray source, final ChunkedArray target) {
		this.source = source;
		this.target = target;
		this.from = source.metadata();
		this.to = target.metadata();
		this.block = blockShape(from, to);
		this.raw = rawBetween(source, target);
	}

	/**
	 * Whether the source has raw chunks and the target takes chunk bytes, in the
	 * same byte order. The target may compress them (a TIFF into a Blosc Zarr):
	 * its codecs then start from the bytes, with no Java array of elements
	 * between file and compressor.
	 */
	private static boolean rawBetween(final ChunkedArray source,
		final ChunkedArray target)
	{
		if (!(source instanceof RawChunks) || !(target instanceof RawChunks) ||
			source.metadata().dataType() == DataType.BOOL) return false;
		final RawChunks in = (RawChunks) source;
		final RawChunks out = (RawChunks) target;
		return in.hasRawChunks() && in.elementOrder().equals(out.elementOrder());
	}

	/**
	 * Per dimension: the source chunk if it is whole target chunks, else one
	 * target chunk.
	 */
	private static long[] blockShape(final ArrayMetadata from,
		final ArrayMetadata to)
	{
		final int n = to.numDimensions();
		final long[] block = new long[n];
		long bytes = to.dataType().bytes();
		for (int d = 0; d < n; d++) {
			final int s = from.chunkShape()[d];
			final int t = to.chunkShape()[d];
			block[d] = s > t && s % t == 0 ? s : t;
			bytes *= Math.min(block[d], to.shape()[d]);
		}
		for (int d = n - 1; d >= 0 && bytes > MAX_BLOCK_BYTES; d--)
			if (block[d] > to.chunkShape()[d]) {
				bytes = bytes / Math.min(block[d], to.shape()[d]) * Math.min(to
					.chunkShape()[d], to.shape()[d]);
				block[d] = to.chunkShape()[d];
			}
		return block;
	}

	/** How many blocks there are per dimension. */
	long[] blockGrid() {
		final long[] grid = new long[block.length];
		for (int d = 0; d < grid.length; d++)
			grid[d] = (to.shape()[d] + block[d] - 1) / block[d];
		return grid;
	}

	/**
	 * Reads the source chunks of one block and writes its target chunks, counting
	 * each and checking for cancel before each.
	 */
	void copy(final long[] blockPosition, final WorkCounter counter)
		throws IOException
	{
		final int n = block.length;
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			min[d] = blockPosition[d] * block[d];
			max[d] = Math.min(to.shape()[d], min[d] + block[d]) - 1;
		}
		counter.checkCanceled();
		if (raw && RawSourceChunks.fits(from, min, max)) {
			copyRaw(min, max, counter);
			return;
		}
		final SourceChunks chunks = new SourceChunks(source, min, max);
		for (final long[] q : gridBox(to, min, max)) {
			counter.checkCanceled();
			target.writeChunk(q, targetChunk(chunks, q));
			counter.finishOne();
		}
	}

	/** {@link #copy} as bytes, between arrays of {@link RawChunks}. */
	private void copyRaw(final long[] min, final long[] max,
		final WorkCounter counter) throws IOException
	{
		final RawSourceChunks chunks = new RawSourceChunks((RawChunks) source, min,
			max, blockBuffers);
		for (final long[] q : gridBox(to, min, max)) {
			counter.checkCanceled();
			final int[] shape = to.cellShape(q);
			final long[] qMin = new long[q.length];
			for (int d = 0; d < q.length; d++)
				qMin[d] = q[d] * to.chunkShape()[d];
			final ByteBuffer same = chunks.exactly(qMin, shape);
			((RawChunks) target).writeRawChunk(q, same != null ? same : rawChunk(
				chunks, qMin, shape));
			counter.finishOne();
		}
	}

	/**
	 * Assembles the bytes of the target chunk at {@code min} of {@code shape}.
	 */
	private ByteBuffer rawChunk(final RawSourceChunks chunks, final long[] min,
		final int[] shape)
	{
		final int n = min.length;
		final int b = to.dataType().bytes();
		final ByteBuffer out = chunkBuffers.get(Math.toIntExact(count(shape) * b));
		final long[] max = new long[n];
		for (int d = 0; d < n; d++)
			max[d] = min[d] + shape[d] - 1;
		final long[] inAt = new long[n];
		final long[] outAt = new long[n];
		final int[] size = new int[n];
		for (final long[] p : gridBox(from, min, max)) {
			final int[] inShape = from.cellShape(p);
			for (int d = 0; d < n; d++) {
				final long origin = p[d] * from.chunkShape()[d];
				final long lo = Math.max(min[d], origin);
				inAt[d] = lo - origin;
				outAt[d] = lo - min[d];
				size[d] = (int) (Math.min(max[d], origin + inShape[d] - 1) - lo + 1);
			}
			ElementBoxes.copy(chunks.buffer(), chunks.offset(p), inShape, inAt, out,
				0, shape, outAt, size, b);
		}
		return out;
	}

	/** The chunk positions of {@code meta} that cover voxels [min, max]. */
	static List<long[]> gridBox(final ArrayMetadata meta, final long[] min,
		final long[] max)
	{
		final int n = min.length;
		final long[] first = new long[n];
		final long[] count = new long[n];
		for (int d = 0; d < n; d++) {
			first[d] = min[d] / meta.chunkShape()[d];
			count[d] = max[d] / meta.chunkShape()[d] - first[d] + 1;
		}
		final List<long[]> box = ChunkWriter.gridPositions(count);
		for (final long[] p : box)
			for (int d = 0; d < n; d++)
				p[d] += first[d];
		return box;
	}

	private Chunk targetChunk(final SourceChunks chunks, final long[] q)
		throws IOException
	{
		final int n = q.length;
		final int[] shape = to.cellShape(q);
		final long[] min = new long[n];
		final long[] max = new long[n];
		for (int d = 0; d < n; d++) {
			min[d] = q[d] * to.chunkShape()[d];
			max[d] = min[d] + shape[d] - 1;
		}
		final Chunk same = chunks.exactly(min, shape);
		if (same != null) return same;
		final Object out = to.dataType().allocate(Math.toIntExact(count(shape)));
		for (final long[] p : gridBox(from, min, max))
			copyOverlap(chunks.data(p), p, min, max, out, shape);
		return new Chunk(shape, out);
	}

	/**
	 * Copies the part of source chunk {@code p} inside [min, max] into
	 * {@code out}, row by row.
	 */
	private void copyOverlap(final Object in, final long[] p, final long[] min,
		final long[] max, final Object out, final int[] outShape)
	{
		final int n = p.length;
		final int[] inShape = from.cellShape(p);
		final long[] origin = new long[n];
		final long[] lo = new long[n];
		final long[] hi = new long[n];
		for (int d = 0; d < n; d++) {
			origin[d] = p[d] * from.chunkShape()[d];
			lo[d] = Math.max(min[d], origin[d]);
			hi[d] = Math.min(max[d], origin[d] + inShape[d] - 1);
		}
		final int run = (int) (hi[0] - lo[0] + 1);
		final long[] at = lo.clone();
		while (true) {
			System.arraycopy(in, offset(at, origin, inShape), out, offset(at, min,
				outShape), run);
			int d = 1;
			while (d < n && ++at[d] > hi[d])
				at[d] = lo[d++];
			if (d >= n) return;
		}
	}

	private static int offset(final long[] at, final long[] origin,
		final int[] shape)
	{
		long index = 0;
		for (int d = at.length - 1; d >= 0; d--)
			index = index * shape[d] + (at[d] - origin[d]);
		return (int) index;
	}

	static long count(final int[] shape) {
		return Arrays.stream(shape).asLongStream().reduce(1, (a, b) -> a * b);
	}
}
