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

package org.zapfiji.labels;

import java.io.IOException;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;

/**
 * A label array that exists only as a rule: each chunk is computed when it is
 * read, independently of every other chunk. A writer can therefore store it in
 * any format block by block, on any number of threads, with memory for a few
 * chunks, and the same chunk always comes out the same.
 */
abstract class ComputedArray implements ChunkedArray {

	protected final LabelGrid grid;

	private final ArrayMetadata meta;

	private final String name;

	ComputedArray(final LabelGrid grid, final DataType type, final String name) {
		this.grid = grid;
		this.meta = grid.metadata(type);
		this.name = name;
	}

	@Override
	public ArrayMetadata metadata() {
		return meta;
	}

	@Override
	public String location() {
		return name + " (computed)";
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final int[] size = meta.cellShape(gridPosition);
		final int[] chunk = meta.chunkShape();
		final long[] origin = grid.offset();
		for (int d = 0; d < 3; d++)
			origin[d] += gridPosition[d] * chunk[d];
		return new Chunk(size, compute(origin, size));
	}

	/**
	 * The voxels of the box at {@code origin} (x, y, z, in voxels of the whole
	 * image, whatever crop this array covers) of {@code size}, x fastest, as a
	 * primitive array of this array's type.
	 */
	abstract Object compute(long[] origin, int[] size) throws IOException;
}
