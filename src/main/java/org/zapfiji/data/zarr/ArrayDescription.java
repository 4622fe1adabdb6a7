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

import java.util.Map;

import org.zapfiji.data.ArrayMetadata;

/**
 * Everything an array's metadata file says, parsed and checked: shape and type,
 * how chunks are encoded and named, sharding, attributes. Both Zarr versions
 * produce one.
 */
final class ArrayDescription {

	final int version;

	final String metadataFile;

	final ArrayMetadata metadata;

	final CodecChain chain;

	final ChunkKeys keys;

	/** Null unless chunks live in shards; then {@link #chain} is per chunk. */
	final ShardLayout shards;

	final Map<String, Object> attributes;

	ArrayDescription(final int version, final String metadataFile,
		final ArrayMetadata metadata, final CodecChain chain, final ChunkKeys keys,
		final ShardLayout shards, final Map<String, Object> attributes)
	{
		this.version = version;
		this.metadataFile = metadataFile;
		this.metadata = metadata;
		this.chain = chain;
		this.keys = keys;
		this.shards = shards;
		this.attributes = attributes;
	}

	/** {@code values} reversed: C order to fastest first and back. */
	static long[] reversed(final long[] values) {
		final long[] r = new long[values.length];
		for (int i = 0; i < r.length; i++)
			r[i] = values[r.length - 1 - i];
		return r;
	}

	static int[] reversed(final int[] values) {
		final int[] r = new int[values.length];
		for (int i = 0; i < r.length; i++)
			r[i] = values[r.length - 1 - i];
		return r;
	}

	/**
	 * A Zarr transpose order (C-order axis indices) as our permutation: result
	 * dimension d (fastest first) is chunk dimension axes[d].
	 */
	static int[] axesOf(final int[] zarrOrder) {
		final int n = zarrOrder.length;
		final int[] axes = new int[n];
		for (int d = 0; d < n; d++)
			axes[d] = n - 1 - zarrOrder[n - 1 - d];
		return axes;
	}

	/** Metadata checks of {@link ArrayMetadata} as a format error. */
	static ArrayMetadata metadata(final String file, final long[] shape,
		final int[] chunkShape, final org.zapfiji.data.DataType type,
		final Number fill, final java.util.List<String> axes)
		throws org.zapfiji.data.FormatException
	{
		try {
			return ArrayMetadata.of(shape, chunkShape, type, fill, axes);
		}
		catch (final IllegalArgumentException e) {
			throw new org.zapfiji.data.FormatException(file + ": " + e.getMessage(),
				e);
		}
	}
}
