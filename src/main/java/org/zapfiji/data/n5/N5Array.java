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

package org.zapfiji.data.n5;

import java.io.IOException;
import java.util.Arrays;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FormatException;

/**
 * One N5 dataset: blocks in files {@code <dataset>/<x>/<y>/<z>...}, edge blocks
 * stored truncated to the dataset's extent as N5 requires. Immutable, so safe
 * for concurrent reads and writes of different blocks.
 */
public final class N5Array implements ChunkedArray {

	private final FileStore store;

	private final String path;

	private final ArrayMetadata meta;

	private final N5Compression compression;

	N5Array(final FileStore store, final String path, final ArrayMetadata meta,
		final N5Compression compression)
	{
		this.store = store;
		this.path = path;
		this.meta = meta;
		this.compression = compression;
	}

	@Override
	public ArrayMetadata metadata() {
		return meta;
	}

	public N5Compression compression() {
		return compression;
	}

	/** The dataset's path inside its container, "" for the root. */
	public String path() {
		return path;
	}

	@Override
	public String location() {
		return path.isEmpty() ? store.root().toString() : store.root() + "/" + path;
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final String key = key(gridPosition);
		final byte[] bytes = store.read(key, N5Blocks.maxFileBytes(meta));
		if (bytes == null) return null;
		return N5Blocks.decode(bytes, meta, meta.cellShape(gridPosition),
			compression, store.resolve(key));
	}

	@Override
	public void writeChunk(final long[] gridPosition, final Chunk chunk)
		throws IOException
	{
		final int[] expected = meta.cellShape(gridPosition);
		if (!Arrays.equals(expected, chunk.shape()))
			throw new IllegalArgumentException(location() + ": block " + Arrays
				.toString(gridPosition) + " must have shape " + Arrays.toString(
					expected) + ", not " + Arrays.toString(chunk.shape()));
		store.write(key(gridPosition), N5Blocks.encode(chunk, meta, compression));
	}

	private String key(final long[] gridPosition) throws FormatException {
		if (!meta.containsChunk(gridPosition)) throw new FormatException(
			location() + ": block " + Arrays.toString(gridPosition) +
				" lies outside the block grid " + Arrays.toString(meta.gridShape()));
		final StringBuilder key = new StringBuilder(path);
		for (final long p : gridPosition)
			key.append(key.length() == 0 ? "" : "/").append(p);
		return key.toString();
	}

	@Override
	public String toString() {
		return location() + " " + meta + " " + compression;
	}
}
