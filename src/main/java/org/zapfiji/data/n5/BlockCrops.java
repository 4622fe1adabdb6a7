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

package org.zapfiji.data.n5;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FillValues;

/**
 * Copies the overlap of two blocks that share their origin: used where a stored
 * block is larger (HDF5 pads edge chunks) or smaller (a truncated N5 block)
 * than the cell it fills. Voxels outside the stored block take the fill value.
 */
public final class BlockCrops {

	private BlockCrops() {}

	/**
	 * @param source primitive array of {@code product(sourceShape)} elements,
	 *          fastest dimension first
	 * @return a new array of {@code product(targetShape)} elements, or
	 *         {@code source} itself when the shapes are equal
	 */
	public static Object fit(final Object source, final int[] sourceShape,
		final int[] targetShape, final DataType type, final Number fill)
	{
		if (java.util.Arrays.equals(sourceShape, targetShape)) return source;
		final int n = sourceShape.length;
		final Object target = FillValues.filled(type, fill, elements(targetShape));
		final int row = Math.min(sourceShape[0], targetShape[0]);
		final int[] common = new int[n];
		for (int d = 0; d < n; d++)
			common[d] = Math.min(sourceShape[d], targetShape[d]);
		for (final int d : common)
			if (d == 0) return target;
		final int[] position = new int[n]; // position[0] stays 0: whole rows
		while (true) {
			System.arraycopy(source, offset(position, sourceShape), target, offset(
				position, targetShape), row);
			int d = 1;
			while (d < n && ++position[d] == common[d])
				position[d++] = 0;
			if (d >= n) return target;
		}
	}

	/** Elements of a block of {@code shape}. */
	public static int elements(final int[] shape) {
		int e = 1;
		for (final int s : shape)
			e *= s;
		return e;
	}

	private static int offset(final int[] position, final int[] shape) {
		int offset = 0;
		for (int d = shape.length - 1; d >= 0; d--)
			offset = offset * shape[d] + position[d];
		return offset;
	}
}
