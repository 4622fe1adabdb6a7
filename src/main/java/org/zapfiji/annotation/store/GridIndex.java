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

package org.zapfiji.annotation.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zapfiji.annotation.Mark;

/**
 * Marks by position: a uniform grid of cubic cells, kept in step with every
 * edit (an add or a delete touches one cell). A box query visits only the cells
 * it overlaps and tests each mark's coordinates, which sit in a flat array
 * beside the marks, so the scan never leaves the cell's memory.
 * <p>
 * Measured against SQLite's R*Tree on a million marks (see
 * {@code ProjectStoreBenchmark}), this answers a 200 × 200 × 10 µm query in a
 * fraction of the time, with no SQL round trip per result. Only non-empty cells
 * exist, so marks far apart cost nothing; a query larger than the occupied
 * cells walks those instead of its own range.
 */
final class GridIndex {

	/** Cell coordinates are clamped to ±2²⁰, ±20 m at 20 µm: all of any fish. */
	private static final long LIMIT = 1L << 20;

	private final double cell;

	private final Map<Long, Cell> cells = new HashMap<>();

	private int size;

	/** @param cell edge of a grid cell in µm */
	GridIndex(final double cell) {
		if (!(cell > 0)) throw new IllegalArgumentException("cell size " + cell);
		this.cell = cell;
	}

	int size() {
		return size;
	}

	void add(final Mark m) {
		cells.computeIfAbsent(key(m.x(), m.y(), m.z()), k -> new Cell()).add(m);
		size++;
	}

	/**
	 * Removes the mark with the id of {@code m}, at the position of {@code m}.
	 */
	boolean remove(final Mark m) {
		final long key = key(m.x(), m.y(), m.z());
		final Cell c = cells.get(key);
		if (c == null || !c.remove(m.id())) return false;
		if (c.size == 0) cells.remove(key);
		size--;
		return true;
	}

	/** Marks with min ≤ position ≤ max on every axis (µm). */
	List<Mark> query(final double[] min, final double[] max) {
		final List<Mark> found = new ArrayList<>();
		final long[] lo = new long[3];
		final long[] hi = new long[3];
		double range = 1;
		for (int d = 0; d < 3; d++) {
			lo[d] = index(min[d]);
			hi[d] = index(max[d]);
			range *= Math.max(0, hi[d] - lo[d] + 1);
		}
		if (range > cells.size()) {
			for (final Cell c : cells.values())
				c.collect(min, max, found);
			return found;
		}
		for (long x = lo[0]; x <= hi[0]; x++)
			for (long y = lo[1]; y <= hi[1]; y++)
				for (long z = lo[2]; z <= hi[2]; z++) {
					final Cell c = cells.get(pack(x, y, z));
					if (c != null) c.collect(min, max, found);
				}
		return found;
	}

	private long key(final double x, final double y, final double z) {
		return pack(index(x), index(y), index(z));
	}

	private long index(final double v) {
		final double i = Math.floor(v / cell);
		return (long) Math.max(-LIMIT, Math.min(LIMIT - 1, i));
	}

	private static long pack(final long x, final long y, final long z) {
		return (x + LIMIT) << 42 | (y + LIMIT) << 21 | (z + LIMIT);
	}

	/** The marks of one cell and their coordinates, x y z interleaved. */
	private static final class Cell {

		private Mark[] marks = new Mark[4];

		private double[] xyz = new double[12];

		private int size;

		void add(final Mark m) {
			if (size == marks.length) {
				marks = Arrays.copyOf(marks, size * 2);
				xyz = Arrays.copyOf(xyz, size * 6);
			}
			marks[size] = m;
			xyz[3 * size] = m.x();
			xyz[3 * size + 1] = m.y();
			xyz[3 * size + 2] = m.z();
			size++;
		}

		/** Swaps the last entry into the removed one's place. */
		boolean remove(final long id) {
			for (int i = 0; i < size; i++)
				if (marks[i].id() == id) {
					size--;
					marks[i] = marks[size];
					System.arraycopy(xyz, 3 * size, xyz, 3 * i, 3);
					marks[size] = null;
					return true;
				}
			return false;
		}

		void collect(final double[] min, final double[] max,
			final List<Mark> found)
		{
			for (int i = 0, j = 0; i < size; i++, j += 3)
				if (xyz[j] >= min[0] && xyz[j] <= max[0] && xyz[j + 1] >= min[1] &&
					xyz[j + 1] <= max[1] && xyz[j + 2] >= min[2] && xyz[j + 2] <= max[2])
					found.add(marks[i]);
		}
	}
}
