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

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FormatException;

/**
 * BigDataViewer stores each timepoint as its own 3D dataset; this stacks them
 * along a last "t" axis into one array, one timepoint per chunk, without
 * copying: chunk (x, y, z, t) is chunk (x, y, z) of timepoint t.
 */
final class TimeStackedArray implements ChunkedArray {

	private final List<ChunkedArray> timepoints;

	private final ArrayMetadata meta;

	private TimeStackedArray(final List<ChunkedArray> timepoints,
		final ArrayMetadata meta)
	{
		this.timepoints = timepoints;
		this.meta = meta;
	}

	/**
	 * @throws FormatException naming the first timepoint whose shape, chunking or
	 *           type differs from the first one's
	 */
	static TimeStackedArray of(final List<? extends ChunkedArray> timepoints)
		throws FormatException
	{
		final ArrayMetadata first = timepoints.get(0).metadata();
		for (final ChunkedArray t : timepoints) {
			final ArrayMetadata m = t.metadata();
			if (!Arrays.equals(m.shape(), first.shape()) || !Arrays.equals(m
				.chunkShape(), first.chunkShape()) || m.dataType() != first.dataType())
				throw FormatException.field(t.location(), "shape, chunking and type",
					"the same in every timepoint: " + first, m);
		}
		final long[] shape = Arrays.copyOf(first.shape(), first.numDimensions() +
			1);
		shape[shape.length - 1] = timepoints.size();
		final int[] chunk = Arrays.copyOf(first.chunkShape(), shape.length);
		chunk[chunk.length - 1] = 1;
		final List<String> axes = new ArrayList<>(first.axisNames());
		if (!axes.isEmpty()) axes.add("t");
		return new TimeStackedArray(List.copyOf(timepoints), ArrayMetadata.of(shape,
			chunk, first.dataType(), first.fillValue(), axes));
	}

	/** The 3D array of the {@code index}-th timepoint. */
	ChunkedArray timepoint(final int index) {
		return timepoints.get(index);
	}

	@Override
	public ArrayMetadata metadata() {
		return meta;
	}

	@Override
	public String location() {
		return timepoints.get(0).location() + " and " + (timepoints.size() - 1) +
			" more timepoints";
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final int n = gridPosition.length - 1;
		final Chunk chunk = timepoints.get((int) gridPosition[n]).readChunk(Arrays
			.copyOf(gridPosition, n));
		if (chunk == null) return null;
		final int[] shape = Arrays.copyOf(chunk.shape(), n + 1);
		shape[n] = 1;
		return new Chunk(shape, chunk.data());
	}

	@Override
	public void writeChunk(final long[] gridPosition, final Chunk chunk)
		throws IOException
	{
		final int n = gridPosition.length - 1;
		timepoints.get((int) gridPosition[n]).writeChunk(Arrays.copyOf(gridPosition,
			n), new Chunk(Arrays.copyOf(chunk.shape(), n), chunk.data()));
	}
}
