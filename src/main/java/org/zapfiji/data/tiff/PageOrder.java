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

import java.util.List;

import org.zapfiji.data.ArrayMetadata;

/**
 * Where a plane of an array goes among the pages of an ImageJ hyperstack: axes
 * {@code x, y} are the plane, the others are {@code c, z, t} in any order in
 * the array, while the pages run {@code c} fastest, then {@code z}, then
 * {@code t}. Also the ImageJ description and pixel size that go with them.
 */
final class PageOrder {

	private static final List<String> DEFAULT_AXES = List.of("x", "y", "z", "t");

	/** For each array dimension from 2 on: 0 = c, 1 = z, 2 = t. */
	private final int[] role;

	private final long[] sizes = { 1, 1, 1 };

	private final double[] spacing;

	private final List<String> units;

	private final List<String> axes;

	private PageOrder(final List<String> axes, final long[] shape,
		final double[] spacing, final List<String> units)
	{
		this.axes = axes;
		this.spacing = spacing.clone();
		this.units = units;
		this.role = new int[shape.length];
		for (int d = 2; d < shape.length; d++) {
			role[d] = "czt".indexOf(axes.get(d));
			sizes[role[d]] = shape[d];
		}
	}

	static PageOrder of(final ArrayMetadata metadata, final double[] spacing,
		final List<String> units)
	{
		final int n = metadata.numDimensions();
		if (n < 2 || n > 5) throw new IllegalArgumentException(
			"TIFF: expected 2 to 5 dimensions (x, y, c, z, t), found " + n);
		final List<String> axes = metadata.axisNames().isEmpty() ? n == 5 ? List.of(
			"x", "y", "c", "z", "t") : DEFAULT_AXES.subList(0, n) : metadata
				.axisNames();
		if (!axes.get(0).equals("x") || !axes.get(1).equals("y") || axes.stream()
			.skip(2).anyMatch(a -> a.length() != 1 || "czt".indexOf(a) < 0) || axes
				.stream().distinct().count() != n) throw new IllegalArgumentException(
					"TIFF: expected axes x, y, then any of c, z, t once each; found " +
						axes);
		if (spacing.length != n || units.size() != n)
			throw new IllegalArgumentException("TIFF: expected " + n +
				" spacings and units, found " + spacing.length + " and " + units
					.size());
		return new PageOrder(axes, metadata.shape(), spacing, units);
	}

	long pages() {
		return sizes[0] * sizes[1] * sizes[2];
	}

	/** The page of the plane at {@code position} (entries 0 and 1 ignored). */
	long page(final long[] position) {
		final long[] czt = new long[3];
		for (int d = 2; d < position.length; d++)
			czt[role[d]] = position[d];
		return czt[0] + sizes[0] * (czt[1] + sizes[1] * czt[2]);
	}

	double xSpacing() {
		return positive(spacing[0]);
	}

	double ySpacing() {
		return positive(spacing[1]);
	}

	ImageJDescription description() {
		final int z = axes.indexOf("z");
		final int t = axes.indexOf("t");
		return new ImageJDescription(pages(), sizes[0], sizes[1], sizes[2], Units
			.toImageJ(units.get(0)), z < 0 ? Double.NaN : positive(spacing[z]), t < 0
				? Double.NaN : positive(spacing[t]), null);
	}

	private static double positive(final double v) {
		return v > 0 && Double.isFinite(v) ? v : 1;
	}
}
