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
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * Traces from a volume: for every frame, the mean value over the voxels of each
 * segment of a label volume; label {@code k} gives column {@code k - 1}, label
 * 0 is background. This is how ZAPBench's traces are defined, so a video
 * model's predicted ΔF/F volumes can be scored the way ZAPBench scores trace
 * models.
 * <p>
 * The volume (x, y, z and optionally t, in any axis order and chunking) is read
 * chunk by chunk at full resolution; the labels are brought into each chunk's
 * voxel order once ({@link SegmentBlocks}) and kept in the chunk cache. Blocks
 * run in parallel. Each block's sums are taken in voxel order, in float64, and
 * added to the frame's sums in block order, so the result does not depend on
 * the number of threads; each mean is rounded once to float32. A label with no
 * voxel gives NaN; labels missing between 1 and the largest still get their
 * column.
 */
public final class TraceExtraction {

	/** Largest label accepted: columns are label − 1, one sum each per thread. */
	static final int MAX_LABEL = 1 << 26;

	private final ChunkedArray values;

	private final int timeAxis;

	private final SegmentBlocks blocks;

	private final ChunkCache cache;

	private final List<long[]> blockGrid;

	private final int frames;

	private long[] counts;

	/**
	 * @throws FormatException naming both files when their x, y, z sizes differ,
	 *           or a file whose other axes are not of size 1
	 */
	public TraceExtraction(final Volume volume, final Volume segmentation,
		final ChunkCache cache) throws FormatException
	{
		this.values = volume.level(0);
		this.cache = cache;
		final ArrayMetadata meta = values.metadata();
		timeAxis = volume.axis("t");
		frames = timeAxis < 0 ? 1 : Math.toIntExact(meta.shape()[timeAxis]);
		final List<String> axes = new ArrayList<>();
		final List<Long> shape = new ArrayList<>();
		final List<Integer> chunk = new ArrayList<>();
		for (int d = 0; d < meta.numDimensions(); d++) {
			if (d == timeAxis) continue;
			axes.add(volume.axes().get(d));
			shape.add(meta.shape()[d]);
			chunk.add(meta.chunkShape()[d]);
		}
		checkSameSpace(volume, segmentation);
		blocks = new SegmentBlocks(segmentation.level(0), segmentation.axes(), axes,
			shape.stream().mapToLong(Long::longValue).toArray(), chunk.stream()
				.mapToInt(Integer::intValue).toArray());
		blockGrid = ChunkWriter.gridPositions(blocks.metadata().gridShape());
	}

	/**
	 * Both files must agree on the size of x, y and z (an axis one lacks counts
	 * as size 1); other axes must be of size 1, except the volume's time.
	 */
	private static void checkSameSpace(final Volume volume,
		final Volume segmentation) throws FormatException
	{
		final String v = volume.level(0).location();
		final String s = segmentation.level(0).location();
		for (final String axis : List.of("x", "y", "z")) {
			final long a = size(volume, axis);
			final long b = size(segmentation, axis);
			if (a != b) throw new FormatException("volume " + v +
				" and segmentation " + s + " differ in size along " + axis + ": " + a +
				" and " + b + " voxels; the segmentation must label the volume's " +
				"voxels one to one (full resolution)");
		}
		for (final Volume each : List.of(volume, segmentation))
			for (int d = 0; d < each.axes().size(); d++) {
				final String axis = each.axes().get(d);
				if (List.of("x", "y", "z").contains(axis) || each == volume && axis
					.equals("t")) continue;
				if (each.metadata().shape()[d] != 1) throw FormatException.field(each
					.level(0).location(), "axis " + axis, each == volume
						? "x, y, z and t only (or size 1)" : "x, y, z only (or size 1)",
					each.metadata().shape()[d] + " values");
			}
	}

	private static long size(final Volume volume, final String axis) {
		final int d = volume.axis(axis);
		return d < 0 ? 1 : volume.metadata().shape()[d];
	}

