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

/**
 * One n-dimensional array stored in chunks, in any format: what the cache and
 * the ImgLib2 views are built on. Implementations must allow concurrent calls
 * from many threads.
 */
public interface ChunkedArray {

	ArrayMetadata metadata();

	/** Where the array lives, for messages: a path, or a path and a dataset. */
	String location();

	/**
	 * Reads and decodes one chunk.
	 *
	 * @param gridPosition chunk coordinates, fastest first
	 * @return the chunk, shaped by {@link ArrayMetadata#cellShape(long[])}, or
	 *         null if it is not stored (its voxels are the fill value)
	 * @throws FormatException if the stored chunk is damaged; the message names
	 *           the file
	 */
	Chunk readChunk(long[] gridPosition) throws IOException;

	/**
	 * Encodes and stores one chunk, atomically: readers see the old chunk or the
	 * new one.
	 *
	 * @param chunk shaped by {@link ArrayMetadata#cellShape(long[])}
	 */
	default void writeChunk(final long[] gridPosition, final Chunk chunk)
		throws IOException
	{
		throw new IOException(location() + " is read-only");
	}
}
