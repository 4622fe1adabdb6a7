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

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ImageJ hyperstack description, TIFF tag 270 of the first page:
 * {@code key=value} lines after an {@code ImageJ=} line, saying how the pages
 * form channels, slices and frames ({@code c} fastest, then {@code z}, then
 * {@code t}) and the calibration ImageJ cannot put into TIFF tags (unit, z
 * spacing, frame interval).
 */
final class ImageJDescription {

	/** The version we write; ImageJ reads any. */
	static final String VERSION = "1.54p";

	final long images;

	final long channels;

	final long slices;

	final long frames;

	final String unit;

	final double spacing;

	final double frameInterval;

	final String timeUnit;

	ImageJDescription(final long images, final long channels, final long slices,
		final long frames, final String unit, final double spacing,
		final double frameInterval, final String timeUnit)
	{
		this.images = images;
		this.channels = channels;
		this.slices = slices;
		this.frames = frames;
		this.unit = unit;
		this.spacing = spacing;
		this.frameInterval = frameInterval;
		this.timeUnit = timeUnit;
	}

	/** The description in {@code text}, or null if it is not ImageJ's. */
	static ImageJDescription parse(final String text) {
		if (text == null || !text.startsWith("ImageJ=")) return null;
		final Map<String, String> values = new LinkedHashMap<>();
		for (final String line : text.split("\n")) {
			final int eq = line.indexOf('=');
			if (eq > 0) values.put(line.substring(0, eq).trim(), line.substring(eq +
				1).trim());
		}
		final long images = whole(values.get("images"), 1);
		return new ImageJDescription(images, whole(values.get("channels"), 1),
			whole(values.get("slices"), 1), whole(values.get("frames"), 1), values
				.get("unit"), real(values.get("spacing")), real(values.get(
					"finterval")), values.get("tunit"));
	}

	/**
	 * The description ImageJ writes for a hyperstack of {@code channels} x
	 * {@code slices} x {@code frames} planes.
	 */
	String format() {
		final StringBuilder s = new StringBuilder("ImageJ=" + VERSION + "\n");
		s.append("images=").append(images).append('\n');
		if (channels > 1) s.append("channels=").append(channels).append('\n');
		if (slices > 1) s.append("slices=").append(slices).append('\n');
		if (frames > 1) s.append("frames=").append(frames).append('\n');
		if (images > 1) s.append("hyperstack=true\n");
		if (channels > 1) s.append("mode=grayscale\n");
		if (unit != null && !unit.isEmpty()) s.append("unit=").append(unit).append(
			'\n');
		if (slices > 1 && Double.isFinite(spacing)) s.append("spacing=").append(
			number(spacing)).append('\n');
		if (frames > 1 && Double.isFinite(frameInterval)) s.append("finterval=")
			.append(number(frameInterval)).append('\n');
		if (images > 1) s.append("loop=false\n");
		return s.toString();
	}

	/** The number in Java's shortest exact notation, as ImageJ parses it. */
	private static String number(final double v) {
		return String.format(Locale.ROOT, "%s", Double.toString(v));
	}

	private static long whole(final String text, final long missing) {
		if (text == null) return missing;
		try {
			return Long.parseLong(text);
		}
		catch (final NumberFormatException e) {
			return missing;
		}
	}

	private static double real(final String text) {
		if (text == null) return Double.NaN;
		try {
			return Double.parseDouble(text);
		}
		catch (final NumberFormatException e) {
			return Double.NaN;
		}
	}
}
