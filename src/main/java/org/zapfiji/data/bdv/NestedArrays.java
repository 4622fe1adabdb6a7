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

import java.lang.reflect.Array;

import org.zapfiji.data.DataType;

/**
 * jhdf speaks Java's nested arrays ({@code short[z][y][x]}); chunks are flat,
 * fastest dimension first. These convert between the two, one row at a time.
 */
final class NestedArrays {

	private NestedArrays() {}

	/**
	 * The elements of a nested array, C order, as a flat array of {@code type}.
	 * Leaf arrays of another Java type (jhdf widens unsigned integers) are
	 * narrowed to {@code type}'s width, keeping the bit pattern.
	 */
	static Object flatten(final Object nested, final DataType type,
		final int elements)
	{
		final Object flat = type.allocate(elements);
		final int end = fill(nested, flat, 0);
		if (end != elements) throw new IllegalStateException("expected " +
			elements + " elements, found " + end);
		return flat;
	}

	/** All numbers of a nested numeric array, as doubles. */
	static double[] doubles(final Object nested) {
		final Object flat = DataType.FLOAT64.allocate(count(nested));
		fill(nested, flat, 0);
		return (double[]) flat;
	}

	private static int count(final Object nested) {
		final int n = Array.getLength(nested);
		if (!nested.getClass().getComponentType().isArray()) return n;
		int c = 0;
		for (int i = 0; i < n; i++)
			c += count(Array.get(nested, i));
		return c;
	}

	private static int fill(final Object nested, final Object flat,
		final int start)
	{
		final int n = Array.getLength(nested);
		if (nested.getClass().getComponentType().isArray()) {
			int at = start;
			for (int i = 0; i < n; i++)
				at = fill(Array.get(nested, i), flat, at);
			return at;
		}
		if (nested.getClass() == flat.getClass()) System.arraycopy(nested, 0, flat,
			start, n);
		else for (int i = 0; i < n; i++)
			set(flat, start + i, (Number) Array.get(nested, i));
		return start + n;
	}

	private static void set(final Object flat, final int i, final Number v) {
		if (flat instanceof byte[]) ((byte[]) flat)[i] = v.byteValue();
		else if (flat instanceof short[]) ((short[]) flat)[i] = v.shortValue();
		else if (flat instanceof int[]) ((int[]) flat)[i] = v.intValue();
		else if (flat instanceof long[]) ((long[]) flat)[i] = v.longValue();
		else if (flat instanceof float[]) ((float[]) flat)[i] = v.floatValue();
		else((double[]) flat)[i] = v.doubleValue();
	}
}
