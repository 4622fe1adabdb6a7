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

package org.zapfiji.annotation.compare;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every pair of points, one from each set, at most {@code maxDistance} apart,
 * found with a uniform grid of cells {@code maxDistance} wide: a point's
 * partners lie in its own cell or the 26 around it, so the work grows with the
 * number of points, not with their product. Pairs are listed by test point,
 * then by reference index.
 */
final class CandidatePairs {

	int size;

	int[] reference = new int[16];

	int[] test = new int[16];

	double[] distance = new double[16];

	private CandidatePairs() {}

	/** @param a, b points as {x, y, z} in µm */
	static CandidatePairs within(final double[][] a, final double[][] b,
		final double maxDistance)
	{
		final CandidatePairs pairs = new CandidatePairs();
		final Map<Long, int[]> cells = cells(a, maxDistance);
		final double max2 = maxDistance * maxDistance;
		for (int j = 0; j < b.length; j++) {
			final long cx = cell(b[j][0], maxDistance);
			final long cy = cell(b[j][1], maxDistance);
			final long cz = cell(b[j][2], maxDistance);
			for (long dx = -1; dx <= 1; dx++)
				for (long dy = -1; dy <= 1; dy++)
					for (long dz = -1; dz <= 1; dz++) {
						final int[] members = cells.get(key(cx + dx, cy + dy, cz + dz));
						if (members == null) continue;
						for (final int i : members) {
							final double d2 = squared(a[i], b[j]);
							if (d2 <= max2) pairs.add(i, j, Math.sqrt(d2));
						}
					}
		}
		return pairs;
	}

	private static Map<Long, int[]> cells(final double[][] points,
		final double size)
	{
		final Map<Long, int[]> cells = new HashMap<>(points.length * 2);
		final Map<Long, Integer> counts = new HashMap<>(points.length * 2);
		final long[] keys = new long[points.length];
		for (int i = 0; i < points.length; i++) {
			keys[i] = key(cell(points[i][0], size), cell(points[i][1], size), cell(
				points[i][2], size));
			counts.merge(keys[i], 1, Integer::sum);
		}
		final Map<Long, Integer> filled = new HashMap<>(counts.size() * 2);
		for (int i = 0; i < points.length; i++) {
			final int[] members = cells.computeIfAbsent(keys[i], k -> new int[counts
				.get(k)]);
			final int at = filled.merge(keys[i], 1, Integer::sum) - 1;
			members[at] = i;
		}
		return cells;
	}

	private static long cell(final double v, final double size) {
		return (long) Math.floor(v / size);
	}

	/** 21 bits per axis: ±1 million cells, far beyond any recording. */
	private static long key(final long x, final long y, final long z) {
		return (x & 0x1FFFFF) << 42 | (y & 0x1FFFFF) << 21 | z & 0x1FFFFF;
	}

	private static double squared(final double[] p, final double[] q) {
		final double dx = p[0] - q[0];
		final double dy = p[1] - q[1];
		final double dz = p[2] - q[2];
		return dx * dx + dy * dy + dz * dz;
	}

	private void add(final int r, final int t, final double d) {
		if (size == reference.length) {
			reference = Arrays.copyOf(reference, size * 2);
			test = Arrays.copyOf(test, size * 2);
			distance = Arrays.copyOf(distance, size * 2);
		}
		reference[size] = r;
		test[size] = t;
		distance[size] = d;
		size++;
	}
}