	/** Frames of the volume (1 without a time axis). */
	public int frames() {
		return frames;
	}

	/** Blocks per frame: the volume's chunks of one time point. */
	public int blocksPerFrame() {
		return blockGrid.size();
	}

	/**
	 * Reads every label once: the number of columns (the largest label) and each
	 * segment's voxel count. {@link #extract} calls it when needed.
	 *
	 * @return the number of columns
	 * @throws FormatException if the segmentation has no label or one above
	 *           {@value #MAX_LABEL}
	 */
	public int scan(final int threads, final Progress progress)
		throws IOException
	{
		if (counts != null) return counts.length - 1;
		final long[][] total = { new long[1024] };
		final int[] max = { 0 };
		final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(
			() -> new Scratch(1024));
		progress.status("reading the segmentation");
		OrderedWork.run(blockGrid.size(), i -> () -> labelCounts(blockGrid.get(i),
			scratch.get()), threads, part -> {
				for (int k = 0; k < part.labels.length; k++) {
					final int label = part.labels[k];
					if (label >= total[0].length) total[0] = Arrays.copyOf(total[0], Math
						.max(label + 1, 2 * total[0].length));
					total[0][label] += (long) part.sums[k];
					max[0] = Math.max(max[0], label);
				}
			}, new WorkCounter(progress, blockGrid.size()));
		if (max[0] == 0) throw FormatException.field(blocks.location(), "labels",
			"at least one segment (labels above 0)", "background only");
		counts = Arrays.copyOf(total[0], max[0] + 1);
		return max[0];
	}

	/**
	 * Voxels per label in one block, labels in first-seen order (counts as
	 * doubles, exact below 2^53).
	 */
	private Sparse labelCounts(final long[] g, final Scratch scratch)
		throws IOException
	{
		final int[] labels = (int[]) cache.get(blocks, g).data();
		int max = 0;
		for (final int label : labels)
			max = Math.max(max, label);
		if (max > MAX_LABEL) throw FormatException.field(blocks.location(), "label",
			"at most " + MAX_LABEL + " (trace columns are label − 1)", max);
		scratch.ensure(max + 1);
		scratch.start();
		scratch.countRuns(labels);
		return scratch.result();
	}

	/** Receives frames of traces in order. */
	public interface FrameSink {

		/** {@code count} frames, frame after frame, one value per column. */
		void accept(float[] rows, int count) throws IOException;
	}

	/**
	 * Extracts frames {@code from} to {@code to} (inclusive) and hands them to
	 * {@code sink} in order, a few at a time.
	 *
	 * @return the number of columns (the largest label)
	 */
	public int extract(final int from, final int to, final int threads,
		final FrameSink sink, final Progress progress) throws IOException
	{
		if (from < 0 || to >= frames || from > to)
			throw new IllegalArgumentException("frames " + from + " to " + to +
				" are not within 0 to " + (frames - 1) + " of " + values.location());
		final int neurons = scan(threads, progress);
		final int nBlocks = blockGrid.size();
		final int count = to - from + 1;
		final int rowsPerFlush = Math.max(1, Math.min(count, (1 << 24) / neurons));
		final float[] rows = new float[rowsPerFlush * neurons];
		final double[] sums = new double[neurons + 1];
		final int[] state = { 0, 0 }; // blocks merged into this frame, rows held
		final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(
			() -> new Scratch(neurons + 1));
		progress.status("extracting " + count + " frames");
		OrderedWork.run(count * nBlocks, i -> () -> blockSums(from + i / nBlocks,
			blockGrid.get(i % nBlocks), scratch.get()), threads, part -> {
				for (int k = 0; k < part.labels.length; k++)
					sums[part.labels[k]] += part.sums[k];
				if (++state[0] < nBlocks) return;
				final int base = state[1] * neurons;
				for (int n = 0; n < neurons; n++)
					rows[base + n] = (float) (sums[n + 1] / counts[n + 1]);
				Arrays.fill(sums, 0);
				state[0] = 0;
				if (++state[1] == rowsPerFlush) {
					sink.accept(rows, state[1]);
					state[1] = 0;
				}
			}, new WorkCounter(progress, (long) count * nBlocks));
		if (state[1] > 0) sink.accept(rows, state[1]);
		return neurons;
	}

