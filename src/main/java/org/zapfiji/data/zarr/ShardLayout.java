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

package org.zapfiji.data.zarr;

/**
 * The {@code sharding_indexed} codec's settings: how many chunks one shard
 * holds per dimension, how its index is encoded, and where the index is.
 * <p>
 * The index is a uint64 array of C-order shape {@code [...chunks, 2]} holding
 * (offset, nbytes) per chunk, both 2^64-1 for a chunk that is not stored.
 */
final class ShardLayout {

	/** Marks an empty chunk in the index. */
	static final long EMPTY = -1L;

	final int[] chunksPerShard;

	final CodecChain indexChain;

	final boolean indexAtStart;

	ShardLayout(final int[] chunksPerShard, final CodecChain indexChain,
		final boolean indexAtStart)
	{
		this.chunksPerShard = chunksPerShard.clone();
		this.indexChain = indexChain;
		this.indexAtStart = indexAtStart;
	}

	int chunksPerShardTotal() {
		int n = 1;
		for (final int c : chunksPerShard)
			n *= c;
		return n;
	}

	/** Shape of the index array, fastest first: (offset, nbytes) fastest. */
	static int[] indexShape(final int[] chunksPerShard) {
		final int[] shape = new int[chunksPerShard.length + 1];
		shape[0] = 2;
		System.arraycopy(chunksPerShard, 0, shape, 1, chunksPerShard.length);
		return shape;
	}
}
