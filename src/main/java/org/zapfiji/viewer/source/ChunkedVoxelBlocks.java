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

package org.zapfiji.viewer.source;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;

/**
 * The blocks of a chunked array at fixed positions along its non-spatial axes
 * (time, channel), for one rendering pass.
 * <p>
 * Each block is looked up in the shared cache once per pass and then kept in a
 * table of this pass, so render threads do not contend for the cache's lock
 * pixel by pixel. The table is written without locks: blocks are immutable, so
 * two threads that look up the same block at once merely both store it.
 */
final class ChunkedVoxelBlocks implements VoxelBlocks {

	/**
	 * Largest chunk grid remembered in an array; larger grids use a map, so a
	 * pass (or a status-line probe) never allocates much more than it reads.
	 */
	private static final int MAX_TABLE = 1 << 16;

	/** Marks a block asked for in this pass and not loaded yet. */
	private static final Block NOT_LOADED = Block.constant(Double.NaN,
		new long[3], new int[3]);

	private final ChunkedArray array;

	private final ArrayMetadata metadata;

	private final ChunkLoader loader;

	private final ChunkCache cache;

	/** Array dimension of x, y, z; -1 for a missing z. */
	private final int[] spatial;

	/** Position along every axis; only the non-spatial entries are used. */
	private final long[] fixed;

	private final long[] dimensions = new long[3];

	private final int[] chunk = new int[3];

	private final long[] grid = new long[3];

	/** log2 of the chunk size per axis where it is a power of two, else -1. */
	private final int[] shift = new int[3];

	private final Block[] table;

	private final ConcurrentHashMap<Long, Block> map;

	private final double fill;

	ChunkedVoxelBlocks(final ChunkedArray array, final int[] spatial,
		final long[] fixed, final ChunkLoader loader)
	{
		this.array = array;
		this.metadata = array.metadata();
		this.spatial = spatial;
		this.fixed = fixed;
		this.loader = loader;
		this.cache = loader.cache();
		final long[] shape = metadata.shape();
		final int[] chunkShape = metadata.chunkShape();
		for (int d = 0; d < 3; d++) {
			final int a = spatial[d];
			dimensions[d] = a < 0 ? 1 : shape[a];
			chunk[d] = a < 0 ? 1 : chunkShape[a];
			grid[d] = (dimensions[d] + chunk[d] - 1) / chunk[d];
			shift[d] = Integer.bitCount(chunk[d]) == 1 ? Integer
				.numberOfTrailingZeros(chunk[d]) : -1;
		}
		final long cells = grid[0] * grid[1] * grid[2];
		table = cells <= MAX_TABLE ? new Block[(int) cells] : null;
		map = table == null ? new ConcurrentHashMap<>() : null;
		fill = metadata.fillValue() == null ? 0 : metadata.fillValue()
			.doubleValue();
	}

	@Override
	public long[] dimensions() {
		return dimensions.clone();
	}

	@Override
	public Block peek(final long x, final long y, final long z) {
		final long gx = cell(x, 0), gy = cell(y, 1), gz = cell(z, 2);
		final long cell = (gz * grid[1] + gy) * grid[0] + gx;
		final Block known = remembered(cell);
		if (known != null) return known == NOT_LOADED ? null : known;
		final long[] position = gridPosition(gx, gy, gz);
		Block block = null;
		final Chunk cached = cache.getIfPresent(array, position);
		if (cached != null) block = wrap(cached, gx, gy, gz);
		else if (cache.isKnown(array, position)) block = constant(fill, gx, gy, gz);
		else if (loader.hasFailed(array, position)) block = constant(Double.NaN, gx,
			gy, gz);
		else loader.request(array, position);
		remember(cell, block == null ? NOT_LOADED : block);
		return block;
	}

	@Override
	public Block load(final long x, final long y, final long z)
		throws IOException
	{
		final long gx = x / chunk[0], gy = y / chunk[1], gz = z / chunk[2];
		final long cell = (gz * grid[1] + gy) * grid[0] + gx;
		final Block known = remembered(cell);
		if (known != null && known != NOT_LOADED) return known;
		final Chunk c = cache.get(array, gridPosition(gx, gy, gz));
		final Block block = c == null ? constant(fill, gx, gy, gz) : wrap(c, gx, gy,
			gz);
		remember(cell, block);
		return block;
	}

	/**
	 * Chunk coordinate of voxel coordinate {@code v} along axis {@code d}: a
	 * shift for the usual power-of-two chunks, since the renderer asks at every
	 * block it enters and a 64-bit division costs more than the read itself.
	 */
	private long cell(final long v, final int d) {
		return shift[d] >= 0 ? v >> shift[d] : v / chunk[d];
	}

	private Block remembered(final long cell) {
		return table != null ? table[(int) cell] : map.get(cell);
	}

	private void remember(final long cell, final Block block) {
		if (table != null) table[(int) cell] = block;
		else map.put(cell, block);
	}

	private long[] gridPosition(final long gx, final long gy, final long gz) {
		final int[] chunkShape = metadata.chunkShape();
		final long[] position = new long[fixed.length];
		for (int d = 0; d < fixed.length; d++)
			position[d] = fixed[d] / chunkShape[d];
		final long[] g = { gx, gy, gz };
		for (int d = 0; d < 3; d++)
			if (spatial[d] >= 0) position[spatial[d]] = g[d];
		return position;
	}

	private Block wrap(final Chunk c, final long gx, final long gy,
		final long gz)
	{
		final int[] shape = c.shape();
		final int n = shape.length;
		final int[] strides = new int[n];
		int stride = 1;
		for (int d = 0; d < n; d++) {
			strides[d] = stride;
			stride *= shape[d];
		}
		final int[] chunkShape = metadata.chunkShape();
		int offset = 0;
		for (int d = 0; d < n; d++)
			if (!isSpatial(d)) offset += (int) (fixed[d] % chunkShape[d]) *
				strides[d];
		final int[] xyzStrides = new int[3];
		final int[] size = new int[3];
		for (int d = 0; d < 3; d++) {
			xyzStrides[d] = spatial[d] < 0 ? 0 : strides[spatial[d]];
			size[d] = spatial[d] < 0 ? 1 : shape[spatial[d]];
		}
		return Block.of(metadata.dataType(), c.data(), min(gx, gy, gz), size,
			offset, xyzStrides);
	}

	private Block constant(final double value, final long gx, final long gy,
		final long gz)
	{
		final long[] min = min(gx, gy, gz);
		final int[] size = new int[3];
		for (int d = 0; d < 3; d++)
			size[d] = (int) Math.min(chunk[d], dimensions[d] - min[d]);
		return Block.constant(value, min, size);
	}

	private long[] min(final long gx, final long gy, final long gz) {
		return new long[] { gx * chunk[0], gy * chunk[1], gz * chunk[2] };
	}

	private boolean isSpatial(final int d) {
		return d == spatial[0] || d == spatial[1] || d == spatial[2];
	}
}
