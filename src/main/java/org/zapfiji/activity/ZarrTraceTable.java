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
import java.lang.ref.SoftReference;
import java.util.Arrays;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FormatException;

/**
 * Traces in a two-dimensional Zarr (v2 or v3) array of shape [frames, neurons]
 * in Zarr's order, as ZAPBench's {@code volumes/20240930/traces} (Zarr v3,
 * chunks 512 × 512, uncompressed).
 * <p>
 * A read of fewer frames than a chunk holds keeps the whole row of chunks it
 * came from (every neuron, a chunk's frames: 147 MB for ZAPBench), softly, so
 * the garbage collector may take it back. Why: with 512-frame chunks one frame
 * costs as much to read as 512, and an inspection window reads frame after
 * frame, each up to four times (one per painting mode); without the row, each
 * step of a time slider read 147 MB.
 */
final class ZarrTraceTable implements TraceTable {

	private final ChunkedArray array;

	private final int frames;

	private final int neurons;

	/** The chunk row read last, or null; see the class comment. */
	private volatile SoftReference<Row> lastRow;

	/** Frames {@code first ..} of every neuron, frame after frame. */
	private static final class Row {

		final int first;

		final float[] values;

		Row(final int first, final float[] values) {
			this.first = first;
			this.values = values;
		}
	}

	ZarrTraceTable(final ChunkedArray array) throws FormatException {
		final long[] shape = array.metadata().shape();
		if (shape.length != 2) throw FormatException.field(array.location(),
			"shape", "two dimensions [frames, neurons]", shape.length +
				" dimensions " + java.util.Arrays.toString(reversed(shape)));
		ArrayBoxes.requireFloatingPoint(array, "traces");
		if (shape[0] > Integer.MAX_VALUE || shape[1] > Integer.MAX_VALUE)
			throw FormatException.field(array.location(), "shape",
				"fewer than 2^31 frames and neurons", java.util.Arrays.toString(
					reversed(shape)));
		this.array = array;
		this.neurons = (int) shape[0];
		this.frames = (int) shape[1];
	}

	/** Zarr's order of a fastest-first shape. */
	static long[] reversed(final long[] shape) {
		final long[] r = new long[shape.length];
		for (int d = 0; d < r.length; d++)
			r[d] = shape[r.length - 1 - d];
		return r;
	}

	@Override
	public String location() {
		return array.location();
	}

	@Override
	public int frames() {
		return frames;
	}

	@Override
	public int neurons() {
		return neurons;
	}

	@Override
	public int frameBlock() {
		return array.metadata().chunkShape()[1];
	}

	@Override
	public float[] readFrames(final int from, final int count)
		throws IOException
	{
		final int block = frameBlock();
		final int first = from / block * block;
		final int rowFrames = (int) Math.min(block, (long) frames - first);
		final boolean withinRow = from >= 0 && count > 0 && count < rowFrames &&
			from + count <= first + rowFrames;
		if (!withinRow || (long) rowFrames *
			neurons > TraceTables.MAX_ELEMENTS_PER_READ) return box(from, count);
		final SoftReference<Row> kept = lastRow;
		Row row = kept == null ? null : kept.get();
		if (row == null || row.first != first) {
			row = new Row(first, box(first, rowFrames));
			lastRow = new SoftReference<>(row);
		}
		final int start = (from - row.first) * neurons;
		return Arrays.copyOfRange(row.values, start, start + count * neurons);
	}

	private float[] box(final int from, final int count) throws IOException {
		return (float[]) ArrayBoxes.read(array, new long[] { 0, from }, new int[] {
			neurons, count }, false);
	}

	/** One box one neuron wide: only the chunks of the column are read. */
	@Override
	public float[] readNeuron(final int column, final int from, final int count)
		throws IOException
	{
		TraceTables.checkNeuronRead(this, column, from, count);
		return (float[]) ArrayBoxes.read(array, new long[] { column, from },
			new int[] { 1, count }, false);
	}
}