	/** Sums of one block of one frame, per label present. */
	private Sparse blockSums(final int frame, final long[] g,
		final Scratch scratch) throws IOException
	{
		final int[] labels = (int[]) cache.get(blocks, g).data();
		final long[] position = new long[values.metadata().numDimensions()];
		final int[] chunk = values.metadata().chunkShape();
		int frameInChunk = 0;
		for (int d = 0, b = 0; d < position.length; d++)
			if (d == timeAxis) {
				position[d] = frame / chunk[d];
				frameInChunk = frame % chunk[d];
			}
			else position[d] = g[b++];
		final Chunk c = values.readChunk(position);
		scratch.start();
		final Object data = FrameValues.of(c, values.metadata(), position, timeAxis,
			frameInChunk, labels.length);
		if (data instanceof float[]) scratch.addRuns(labels, (float[]) data);
		else scratch.addRuns(labels, (double[]) data);
		return scratch.result();
	}

	/** Labels with a sum each (of values, or of voxels), in first-seen order. */
	static final class Sparse {

		final int[] labels;

		final double[] sums;

		Sparse(final int[] labels, final double[] sums) {
			this.labels = labels;
			this.sums = sums;
		}
	}

	/**
	 * One thread's sum per label, with the labels touched since {@link #start()},
	 * so a block's result costs its own labels, not all.
	 */
	private static final class Scratch {

		private double[] sums;

		private int[] stamp;

		private int[] touched;

		private int token;

		private int size;

		Scratch(final int labels) {
			sums = new double[labels];
			stamp = new int[labels];
			touched = new int[labels];
		}

		/** Room for labels 0 to {@code labels - 1}. */
		void ensure(final int labels) {
			if (labels <= sums.length) return;
			final int n = Math.max(labels, 2 * sums.length);
			sums = Arrays.copyOf(sums, n);
			stamp = Arrays.copyOf(stamp, n);
			touched = Arrays.copyOf(touched, n);
		}

		/** Adds each run of equal labels' length to the label's count. */
		void countRuns(final int[] labels) {
			int i = 0;
			while (i < labels.length) {
				final int label = labels[i];
				int j = i + 1;
				while (j < labels.length && labels[j] == label)
					j++;
				if (label != 0) add(label, j - i);
				i = j;
			}
		}

		void start() {
			token++;
			size = 0;
		}

		private void add(final int label, final double sum) {
			if (stamp[label] != token) {
				stamp[label] = token;
				sums[label] = sum;
				touched[size++] = label;
			}
			else sums[label] += sum;
		}

		/** Sums each run of equal labels, then adds it to the label's sum. */
		void addRuns(final int[] labels, final float[] values) {
			int current = 0;
			double run = 0;
			for (int i = 0; i < labels.length; i++) {
				final int label = labels[i];
				if (label != current) {
					if (current != 0) add(current, run);
					current = label;
					run = 0;
				}
				if (label != 0) run += values[i];
			}
			if (current != 0) add(current, run);
		}

		void addRuns(final int[] labels, final double[] values) {
			int current = 0;
			double run = 0;
			for (int i = 0; i < labels.length; i++) {
				final int label = labels[i];
				if (label != current) {
					if (current != 0) add(current, run);
					current = label;
					run = 0;
				}
				if (label != 0) run += values[i];
			}
			if (current != 0) add(current, run);
		}

		Sparse result() {
			final int[] labels = Arrays.copyOf(touched, size);
			final double[] out = new double[size];
			for (int k = 0; k < size; k++)
				out[k] = sums[labels[k]];
			return new Sparse(labels, out);
		}
	}
}
