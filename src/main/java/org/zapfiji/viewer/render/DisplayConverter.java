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

package org.zapfiji.viewer.render;

import org.zapfiji.viewer.state.SourceDisplay;

/**
 * Maps a source's values to its colour: {@code min} black, {@code max} full
 * colour, linear between, clamped outside. Several sources add up per channel
 * and saturate at 255, as BigDataViewer's default (sum) blending does.
 */
final class DisplayConverter {

	private final double min;

	private final double scale;

	private final int red, green, blue;

	DisplayConverter(final SourceDisplay display) {
		min = display.min();
		final double range = display.max() - display.min();
		scale = range == 0 ? Double.POSITIVE_INFINITY : 255 / range;
		red = display.color() >> 16 & 0xff;
		green = display.color() >> 8 & 0xff;
		blue = display.color() & 0xff;
	}

	/**
	 * Grey level 0–255 of {@code value}; a value at or above max is 255 even when
	 * min equals max. NaN (no data) is 0.
	 */
	int level(final double value) {
		final double t = (value - min) * scale;
		if (!(t > 0)) return value >= min && scale == Double.POSITIVE_INFINITY ? 255
			: 0;
		return t >= 255 ? 255 : (int) (t + 0.5);
	}

	/**
	 * The opaque colour of each grey level, for a source drawn alone: one table
	 * read per pixel instead of sums and packing.
	 */
	int[] colors() {
		final int[] lut = new int[256];
		for (int level = 0; level < 256; level++)
			lut[level] = argb((level * red + 127) / 255, (level * green + 127) / 255,
				(level * blue + 127) / 255);
		return lut;
	}

	/** Adds {@code level}'s colour to the sums at {@code i}. */
	void add(final int level, final int[] r, final int[] g, final int[] b,
		final int i)
	{
		r[i] += (level * red + 127) / 255;
		g[i] += (level * green + 127) / 255;
		b[i] += (level * blue + 127) / 255;
	}

	/** Packs the sums into opaque ARGB, saturating each channel. */
	static int argb(final int r, final int g, final int b) {
		return 0xff000000 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math
			.min(b, 255);
	}
}
