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

import java.util.ArrayList;
import java.util.List;

import org.zapfiji.data.FormatException;

/**
 * How the pages of a {@link TiffStack} (and the samples of a pixel) become axes
 * {@code x, y, [c], [z], [t]}, fastest first, with spacing and units.
 * <p>
 * An ImageJ description orders pages {@code c} fastest, then {@code z}, then
 * {@code t}; without one, the pages are slices along {@code z}. Samples of a
 * pixel (RGB, or planar channels) become {@code c}. Axes of size 1 other than x
 * and y are left out, as tifffile does.
 */
final class StackAxes {

	final long channels;

	final long slices;

	final long frames;

	/** Whether channels are the samples of a pixel rather than pages. */
	final boolean channelsAreSamples;

	final List<String> names = new ArrayList<>();

	final List<Long> sizes = new ArrayList<>();

	final List<Double> spacing = new ArrayList<>();

	final List<String> units = new ArrayList<>();

	StackAxes(final TiffStack stack, final String file) throws FormatException {
		final TiffPage page = stack.first();
		final ImageJDescription ij = ImageJDescription.parse(stack.description);
		final long pages = stack.pages.size();
		long c = 1, z = pages, t = 1;
		if (ij != null && ij.channels * ij.slices * ij.frames == pages) {
			c = ij.channels;
			z = ij.slices;
			t = ij.frames;
		}
		channelsAreSamples = page.samples > 1;
		if (channelsAreSamples && c > 1) throw new FormatException(file +
			": ImageJ channels (" + c + ") and " + page.samples +
			" samples per pixel: expected one of them, found both; not supported");
		if (channelsAreSamples) c = page.samples;
		channels = c;
		slices = z;
		frames = t;
		final boolean resolved = stack.xResolution > 0 && Double.isFinite(
			stack.xResolution);
		final String unit = ij != null && ij.unit != null ? Units.fromFile(ij.unit)
			: resolved && (stack.resolutionUnit == 2 || stack.resolutionUnit == 3)
				? "\u00b5m" : "";
		final double perUnit = ij != null && ij.unit != null ? 1
			: stack.resolutionUnit == 2 ? 25400 : stack.resolutionUnit == 3 ? 10000
				: 1;
		add("x", page.width, pixelSize(stack.xResolution, perUnit), unit);
		add("y", page.height, pixelSize(stack.yResolution, perUnit), unit);
		if (c > 1) add("c", c, 1, "");
		if (z > 1) add("z", z, ij != null && ij.spacing > 0 ? ij.spacing : 1, unit);
		if (t > 1) add("t", t, ij != null && ij.frameInterval > 0 ? ij.frameInterval
			: 1, ij != null && ij.frameInterval > 0 ? Units.fromFile(
				ij.timeUnit == null ? "s" : ij.timeUnit) : "");
	}

	private static double pixelSize(final double resolution,
		final double perUnit)
	{
		return resolution > 0 && Double.isFinite(resolution) ? perUnit / resolution
			: 1;
	}

	private void add(final String name, final long size, final double step,
		final String unit)
	{
		names.add(name);
		sizes.add(size);
		spacing.add(step);
		units.add(unit);
	}

	/**
	 * The page and sample holding plane {@code (c, z, t)}, as
	 * {@code page * samples + sample}.
	 */
	long pageAndSample(final long c, final long z, final long t,
		final int samples)
	{
		if (channelsAreSamples) return (z + slices * t) * samples + c;
		return (c + channels * (z + slices * t)) * samples;
	}
}
