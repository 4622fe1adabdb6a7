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
import java.util.Arrays;

/**
 * The chunks of an array that cover one box of voxels, each read once, for
 * {@link BlockCopier}. Chunks that are not stored stand for their fill value.
 */
final class SourceChunks {

	private final ArrayMetadata meta;

	private final long[] first;

	private final long[] count;

	private final Chunk[] chunks;

	/** Reads every chunk of {@code array} that covers voxels [min, max]. */
	SourceChunks(final ChunkedArray array, final long[] min, final long[] max)
		throws IOException
	{
		this.meta = array.metadata();
		final int n = min.length;
		first = new long[n];
		count = new long[n];
		long total = 1;
		for (int d = 0; d < n; d++) {
			first[d] = min[d] / meta.chunkShape()[d];
			count[d] = max[d] / meta.chunkShape()[d] - first[d] + 1;
			total *= count[d];
		}
		chunks = new Chunk[Math.toIntExact(total)];
		for (final long[] p : BlockCopier.gridBox(meta, min, max)) {
			final Chunk c = array.readChunk(p);
			chunks[index(p)] = c != null ? c : filled(p);
		}
	}

	private Chunk filled(final long[] p) {
		final int[] shape = meta.cellShape(p);
		return new Chunk(shape, FillValues.filled(meta.dataType(), meta.fillValue(),
			Math.toIntExact(BlockCopier.count(shape))));
	}

	private int index(final long[] p) {
		long i = 0;
		for (int d = p.length - 1; d >= 0; d--)
			i = i * count[d] + p[d] - first[d];
		return (int) i;
	}

	/** The voxels of chunk {@code p}, which must cover part of the box. */
	Object data(final long[] p) {
		return chunks[index(p)].data();
	}

	/**
	 * The chunk whose voxels are exactly the box at {@code min} of {@code shape},
	 * or null if no single chunk is.
	 */
	Chunk exactly(final long[] min, final int[] shape) {
		final long[] p = new long[min.length];
		for (int d = 0; d < p.length; d++) {
			if (min[d] % meta.chunkShape()[d] != 0) return null;
			p[d] = min[d] / meta.chunkShape()[d];
		}
		return Arrays.equals(meta.cellShape(p), shape) ? chunks[index(p)] : null;
	}
}
