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

package org.zapfiji.data.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a chunk (or shard) shape written as {@code "512,512,1"}: sizes in the
 * order x, y, z, t, c of the axes the volume has, then any other axes in the
 * volume's order. That is ImageJ's order, whichever order the source stores
 * (ZAPBench's transposed Zarr stores x slowest), so one macro line fits every
 * input. Axes left out keep the source's chunk size; 0 means the whole axis.
 * Sizes larger than the axis are cut to it.
 */
final class ChunkSizes {

	private static final List<String> ORDER = List.of("x", "y", "z", "t", "c");

	private ChunkSizes() {}

	/**
	 * @param text the option's value; empty keeps {@code fallback}
	 * @param axes the volume's axis names, fastest first
	 * @param shape the volume's shape, fastest first
	 * @param fallback the size per axis, fastest first, for axes left out
	 * @return one size per axis, fastest first
	 * @throws InvalidOptionException naming {@code key}
	 */
	static int[] parse(final String key, final String text,
		final List<String> axes, final long[] shape, final int[] fallback)
	{
		final int[] sizes = fallback.clone();
		final List<Integer> order = userOrder(axes);
		if (text.trim().isEmpty()) return capped(sizes, shape);
		final String[] words = text.split(",", -1);
		if (words.length > order.size()) throw InvalidOptionException.of(key,
			"Key '" + key + "' gives " + words.length + " sizes ('" + text +
				"') but the volume has " + order.size() + " axes (" + String.join(", ",
					named(axes, order)) + ").");
		for (int i = 0; i < words.length; i++) {
			final int d = order.get(i);
			sizes[d] = size(key, text, words[i], shape[d]);
		}
		return capped(sizes, shape);
	}

	/** Axis indices in the order sizes are written. */
	static List<Integer> userOrder(final List<String> axes) {
		final List<Integer> order = new ArrayList<>();
		for (final String name : ORDER)
			if (axes.contains(name)) order.add(axes.indexOf(name));
		for (int d = 0; d < axes.size(); d++)
			if (!order.contains(d)) order.add(d);
		return order;
	}

	/** The axis names in the order sizes are written, for messages. */
	static List<String> named(final List<String> axes,
		final List<Integer> order)
	{
		final List<String> names = new ArrayList<>();
		for (final int d : order)
			names.add(axes.get(d));
		return names;
	}

	/** {@code sizes} (fastest first) as written: "x=64, y=64, z=1, t=1". */
	static String inUserOrder(final int[] sizes, final List<String> axes) {
		final List<String> parts = new ArrayList<>();
		for (final int d : userOrder(axes))
			parts.add(axes.get(d) + "=" + sizes[d]);
		return String.join(", ", parts);
	}

	private static int size(final String key, final String text,
		final String word, final long axisLength)
	{
		final long value;
		try {
			value = Long.parseLong(word.trim());
		}
		catch (final NumberFormatException e) {
			throw InvalidOptionException.expected(key,
				"whole numbers >= 0 separated by commas, in the order x,y,z,t " +
					"(0 = the whole axis)", text);
		}
		if (value < 0) throw InvalidOptionException.expected(key,
			"sizes >= 0 (0 = the whole axis)", text);
		final long whole = value == 0 ? axisLength : value;
		return (int) Math.max(1, Math.min(Integer.MAX_VALUE, whole));
	}

	private static int[] capped(final int[] sizes, final long[] shape) {
		final int[] out = Arrays.copyOf(sizes, sizes.length);
		for (int d = 0; d < out.length; d++)
			out[d] = (int) Math.max(1, Math.min(out[d], shape[d]));
		return out;
	}
}
