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

package org.zapfiji.data.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample file that exercises every part of {@link Hdf5Writer}: each element
 * type with extreme values, written in blocks with partial edge blocks; edge
 * shapes (empty, scalar, one element, long 1-D, 4-D); nested and empty groups;
 * a group of 20 members and an object of 10 attributes (beyond the default
 * compact limit of 8); a 300-character and a UTF-8 link name; numeric and
 * string attributes. Every value is a function of the element's C-order index,
 * so readers' results can be checked exactly.
 */
final class Hdf5Samples {

	/** One dataset of the sample and how it is written. */
	static final class Sample {

		final String path;

		final Hdf5Type type;

		final long[] dims;

		final int[] block;

		final double fill;

		Sample(final String path, final Hdf5Type type, final long[] dims,
			final int[] block, final double fill)
		{
			this.path = path;
			this.type = type;
			this.dims = dims;
			this.block = block;
			this.fill = fill;
		}

		long elements() {
			long n = 1;
			for (final long d : dims)
				n *= d;
			return n;
		}
	}

	static final String LONG_NAME = "n".repeat(300);

	static final String UTF8_NAME = "µm-Ω";

	private Hdf5Samples() {}

	/** The datasets of the sample file, by path. */
	static List<Sample> samples() {
		final List<Sample> all = new ArrayList<>();
		for (final Hdf5Type t : Hdf5Type.values())
			all.add(new Sample("/types/" + t.name().toLowerCase(
				java.util.Locale.ROOT), t, new long[] { 3, 5, 7 }, new int[] { 2, 2,
					3 }, 0));
		all.add(new Sample("/edges/empty", Hdf5Type.INT16, new long[] { 0 },
			new int[] { 0 }, 0));
		all.add(new Sample("/edges/empty2d", Hdf5Type.FLOAT32, new long[] { 4, 0 },
			new int[] { 4, 0 }, 0));
		all.add(new Sample("/edges/scalar", Hdf5Type.FLOAT64, new long[0],
			new int[0], 0));
		all.add(new Sample("/edges/one", Hdf5Type.UINT8, new long[] { 1 },
			new int[] { 1 }, 0));
		all.add(new Sample("/edges/long", Hdf5Type.INT64, new long[] { 1000 },
			new int[] { 300 }, 0));
		all.add(new Sample("/edges/four_d", Hdf5Type.UINT16, new long[] { 2, 3, 4,
			5 }, new int[] { 1, 2, 3, 5 }, 0));
		all.add(new Sample("/edges/fill_seven", Hdf5Type.INT32, new long[] { 2, 3 },
			new int[] { 2, 3 }, 7));
		all.add(new Sample("/edges/fill_half", Hdf5Type.FLOAT32, new long[] { 3 },
			new int[] { 3 }, 0.5));
		all.add(new Sample("/a/b/c/deep", Hdf5Type.UINT32, new long[] { 9, 11 },
			new int[] { 4, 11 }, 0));
		all.add(new Sample("/many/" + LONG_NAME, Hdf5Type.INT8, new long[] { 2 },
			new int[] { 2 }, 0));
		all.add(new Sample("/many/" + UTF8_NAME, Hdf5Type.INT8, new long[] { 2 },
			new int[] { 1 }, 0));
		return all;
	}

	/** The groups and their members, sorted. */
	static Map<String, List<String>> groups() {
		final Map<String, List<String>> groups = new LinkedHashMap<>();
		groups.put("/", List.of("a", "edges", "empty_group", "many", "types"));
		groups.put("/a", List.of("b"));
		groups.put("/a/b", List.of("c"));
		groups.put("/a/b/c", List.of("deep"));
		groups.put("/edges", List.of("empty", "empty2d", "fill_half", "fill_seven",
			"four_d", "long", "one", "scalar"));
		groups.put("/empty_group", List.of());
		final List<String> many = new ArrayList<>();
		for (int i = 0; i < 18; i++)
			many.add(String.format("g%02d", i));
		many.add(LONG_NAME);
		many.add(UTF8_NAME);
		java.util.Collections.sort(many);
		groups.put("/many", many);
		final List<String> types = new ArrayList<>();
		for (final Hdf5Type t : Hdf5Type.values())
			types.add(t.name().toLowerCase(java.util.Locale.ROOT));
		java.util.Collections.sort(types);
		groups.put("/types", types);
		for (int i = 0; i < 18; i++)
			groups.put(String.format("/many/g%02d", i), List.of());
		return groups;
	}

	/** Writes the sample file. */
	static void write(final Path file) throws IOException {
		final Hdf5Writer hdf = Hdf5Writer.create(file);
		final Hdf5Group root = hdf.root();
		root.attribute("title", "zebrafish µ-scope");
		root.attribute("answer", Hdf5Type.INT32, new long[0], new int[] { -42 });
		root.attribute("matrix", Hdf5Type.FLOAT64, new long[] { 2, 3 },
			new double[] { 1.5, -2, 3, 4, 5, 6.25 });
		final Hdf5Group types = root.createGroup("types");
		final Hdf5Group edges = root.createGroup("edges");
		final Hdf5Group c = root.createGroup("a").createGroup("b").createGroup("c");
		root.createGroup("empty_group");
		final Hdf5Group many = root.createGroup("many");
		for (int i = 0; i < 18; i++)
			many.createGroup(String.format("g%02d", i));
		for (final Sample s : samples()) {
			final String name = s.path.substring(s.path.lastIndexOf('/') + 1);
			final Hdf5Group parent = s.path.startsWith("/types/") ? types : s.path
				.startsWith("/edges/") ? edges : s.path.startsWith("/a/") ? c : many;
			final Hdf5Dataset d = parent.createDataset(name, s.type, s.dims, s.fill);
			writeBlocks(d, s);
		}
		for (int i = 0; i < 10; i++)
			types.attribute("attr" + i, Hdf5Type.INT16, new long[] { 2 },
				new short[] { (short) i, (short) -i });
		hdf.finish();
	}

