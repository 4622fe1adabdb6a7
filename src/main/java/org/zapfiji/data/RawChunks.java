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
import java.nio.ByteOrder;

/**
 * A chunked array whose chunks can be read and written as the bytes of their
 * elements, without a Java array in between. Formats that store chunks
 * uncompressed (a TIFF, an uncompressed Zarr array) offer it, so that
 * {@link ChunkWriter#copy} between two of them moves bytes from file to file
 * with one copy in memory instead of decoding, copying and encoding.
 */
public interface RawChunks extends ChunkedArray {

	/**
	 * Whether chunks are raw here; an array of a format that can compress says
	 * false when it does.
	 */
	boolean hasRawChunks();

	/** The byte order of the elements in raw chunk bytes. */
	ByteOrder elementOrder();

	/**
	 * Reads the elements of one chunk (shaped by
	 * {@link ArrayMetadata#cellShape(long[])}) into {@code out} at
	 * {@code offset}.
	 *
	 * @return false if the chunk is not stored (its voxels are the fill value)
	 */
	boolean readRawChunk(long[] gridPosition, ByteBuffer out, int offset)
		throws IOException;

	/**
	 * Stores one chunk from the elements in {@code bytes} (from its position to
	 * its limit), atomically like {@link #writeChunk}.
	 */
	void writeRawChunk(long[] gridPosition, ByteBuffer bytes) throws IOException;
}
