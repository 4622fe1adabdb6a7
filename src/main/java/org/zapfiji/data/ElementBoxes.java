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

package org.zapfiji.data;

import java.nio.ByteBuffer;

/**
 * Copies boxes of elements between byte buffers that hold n-dimensional blocks
 * (fastest dimension first), by whole rows.
 */
public final class ElementBoxes {

	private ElementBoxes() {}

	/**
	 * Copies the box of {@code size} at {@code inAt} in the block of
	 * {@code inShape} that starts at byte {@code inBase} of {@code in} to
	 * {@code outAt} in the block of {@code outShape} at byte {@code outBase} of
	 * {@code out}. Positions and limits of both buffers stay.
	 *
	 * @param elementBytes bytes per element
	 */
	public static void copy(final ByteBuffer in, final int inBase,
		final int[] inShape, final long[] inAt, final ByteBuffer out,
		final int outBase, final int[] outShape, final long[] outAt,
		final int[] size, final int elementBytes)
	{
		final int n = size.length;
		for (final int s : size)
			if (s <= 0) return;
		final int row = size[0] * elementBytes;
		final int[] at = new int[n];
		while (true) {
			out.put(outBase + offset(outShape, outAt, at) * elementBytes, in, inBase +
				offset(inShape, inAt, at) * elementBytes, row);
			int d = 1;
			while (d < n && ++at[d] == size[d])
				at[d++] = 0;
			if (d >= n) return;
		}
	}

	private static int offset(final int[] shape, final long[] origin,
		final int[] at)
	{
		long index = 0;
		for (int d = shape.length - 1; d >= 0; d--)
			index = index * shape[d] + origin[d] + at[d];
		return (int) index;
	}
}
