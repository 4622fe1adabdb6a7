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

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;

/**
 * The marks an export turns into labels, each with its instance id: marks of
 * the chosen statuses, ordered by mark id so that instance ids do not depend on
 * the order the project returns marks in, numbered from 1 (0 is background).
 * <p>
 * A coarse grid of buckets over the image answers "which marks can reach this
 * block" without looking at all 70,000 marks for every chunk.
 */
public final class LabeledMarks {

	/** Bucket size in voxels along x, y, z. */
	private static final int[] BUCKET = { 64, 64, 8 };

	private final LabelGrid grid;

	private final List<Mark> marks;

	private final double[][] centers;

	private final int[] bucketGrid = new int[3];

	private final int[][] buckets;

	private LabeledMarks(final LabelGrid grid, final List<Mark> marks) {
		this.grid = grid;
		this.marks = marks;
		final double[] spacing = grid.spacing();
		final long[] shape = grid.shape();
		centers = new double[marks.size()][3];
		for (int d = 0; d < 3; d++)
			bucketGrid[d] = (int) ((shape[d] + BUCKET[d] - 1) / BUCKET[d]);
		final int[] counts = new int[bucketGrid[0] * bucketGrid[1] * bucketGrid[2]];
		final int[] home = new int[marks.size()];
		for (int i = 0; i < marks.size(); i++) {
			for (int d = 0; d < 3; d++)
				centers[i][d] = marks.get(i).position()[d] / spacing[d];
			home[i] = bucket(centers[i]);
			counts[home[i]]++;
		}
		buckets = new int[counts.length][];
		for (int b = 0; b < counts.length; b++)
			buckets[b] = new int[counts[b]];
		final int[] filled = new int[counts.length];
		for (int i = 0; i < marks.size(); i++)
			buckets[home[i]][filled[home[i]]++] = i;
	}

	/**
	 * The marks of {@code statuses} among {@code all}.
	 *
	 * @throws IllegalArgumentException if a selected mark lies outside the image,
	 *           naming the first few and the image's extent: a label there would
	 *           be cut off silently
	 */
	public static LabeledMarks select(final Collection<Mark> all,
		final Set<MarkStatus> statuses, final LabelGrid grid)
	{
		final List<Mark> chosen = new ArrayList<>();
		final List<Long> outside = new ArrayList<>();
		for (final Mark m : all) {
			if (!statuses.contains(m.status())) continue;
			if (!grid.contains(m.position())) outside.add(m.id());
			chosen.add(m);
		}
		if (!outside.isEmpty()) throw new IllegalArgumentException(outside.size() +
			" of the selected marks lie outside the image (" + grid.extent() +
			"), e.g. mark" + (outside.size() > 1 ? "s " : " ") + outside.subList(0,
				Math.min(5, outside.size())) +
			"; was the project made on another image?");
		chosen.sort(Comparator.comparingLong(Mark::id));
		return new LabeledMarks(grid, chosen);
	}

	/** Accepted marks only, the default of every export. */
	public static Set<MarkStatus> acceptedOnly() {
		return EnumSet.of(MarkStatus.ACCEPTED);
	}

	public int count() {
		return marks.size();
	}

	/** The mark of instance {@code id} (1 to {@link #count()}). */
	public Mark mark(final int id) {
		return marks.get(id - 1);
	}

	/** Center of instance {@code id} in voxel units (continuous). */
	double[] voxelCenter(final int id) {
		return centers[id - 1];
	}

	public LabelGrid grid() {
		return grid;
	}

	/**
	 * Instance ids of the marks whose center lies within the box from {@code min}
	 * to {@code max} (voxels, inclusive) widened by {@code reach} voxels per
	 * axis; a superset is fine, the caller measures.
	 */
	int[] near(final long[] min, final long[] max, final double[] reach) {
		final int[] lo = new int[3];
		final int[] hi = new int[3];
		for (int d = 0; d < 3; d++) {
			lo[d] = (int) Math.max(0, Math.floor((min[d] - reach[d]) / BUCKET[d]));
			hi[d] = (int) Math.min(bucketGrid[d] - 1, Math.floor((max[d] + reach[d] +
				0.5) / BUCKET[d]));
		}
		int n = 0;
		int[] found = new int[16];
		for (int z = lo[2]; z <= hi[2]; z++)
			for (int y = lo[1]; y <= hi[1]; y++)
				for (int x = lo[0]; x <= hi[0]; x++)
					for (final int i : buckets[x + bucketGrid[0] * (y + bucketGrid[1] *
						z)])
					{
						final double[] c = centers[i];
						boolean inside = true;
						for (int d = 0; d < 3 && inside; d++)
							inside = c[d] >= min[d] - reach[d] && c[d] <= max[d] + reach[d];
						if (!inside) continue;
						if (n == found.length) found = java.util.Arrays.copyOf(found, 2 *
							n);
						found[n++] = i + 1;
					}
		return java.util.Arrays.copyOf(found, n);
	}

	private int bucket(final double[] voxel) {
		int index = 0;
		for (int d = 2; d >= 0; d--) {
			final int b = (int) Math.max(0, Math.min(bucketGrid[d] - 1, Math.floor(
				(voxel[d] + 0.5) / BUCKET[d])));
			index = index * bucketGrid[d] + b;
		}
		return index;
	}
}
