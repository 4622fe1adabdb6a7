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

/**
 * The raw bytes of the chunks that cover one box of voxels, each read once into
 * one buffer, for {@link BlockCopier}. Chunks that are not stored hold their
 * fill value.
 */
final class RawSourceChunks {

	private final ArrayMetadata meta;

	private final long[] first;

	private final long[] count;

	private final int[] offsets;

	private final ByteBuffer buffer;

	/**
	 * Reads every chunk of {@code array} that covers voxels [min, max] into a
	 * buffer from {@code buffers}.
	 */
	RawSourceChunks(final RawChunks array, final long[] min, final long[] max,
		final ScratchBuffers buffers) throws IOException
	{
		this.meta = array.metadata();
		final int n = min.length;
		first = new long[n];
		count = new long[n];
		for (int d = 0; d < n; d++) {
			first[d] = min[d] / meta.chunkShape()[d];
			count[d] = max[d] / meta.chunkShape()[d] - first[d] + 1;
		}
		final java.util.List<long[]> positions = BlockCopier.gridBox(meta, min,
			max);
		offsets = new int[positions.size() + 1];
		long total = 0;
		for (final long[] p : positions) {
			offsets[index(p)] = Math.toIntExact(total);
			total += bytes(p);
		}
		buffer = buffers.get(Math.toIntExact(total)).order(array.elementOrder());
		for (final long[] p : positions)
			if (!array.readRawChunk(p, buffer, offsets[index(p)])) fill(p);
	}

	/**
	 * Decoded bytes of all chunks covering [min, max]; too many for one buffer?
	 */
	static boolean fits(final ArrayMetadata meta, final long[] min,
		final long[] max)
	{
		long total = 0;
		for (final long[] p : BlockCopier.gridBox(meta, min, max))
			total += BlockCopier.count(meta.cellShape(p)) * meta.dataType().bytes();
		return total <= Integer.MAX_VALUE - 8;
	}

	private long bytes(final long[] p) {
		return BlockCopier.count(meta.cellShape(p)) * meta.dataType().bytes();
	}

	private void fill(final long[] p) {
		final ByteBuffer part = buffer.duplicate().order(buffer.order());
		part.position(offsets[index(p)]);
		meta.dataType().encode(FillValues.filled(meta.dataType(), meta.fillValue(),
			Math.toIntExact(BlockCopier.count(meta.cellShape(p)))), part);
	}

	private int index(final long[] p) {
		long i = 0;
		for (int d = p.length - 1; d >= 0; d--)
			i = i * count[d] + p[d] - first[d];
		return (int) i;
	}

	ByteBuffer buffer() {
		return buffer;
	}

	/** Where chunk {@code p} (which must cover part of the box) starts. */
	int offset(final long[] p) {
		return offsets[index(p)];
	}

	/**
	 * The bytes of the chunk whose voxels are exactly the box at {@code min} of
	 * {@code shape}, or null if no single chunk is.
	 */
	ByteBuffer exactly(final long[] min, final int[] shape) {
		final long[] p = new long[min.length];
		for (int d = 0; d < p.length; d++) {
			if (min[d] % meta.chunkShape()[d] != 0) return null;
			p[d] = min[d] / meta.chunkShape()[d];
		}
		if (!java.util.Arrays.equals(meta.cellShape(p), shape)) return null;
		return buffer.slice(offset(p), Math.toIntExact(bytes(p))).order(buffer
			.order());
	}
}
