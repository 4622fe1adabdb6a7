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

package org.zapfiji.viewer.state;

/**
 * How one source is drawn: its colour, the value range mapped from black to
 * that colour, and whether it is shown. Immutable; change it with the
 * {@code with…} methods and hand the result to the viewer state.
 */
public final class SourceDisplay {

	private final int color;

	private final double min;

	private final double max;

	private final boolean visible;

	/**
	 * @param color 0xRRGGBB
	 * @param min value drawn black
	 * @param max value drawn in full colour
	 */
	public SourceDisplay(final int color, final double min, final double max,
		final boolean visible)
	{
		if (!Double.isFinite(min) || !Double.isFinite(max))
			throw new IllegalArgumentException("display range must be finite: " +
				min + " .. " + max);
		this.color = color & 0xffffff;
		this.min = min;
		this.max = max;
		this.visible = visible;
	}

	/** Grey over {@code range}, shown. */
	public static SourceDisplay grey(final double[] range) {
		return new SourceDisplay(0xffffff, range[0], range[1], true);
	}

	public int color() {
		return color;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	public boolean visible() {
		return visible;
	}

	public SourceDisplay withColor(final int newColor) {
		return new SourceDisplay(newColor, min, max, visible);
	}

	public SourceDisplay withRange(final double newMin, final double newMax) {
		return new SourceDisplay(color, newMin, newMax, visible);
	}

	public SourceDisplay withVisible(final boolean shown) {
		return new SourceDisplay(color, min, max, shown);
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof SourceDisplay)) return false;
		final SourceDisplay d = (SourceDisplay) o;
		return d.color == color && d.min == min && d.max == max &&
			d.visible == visible;
	}

	@Override
	public int hashCode() {
		return ((color * 31 + Double.hashCode(min)) * 31 + Double.hashCode(max)) *
			31 + (visible ? 1 : 0);
	}

	@Override
	public String toString() {
		return String.format("#%06x %s..%s%s", color, min, max, visible ? ""
			: " hidden");
	}
}
