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

package org.zapfiji.data.bdv;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;

/** A chunked array in memory, filled from a function of the voxel position. */
final class MemoryArray implements ChunkedArray {

	private final ArrayMetadata meta;

	private final Map<String, Chunk> chunks = new ConcurrentHashMap<>();

	MemoryArray(final ArrayMetadata meta) {
		this.meta = meta;
	}

	/** An array whose voxel at p holds {@code value(p)} (cast to the type). */
	static MemoryArray of(final long[] shape, final int[] chunk,
		final DataType type, final ToLongFunction<long[]> value)
	{
		final MemoryArray array = new MemoryArray(ArrayMetadata.of(shape, chunk,
			type, 0L, List.of()));
		for (final long[] g : ChunkWriter.gridPositions(array.meta.gridShape())) {
			final int[] cell = array.meta.cellShape(g);
			final int n = Arrays.stream(cell).reduce(1, (a, b) -> a * b);
			final Object data = type.allocate(n);
			final long[] p = new long[shape.length];
			for (int i = 0; i < n; i++) {
				int rest = i;
				for (int d = 0; d < shape.length; d++) {
					p[d] = g[d] * chunk[d] + rest % cell[d];
					rest /= cell[d];
				}
				set(data, i, value.applyAsLong(p));
			}
			array.writeChunk(g, new Chunk(cell, data));
		}
		return array;
	}

	private static void set(final Object data, final int i, final long v) {
		if (data instanceof byte[]) ((byte[]) data)[i] = (byte) v;
		else if (data instanceof short[]) ((short[]) data)[i] = (short) v;
		else if (data instanceof int[]) ((int[]) data)[i] = (int) v;
		else if (data instanceof long[]) ((long[]) data)[i] = v;
		else if (data instanceof float[]) ((float[]) data)[i] = v;
		else((double[]) data)[i] = v;
	}

	@Override
	public ArrayMetadata metadata() {
		return meta;
	}

	@Override
	public String location() {
		return "memory";
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) {
		return chunks.get(Arrays.toString(gridPosition));
	}

	@Override
	public void writeChunk(final long[] gridPosition, final Chunk chunk) {
		chunks.put(Arrays.toString(gridPosition), chunk);
	}
}
