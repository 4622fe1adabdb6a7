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

import java.util.Locale;

/**
 * How a per-neuron value becomes a colour when activity is painted through the
 * segmentation. Values that are never negative (a recorded or predicted ΔF/F,
 * an absolute error) get a sequential ramp from {@code min} to {@code max}; the
 * signed difference predicted − recorded gets a diverging blue–white–red ramp
 * over {@code −max … +max}, so zero is white whatever the data and equal over-
 * and under-prediction look equally strong. Label 0 (background) is black; a
 * neuron without a value (NaN: no forecast covers the frame) is mid grey, so
 * "no data" is never mistaken for "low".
 * <p>
 * The sequential ramp is viridis (five anchors, linear between): it is
 * perceptually even and its lowest colour, dark purple, stays distinct from the
 * black background, which a black-to-white ramp would not.
 */
public final class ActivityColors {

	/** What is painted. */
	public enum Mode {

			RECORDED, PREDICTED, DIFFERENCE, ABS_ERROR;

		/** "recorded", "predicted", "difference" or "abs_error". */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean isDiverging() {
			return this == DIFFERENCE;
		}

		public boolean needsPrediction() {
			return this != RECORDED;
		}

		/** The value painted, from a neuron's recorded and predicted values. */
		public double value(final double recorded, final double predicted) {
			switch (this) {
				case RECORDED:
					return recorded;
				case PREDICTED:
					return predicted;
				case DIFFERENCE:
					return predicted - recorded;
				default:
					return Math.abs(predicted - recorded);
			}
		}
	}

	/** 0xRRGGBB of label 0. */
	public static final int BACKGROUND = 0x000000;

	/** 0xRRGGBB of a neuron without a value. */
	public static final int MISSING = 0x808080;

	/** Viridis at 0, ¼, ½, ¾ and 1. */
	private static final int[] VIRIDIS = { 0x440154, 0x3b528b, 0x21918c, 0x5ec962,
		0xfde725 };

	/** RdBu's ends and white: −1, 0, +1. */
	private static final int[] BLUE_WHITE_RED = { 0x2166ac, 0xffffff, 0xb2182b };

	private final Mode mode;

	private final double min, max;

	/**
	 * @param min value at the low end of the sequential ramp; ignored for the
	 *          diverging one, whose range is {@code −max … max}
	 * @param max value at the high end; for the difference, the largest |value|
	 */
	public ActivityColors(final Mode mode, final double min, final double max) {
		if (!Double.isFinite(min) || !Double.isFinite(max))
			throw new IllegalArgumentException("colour range must be finite: " + min +
				" .. " + max);
		if (mode.isDiverging() ? !(max > 0) : !(max > min))
			throw new IllegalArgumentException("empty colour range for " + mode
				.key() + ": " + (mode.isDiverging() ? "±" + max : min + " .. " + max));
		this.mode = mode;
		this.min = min;
		this.max = max;
	}

	public Mode mode() {
		return mode;
	}

	/** Low end of the sequential ramp (ignored by the diverging one). */
	public double min() {
		return min;
	}

	/** High end of the ramp; for the difference, the largest |value|. */
	public double max() {
		return max;
	}

	/**
	 * 0xRRGGBB of {@code value}, clamped to the range; NaN is {@link #MISSING}.
	 */
	public int color(final double value) {
		if (Double.isNaN(value)) return MISSING;
		if (mode.isDiverging()) return ramp(BLUE_WHITE_RED, (value / max + 1) / 2);
		return ramp(VIRIDIS, (value - min) / (max - min));
	}

	/**
	 * Colours by segmentation label: element 0 is the background, element
	 * {@code n + 1} the colour of {@code values[n]} (column n is label n + 1).
	 */
	public int[] byLabel(final double[] values) {
		final int[] colors = new int[values.length + 1];
		colors[0] = BACKGROUND;
		for (int n = 0; n < values.length; n++)
			colors[n + 1] = color(values[n]);
		return colors;
	}

	/**
	 * Colours by segmentation label through a label → column table: element 0 is
	 * the background, element {@code k} the colour of
	 * {@code values[columns.column(k)]} for every label up to the table's
	 * largest. A label without a column (or whose column is past {@code values})
	 * is {@link #MISSING}, like a neuron without a value: the segment is there,
	 * its activity is not. Labels past the array are left to the painter, as with
	 * the identity.
	 */
	public int[] byLabel(final double[] values, final LabelColumns columns) {
		if (columns.isIdentity()) return byLabel(values);
		final int labels = columns.maxLabel(values.length);
		final int[] colors = new int[labels + 1];
		colors[0] = BACKGROUND;
		for (int k = 1; k <= labels; k++) {
			final int n = columns.column(k);
			colors[k] = n >= 0 && n < values.length ? color(values[n]) : MISSING;
		}
		return colors;
	}

	/** Linear between equally spaced anchors; {@code f} clamped to 0..1. */
	static int ramp(final int[] anchors, final double f) {
		final double x = Math.max(0, Math.min(1, f)) * (anchors.length - 1);
		final int i = Math.min((int) x, anchors.length - 2);
		final double w = x - i;
		final int a = anchors[i], b = anchors[i + 1];
		return mix(a >> 16 & 0xff, b >> 16 & 0xff, w) << 16 | mix(a >> 8 & 0xff,
			b >> 8 & 0xff, w) << 8 | mix(a & 0xff, b & 0xff, w);
	}

	private static int mix(final int a, final int b, final double w) {
		return (int) Math.round(a + (b - a) * w);
	}
}
