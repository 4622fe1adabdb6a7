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

package org.zapfiji.data.zarr;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.zapfiji.data.FormatException;

/**
 * TensorStore's {@code dimension_units} array attribute, which is where
 * ZAPBench keeps its voxel size ({@code ["406 nm", "406 nm", "4000 nm",
 * "0.9141 s"]}): one entry per dimension in {@code dimension_names} order, each
 * a string {@code "<number> <unit>"} or {@code "<unit>"}, a number, a
 * {@code [number, "unit"]} pair, or null.
 * <p>
 * Lengths become µm, so sources from different formats meet in one space; other
 * units are kept as written.
 */
final class DimensionUnits {

	static final String KEY = "dimension_units";

	private final double[] spacing;

	private final String[] units;

	private DimensionUnits(final double[] spacing, final String[] units) {
		this.spacing = spacing;
		this.units = units;
	}

	/**
	 * The units in {@code attributes}, fastest axis first like the array, or null
	 * if there are none.
	 *
	 * @throws FormatException naming {@code location} if they are malformed
	 */
	static DimensionUnits of(final Map<String, Object> attributes,
		final int dimensions, final String location) throws FormatException
	{
		final Object value = attributes.get(KEY);
		if (value == null) return null;
		if (!(value instanceof List) || ((List<?>) value).size() != dimensions)
			throw FormatException.field(location, "attributes." + KEY, dimensions +
				" units, one per dimension", value);
		final List<?> list = (List<?>) value;
		final double[] spacing = new double[dimensions];
		final String[] units = new String[dimensions];
		for (int i = 0; i < dimensions; i++) {
			final int d = dimensions - 1 - i; // stored slowest first
			final Object entry = list.get(i);
			try {
				final Object[] parsed = parse(entry);
				final double factor = micrometres((String) parsed[1]);
				spacing[d] = Double.isNaN(factor) ? (double) parsed[0]
					: (double) parsed[0] * factor;
				units[d] = Double.isNaN(factor) ? (String) parsed[1] : "\u00b5m";
			}
			catch (final IllegalArgumentException e) {
				throw FormatException.field(location, "attributes." + KEY + "[" + i +
					"]", "\"<number> <unit>\", a number, [number, unit] or null", entry);
			}
		}
		return new DimensionUnits(spacing, units);
	}

	double spacing(final int d) {
		return spacing[d];
	}

	String unit(final int d) {
		return units[d];
	}

	/** {multiplier, unit} of one entry. */
	private static Object[] parse(final Object entry) {
		if (entry == null) return new Object[] { 1.0, "" };
		if (entry instanceof Number) return new Object[] { ((Number) entry)
			.doubleValue(), "" };
		if (entry instanceof List && ((List<?>) entry).size() == 2 &&
			((List<?>) entry).get(0) instanceof Number && ((List<?>) entry).get(
				1) instanceof String) return new Object[] { ((Number) ((List<?>) entry)
					.get(0)).doubleValue(), ((List<?>) entry).get(1) };
		if (!(entry instanceof String)) throw new IllegalArgumentException();
		final String text = ((String) entry).trim();
		int split = 0;
		while (split < text.length() && "+-.0123456789eE".indexOf(text.charAt(
			split)) >= 0)
			split++;
		final double multiplier = split == 0 ? 1 : Double.parseDouble(text
			.substring(0, split));
		if (!(multiplier > 0) || Double.isInfinite(multiplier))
			throw new IllegalArgumentException();
		return new Object[] { multiplier, text.substring(split).trim() };
	}

	/** µm per {@code unit}, or NaN if it is no length. */
	private static double micrometres(final String unit) {
		switch (unit.toLowerCase(Locale.ROOT)) {
			case "nm":
			case "nanometer":
			case "nanometre":
				return 1e-3;
			case "um":
			case "\u00b5m":
			case "micrometer":
			case "micrometre":
			case "micron":
				return 1;
			case "mm":
			case "millimeter":
			case "millimetre":
				return 1e3;
			case "m":
			case "meter":
			case "metre":
				return 1e6;
			default:
				return Double.NaN;
		}
	}
}
