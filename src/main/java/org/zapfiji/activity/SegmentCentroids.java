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

package org.zapfiji.activity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * Where each label of a segmentation lies: its voxel count and centroid (mean
 * voxel coordinate, fastest axis first: x, y, z), so that a click in the neuron
 * ranking can centre the view on that neuron. Computed chunk by chunk (chunks
 * decoded on several threads, through {@link SegmentBlocks}, which checks and
 * converts every integer type), holding one count and one sum per axis per
 * label: ZAPBench's 71,721 labels take 2 MB, its 2048 × 1328 × 72 segmentation
 * is never in memory at once. Sums are exact (whole numbers).
 */
public final class SegmentCentroids {

	/** Largest label this keeps a sum for (arrays indexed by label). */
	static final int MAX_LABEL = 1 << 24;

	private final String location;

	private final List<String> axes;

	private final long[] counts;

	/** [axis][label]. */
	private final long[][] sums;

	private SegmentCentroids(final String location, final List<String> axes,
		final long[] counts, final long[][] sums)
	{
		this.location = location;
		this.axes = List.copyOf(axes);
		this.counts = counts;
		this.sums = sums;
	}

	/**
	 * Centroids of a segmentation volume's full-resolution level, with its axis
	 * names.
	 *
	 * @throws FormatException naming the file when a label is negative or above
	 *           {@value #MAX_LABEL}
	 */
	public static SegmentCentroids compute(final Volume segmentation,
		final int threads, final Progress progress) throws IOException
	{
		return compute(segmentation.level(0), segmentation.axes(), threads,
			progress);
	}

	/**
	 * @param labels a segmentation of any integer type, 0 is background
	 * @param axisNames the array's axes fastest first (for
	 *          {@link #centroidXyz(int)}), or an empty list
	 * @throws FormatException naming the file when a label is negative or above
	 *           {@value #MAX_LABEL}
	 */
	public static SegmentCentroids compute(final ChunkedArray labels,
		final List<String> axisNames, final int threads, final Progress progress)
		throws IOException
	{
		final ArrayMetadata meta = labels.metadata();
		final int n = meta.numDimensions();
		final List<String> axes = new ArrayList<>();
		for (int d = 0; d < n; d++)
			axes.add("axis " + d);
		final SegmentBlocks blocks = new SegmentBlocks(labels, axes, axes, meta
			.shape(), meta.chunkShape());
		final List<long[]> grid = ChunkWriter.gridPositions(meta.gridShape());
		final Sums sums = new Sums(labels.location(), n);
		progress.status("centroids of " + labels.location());
		OrderedWork.run(grid.size(), i -> () -> new Block(grid.get(i), blocks
			.readChunk(grid.get(i))), Math.max(1, threads), block -> sums.add(
				block.labels, block.cell, block.position, meta.chunkShape()),
			new WorkCounter(progress, grid.size()));
		return new SegmentCentroids(labels.location(), axisNames, Arrays.copyOf(
			sums.counts, sums.max + 1), trimmed(sums.sums, sums.max + 1));
	}

	private static long[][] trimmed(final long[][] sums, final int length) {
		final long[][] t = new long[sums.length][];
		for (int d = 0; d < t.length; d++)
			t[d] = Arrays.copyOf(sums[d], length);
		return t;
	}

	/** The segmentation, for messages. */
	public String location() {
		return location;
	}

	/** Axes of every centroid. */
	public int dimensions() {
		return sums.length;
	}

	/** The array's axis names, fastest first, as given (may be empty). */
	public List<String> axes() {
		return axes;
	}

	/** The largest label found, 0 if only background. */
	public int maxLabel() {
		return counts.length - 1;
	}

	/** Voxels of {@code label}; 0 if it is absent. */
	public long voxels(final int label) {
		return label > 0 && label < counts.length ? counts[label] : 0;
	}

	/**
	 * The mean voxel coordinate of {@code label}, fastest axis first (x, y, z),
	 * or null when no voxel has it.
	 */
	public double[] centroid(final int label) {
		if (voxels(label) == 0) return null;
		final double[] c = new double[sums.length];
		for (int d = 0; d < c.length; d++)
			c[d] = (double) sums[d][label] / counts[label];
		return c;
	}

	/**
	 * The centroid as x, y, z when the axes are named so (in any order, any
	 * case), else as {@link #centroid(int)}; null when no voxel has the label.
	 */
	public double[] centroidXyz(final int label) {
		final double[] c = centroid(label);
		if (c == null) return null;
		final int[] order = new int[3];
		final String[] names = { "x", "y", "z" };
		for (int i = 0; i < 3; i++) {
			order[i] = -1;
			for (int d = 0; d < axes.size() && d < c.length; d++)
				if (axes.get(d).equalsIgnoreCase(names[i])) order[i] = d;
			if (order[i] < 0) return c;
		}
		return new double[] { c[order[0]], c[order[1]], c[order[2]] };
	}

	/** The labels present, ascending, without background. */
	public int[] labels() {
		int count = 0;
		for (int l = 1; l < counts.length; l++)
			if (counts[l] > 0) count++;
		final int[] present = new int[count];
		for (int l = 1, i = 0; l < counts.length; l++)
			if (counts[l] > 0) present[i++] = l;
		return present;
	}

	/** One decoded chunk and where it lies. */
	private static final class Block {

		final long[] position;

		final int[] cell;

		final int[] labels;

		Block(final long[] position, final Chunk chunk) {
			this.position = position;
			this.cell = chunk.shape();
			this.labels = (int[]) chunk.data();
		}
	}

	/** Counts and coordinate sums, grown as larger labels turn up. */
	private static final class Sums {

		private final String location;

		long[] counts = new long[1024];

		long[][] sums;

		int max;

		Sums(final String location, final int dimensions) {
			this.location = location;
			this.sums = new long[dimensions][1024];
		}

		void add(final int[] labels, final int[] cell, final long[] g,
			final int[] chunk) throws FormatException
		{
			final int n = cell.length;
			final long[] origin = new long[n];
			for (int d = 0; d < n; d++)
				origin[d] = g[d] * chunk[d];
			final int[] p = new int[n];
			for (int i = 0; i < labels.length; i++) {
				final int label = labels[i];
				if (label != 0) {
					if (label > max) grow(label);
					counts[label]++;
					for (int d = 0; d < n; d++)
						sums[d][label] += origin[d] + p[d];
				}
				for (int d = 0; d < n && ++p[d] == cell[d]; d++)
					p[d] = 0;
			}
		}

		private void grow(final int label) throws FormatException {
			if (label > MAX_LABEL) throw FormatException.field(location, "label",
				"at most " + MAX_LABEL + " to find centroids", label);
			max = label;
			if (label < counts.length) return;
			final int length = (int) Math.min(MAX_LABEL + 1L, Math.max(label + 1L,
				2L * counts.length));
			counts = Arrays.copyOf(counts, length);
			for (int d = 0; d < sums.length; d++)
				sums[d] = Arrays.copyOf(sums[d], length);
		}
	}
}