	/**
	 * Writes a sample's blocks, last block first, partial edge blocks included.
	 */
	private static void writeBlocks(final Hdf5Dataset d, final Sample s)
		throws IOException
	{
		final int rank = s.dims.length;
		final long[] grid = new long[rank];
		for (int k = 0; k < rank; k++)
			grid[k] = s.block[k] == 0 ? 0 : (s.dims[k] + s.block[k] - 1) / s.block[k];
		final List<long[]> positions = new ArrayList<>();
		final long[] p = new long[rank];
		boolean empty = false;
		for (final long g : grid)
			empty |= g == 0;
		if (empty) {
			d.write(new long[rank], s.block, java.lang.reflect.Array.newInstance(
				s.type.javaArray().getComponentType(), 0));
			return;
		}
		while (true) {
			positions.add(p.clone());
			int k = rank - 1;
			while (k >= 0 && ++p[k] == grid[k])
				p[k--] = 0;
			if (k < 0) break;
		}
		java.util.Collections.reverse(positions);
		for (final long[] g : positions) {
			final long[] offset = new long[rank];
			final int[] shape = new int[rank];
			int n = 1;
			for (int k = 0; k < rank; k++) {
				offset[k] = g[k] * s.block[k];
				shape[k] = (int) Math.min(s.block[k], s.dims[k] - offset[k]);
				n *= shape[k];
			}
			final Object data = java.lang.reflect.Array.newInstance(s.type.javaArray()
				.getComponentType(), n);
			final long[] at = new long[rank];
			for (int i = 0; i < n; i++) {
				long index = 0;
				for (int k = 0; k < rank; k++)
					index = index * s.dims[k] + offset[k] + at[k];
				set(data, i, bits(s.type, index));
				for (int k = rank - 1; k >= 0 && ++at[k] == shape[k]; k--)
					at[k] = 0;
			}
			d.write(offset, shape, data);
		}
	}

	/**
	 * The bits of element {@code index}: the type's minimum and maximum first,
	 * then scrambled integers, or floats with -0, infinities, the largest and a
	 * subnormal value before ordinary ones.
	 */
	static long bits(final Hdf5Type type, final long index) {
		switch (type) {
			case FLOAT32: {
				final float[] special = { -0f, Float.NEGATIVE_INFINITY,
					Float.POSITIVE_INFINITY, Float.MAX_VALUE, Float.MIN_VALUE };
				final float v = index < special.length ? special[(int) index] : (index -
					50) * 0.37f;
				return Float.floatToRawIntBits(v) & 0xffffffffL;
			}
			case FLOAT64: {
				final double[] special = { -0d, Double.NEGATIVE_INFINITY,
					Double.POSITIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE };
				final double v = index < special.length ? special[(int) index]
					: (index - 50) * 0.37;
				return Double.doubleToRawLongBits(v);
			}
			default:
				final int width = 8 * type.size();
				final boolean signed = type.name().startsWith("INT");
				final long min = signed ? -1L << (width - 1) : 0;
				final long max = signed ? ~min & mask(width) : mask(width);
				if (index == 0) return min & mask(width);
				if (index == 1) return max;
				return (index * 0x9E3779B97F4A7C15L ^ index << 17) & mask(width);
		}
	}

	static long mask(final int width) {
		return width == 64 ? -1L : (1L << width) - 1;
	}

	private static void set(final Object data, final int i, final long bits) {
		if (data instanceof byte[]) ((byte[]) data)[i] = (byte) bits;
		else if (data instanceof short[]) ((short[]) data)[i] = (short) bits;
		else if (data instanceof int[]) ((int[]) data)[i] = (int) bits;
		else if (data instanceof long[]) ((long[]) data)[i] = bits;
		else if (data instanceof float[]) ((float[]) data)[i] = Float
			.intBitsToFloat((int) bits);
		else((double[]) data)[i] = Double.longBitsToDouble(bits);
	}

	/** SHA-256 of a sample's elements, little-endian, C order. */
	static String sha256(final Sample s) {
		final long n = s.elements();
		final ByteBuffer bytes = ByteBuffer.allocate((int) n * s.type.size()).order(
			ByteOrder.LITTLE_ENDIAN);
		for (long i = 0; i < n; i++) {
			final long b = bits(s.type, i);
			for (int k = 0; k < s.type.size(); k++)
				bytes.put((byte) (b >>> (8 * k)));
		}
		try {
			final StringBuilder hex = new StringBuilder();
			for (final byte b : MessageDigest.getInstance("SHA-256").digest(bytes
				.array()))
				hex.append(String.format("%02x", b));
			return hex.toString();
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** numpy's dtype.str of a type: '<i2', '|u1', ... */
	static String numpyType(final Hdf5Type type) {
		final String kind = type == Hdf5Type.FLOAT32 || type == Hdf5Type.FLOAT64
			? "f" : type.name().startsWith("U") ? "u" : "i";
		return (type.size() == 1 ? "|" : "<") + kind + type.size();
	}
}
