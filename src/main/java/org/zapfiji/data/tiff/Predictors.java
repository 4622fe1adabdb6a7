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

package org.zapfiji.data.tiff;

import java.nio.ByteOrder;

/**
 * Undoes TIFF predictors in place: horizontal differencing (2) of integer
 * samples, and the floating-point predictor (3), which stores each row's bytes
 * most significant first, byte plane after byte plane, differenced byte by
 * byte.
 */
final class Predictors {

	private Predictors() {}

	/**
	 * @param data decoded segment, {@code rows} rows of {@code width} pixels of
	 *          {@code samples} samples of {@code bytes} bytes each
	 */
	static void undo(final int predictor, final byte[] data, final int rows,
		final int width, final int samples, final int bytes, final ByteOrder order)
	{
		if (predictor == 2) for (int r = 0; r < rows; r++)
			horizontal(data, r * width * samples * bytes, width, samples, bytes,
				order == ByteOrder.LITTLE_ENDIAN);
		else if (predictor == 3) {
			final byte[] row = new byte[width * samples * bytes];
			for (int r = 0; r < rows; r++)
				floatingPoint(data, r * row.length, row, samples, bytes,
					order == ByteOrder.LITTLE_ENDIAN);
		}
	}

	private static void horizontal(final byte[] d, final int start,
		final int width, final int samples, final int bytes, final boolean little)
	{
		if (bytes == 1) {
			for (int i = start + samples; i < start + width * samples; i++)
				d[i] += d[i - samples];
			return;
		}
		final int stride = samples * bytes;
		for (int i = start + stride; i < start + width * stride; i += bytes) {
			final long sum = get(d, i, bytes, little) + get(d, i - stride, bytes,
				little);
			put(d, i, bytes, little, sum);
		}
	}

	private static void floatingPoint(final byte[] d, final int start,
		final byte[] row, final int samples, final int bytes, final boolean little)
	{
		for (int i = start + samples; i < start + row.length; i++)
			d[i] += d[i - samples];
		final int count = row.length / bytes;
		for (int i = 0; i < count; i++)
			for (int k = 0; k < bytes; k++)
				row[i * bytes + (little ? bytes - 1 - k : k)] = d[start + k * count +
					i];
		System.arraycopy(row, 0, d, start, row.length);
	}

	private static long get(final byte[] d, final int at, final int bytes,
		final boolean little)
	{
		long v = 0;
		for (int k = 0; k < bytes; k++)
			v |= (d[at + (little ? k : bytes - 1 - k)] & 0xffL) << 8 * k;
		return v;
	}

	private static void put(final byte[] d, final int at, final int bytes,
		final boolean little, final long v)
	{
		for (int k = 0; k < bytes; k++)
			d[at + (little ? k : bytes - 1 - k)] = (byte) (v >>> 8 * k);
	}
}
