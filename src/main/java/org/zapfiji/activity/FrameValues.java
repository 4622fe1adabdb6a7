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

import java.util.Arrays;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;

/**
 * One frame of a volume chunk as a plain array in the chunk's voxel order, time
 * left out: the chunk's own float[] when it is float32 and one frame deep
 * (ZAPBench's ΔF/F), else the frame's voxels copied into a double[] (other
 * types, chunks several frames deep, missing chunks).
 */
final class FrameValues {

	private FrameValues() {}

	/**
	 * @param timeAxis the time axis, or -1
	 * @param frame the frame within the chunk
	 * @param voxels voxels of the chunk in one frame
	 */
	static Object of(final Chunk chunk, final ArrayMetadata meta,
		final long[] position, final int timeAxis, final int frame,
		final int voxels)
	{
		final int[] cell = meta.cellShape(position);
		final boolean oneFrame = timeAxis < 0 || cell[timeAxis] == 1;
		if (chunk == null) {
			final double[] fill = new double[voxels];
			Arrays.fill(fill, meta.fillValue() == null ? 0 : meta.fillValue()
				.doubleValue());
			return fill;
		}
		final Object data = chunk.data();
		if (oneFrame && data instanceof float[]) return data;
		final double[] out = new double[voxels];
		final boolean unsigned = !meta.dataType().isSigned();
		final int n = cell.length;
		int stride = 1;
		int offset = 0;
		final int[] strides = new int[n];
		for (int d = 0; d < n; d++) {
			strides[d] = stride;
			if (d == timeAxis) offset = frame * stride;
			stride *= cell[d];
		}
		final int[] p = new int[n];
		int src = offset;
		for (int j = 0; j < voxels; j++) {
			out[j] = value(data, src, unsigned);
			for (int d = 0; d < n; d++) {
				if (d == timeAxis) continue;
				src += strides[d];
				if (++p[d] < cell[d]) break;
				src -= p[d] * strides[d];
				p[d] = 0;
			}
		}
		return out;
	}

	private static double value(final Object data, final int i,
		final boolean unsigned)
	{
		if (data instanceof float[]) return ((float[]) data)[i];
		if (data instanceof double[]) return ((double[]) data)[i];
		if (data instanceof short[]) {
			final short v = ((short[]) data)[i];
			return unsigned ? v & 0xffff : v;
		}
		if (data instanceof byte[]) {
			final byte v = ((byte[]) data)[i];
			return unsigned ? v & 0xff : v;
		}
		if (data instanceof int[]) {
			final int v = ((int[]) data)[i];
			return unsigned ? v & 0xffffffffL : v;
		}
		if (data instanceof long[]) {
			final long v = ((long[]) data)[i];
			return unsigned && v < 0 ? (v >>> 1) * 2.0 + (v & 1) : v;
		}
		return ((boolean[]) data)[i] ? 1 : 0;
	}
}
