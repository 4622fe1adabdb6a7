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

package org.zapfiji.annotation.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The multi-level spatial index of neuroglancer precomputed annotations, built
 * as {@code annotations.md} prescribes: level 0 is one cell over the whole
 * bounds; each level emits from each cell a uniform random subset of the
 * annotations not yet emitted, with probability {@code min(1, limit /
 * maxCount)}, so neuroglancer can show a thinned-out sample when zoomed out;
 * the rest go to the child cells of the next level, whose chunk halves along
 * the axes that are physically largest. Levels continue until every annotation
 * is emitted. A fixed seed makes the same marks give the same files.
 * <p>
 * A cell visited at a level gets an entry even if it emits nothing, so the
 * writer leaves no file missing inside a region neuroglancer will ask for.
 */
final class NeuroglancerSpatialIndex {

	/** Halving stops here; a deeper level then emits everything left. */
	private static final int MAX_LEVELS = 32;

	/** One level: its grid and, per visited cell "i_j_k", the emitted rows. */
	static final class Level {

		final double[] chunkSize;

		final long[] gridShape;

		final Map<String, List<Integer>> cells = new LinkedHashMap<>();

		Level(final double[] chunkSize, final long[] gridShape) {
			this.chunkSize = chunkSize;
			this.gridShape = gridShape;
		}
	}

	private NeuroglancerSpatialIndex() {}

	/**
	 * @param coordinates per annotation, in file units
	 * @param unitSize physical size of one file unit per axis, to choose which
	 *          axes to halve
	 */
	static List<Level> build(final float[][] coordinates, final double[] lower,
		final double[] upper, final double[] unitSize, final int limit)
	{
		final int rank = lower.length;
		final Random random = new Random(0x5EED_2024L);
		double[] chunk = new double[rank];
		long[] grid = new long[rank];
		for (int d = 0; d < rank; d++) {
			chunk[d] = upper[d] - lower[d];
			grid[d] = 1;
		}
		Map<String, List<Integer>> remaining = new LinkedHashMap<>();
		final List<Integer> all = new ArrayList<>(coordinates.length);
		for (int i = 0; i < coordinates.length; i++)
			all.add(i);
		remaining.put(key(new long[rank]), all);
		final List<Level> levels = new ArrayList<>();
		while (true) {
			final Level level = new Level(chunk, grid);
			levels.add(level);
			int maxCount = 0;
			for (final List<Integer> rows : remaining.values())
				maxCount = Math.max(maxCount, rows.size());
			final double p = levels.size() >= MAX_LEVELS ? 1 : Math.min(1,
				(double) limit / Math.max(1, maxCount));
			final double[] childChunk = halve(chunk, unitSize);
			final long[] childGrid = new long[rank];
			for (int d = 0; d < rank; d++)
				childGrid[d] = childChunk[d] == chunk[d] ? grid[d] : grid[d] * 2;
			final Map<String, List<Integer>> next = new LinkedHashMap<>();
			for (final Map.Entry<String, List<Integer>> cell : remaining.entrySet()) {
				final List<Integer> emitted = new ArrayList<>();
				for (final int row : cell.getValue()) {
					if (p >= 1 || random.nextDouble() < p) emitted.add(row);
					else next.computeIfAbsent(key(cellOf(coordinates[row], lower,
						childChunk, childGrid)), k -> new ArrayList<>()).add(row);
				}
				Collections.shuffle(emitted, random);
				level.cells.put(cell.getKey(), emitted);
			}
			if (next.isEmpty()) return levels;
			remaining = withEmptySiblings(next, childGrid, grid);
			chunk = childChunk;
			grid = childGrid;
		}
	}

	/**
	 * The next level's cells, plus the empty children of every parent that has a
	 * non-empty child, so each is written as an empty file.
	 */
	private static Map<String, List<Integer>> withEmptySiblings(
		final Map<String, List<Integer>> next, final long[] childGrid,
		final long[] parentGrid)
	{
		final Map<String, List<Integer>> all = new LinkedHashMap<>(next);
		for (final String k : next.keySet()) {
			final long[] child = parse(k);
			final int rank = child.length;
			for (int corner = 0; corner < 1 << rank; corner++) {
				final long[] sibling = new long[rank];
				boolean inside = true;
				for (int d = 0; d < rank; d++) {
					final long factor = childGrid[d] / parentGrid[d];
					final long base = child[d] / factor * factor;
					sibling[d] = base + ((corner >> d & 1) == 1 && factor == 2 ? 1 : 0);
					inside &= sibling[d] < childGrid[d];
				}
				if (inside) all.putIfAbsent(key(sibling), new ArrayList<>());
			}
		}
		return all;
	}

	/** Halves the chunk along each axis at least half as long as the longest. */
	private static double[] halve(final double[] chunk, final double[] unit) {
		double longest = 0;
		for (int d = 0; d < chunk.length; d++)
			longest = Math.max(longest, chunk[d] * unit[d]);
		final double[] child = chunk.clone();
		for (int d = 0; d < chunk.length; d++)
			if (chunk[d] * unit[d] * 2 > longest) child[d] = chunk[d] / 2;
		return child;
	}

	static long[] cellOf(final float[] point, final double[] lower,
		final double[] chunk, final long[] grid)
	{
		final long[] cell = new long[lower.length];
		for (int d = 0; d < lower.length; d++)
			cell[d] = Math.max(0, Math.min(grid[d] - 1, (long) Math.floor((point[d] -
				lower[d]) / chunk[d])));
		return cell;
	}

	static String key(final long[] cell) {
		final StringBuilder b = new StringBuilder();
		for (int d = 0; d < cell.length; d++)
			b.append(d == 0 ? "" : "_").append(cell[d]);
		return b.toString();
	}

	private static long[] parse(final String key) {
		final String[] parts = key.split("_");
		final long[] cell = new long[parts.length];
		for (int d = 0; d < parts.length; d++)
			cell[d] = Long.parseLong(parts[d]);
		return cell;
	}
}
