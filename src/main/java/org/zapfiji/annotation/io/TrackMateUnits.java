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

package org.zapfiji.annotation.io;

import java.nio.file.Path;
import java.util.Locale;

import org.w3c.dom.Element;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.VoxelSize;

/**
 * Reading side of {@link TrackMateXmlFormat}: the model's spatial unit and one
 * {@code Spot} element as a {@link Mark}.
 */
final class TrackMateUnits {

	private TrackMateUnits() {}

	/** µm per file unit along x, y, z. */
	static double[] micrometersPerUnit(final Path path, final String unit,
		final MarkFormatOptions options) throws MarkFormatException
	{
		switch (unit.trim().toLowerCase(Locale.ROOT)) {
			case "µm":
			case "um":
			case "micron":
			case "microns":
			case "\u03bcm":
				return new double[] { 1, 1, 1 };
			case "nm":
				return new double[] { 1e-3, 1e-3, 1e-3 };
			case "mm":
				return new double[] { 1e3, 1e3, 1e3 };
			case "pixel":
			case "pixels":
				final VoxelSize v = options.requireVoxelSize(
					"TrackMate XML in pixel units");
				return new double[] { v.x(), v.y(), v.z() };
			default:
				throw new MarkFormatException(path, "element Model, attribute " +
					"'spatialunits'", "expected µm, um, nm, mm or pixel, found '" + unit +
						"'");
		}
	}

	static Mark spot(final Path path, final Element frame, final Element spot,
		final double[] scale, final MarkFormatOptions options)
		throws MarkFormatException
	{
		final Cells cells = new Cells(path, "Spot ID=" + spot.getAttribute("ID"));
		final double x = cells.number("POSITION_X", required(cells, spot,
			"POSITION_X")) * scale[0];
		final double y = cells.number("POSITION_Y", required(cells, spot,
			"POSITION_Y")) * scale[1];
		final double z = spot.hasAttribute("POSITION_Z") ? cells.number(
			"POSITION_Z", spot.getAttribute("POSITION_Z")) * scale[2] : 0;
		final String name = spot.getAttribute("name").trim();
		final boolean numeric = name.matches("[0-9]{1,19}") && !name.matches("0+");
		final Mark.Builder b = Mark.builder(numeric ? cells.id("name", name)
			: options.newId(), x, y, z).annotator(options.annotator()).created(options
				.time());
		if (spot.hasAttribute("RADIUS")) {
			final double r = cells.number("RADIUS", spot.getAttribute("RADIUS")) *
				scale[0];
			if (!(r > 0)) throw cells.error("RADIUS", "a positive radius", spot
				.getAttribute("RADIUS"));
			b.radius(r);
		}
		if (spot.hasAttribute("QUALITY")) b.refinement(null, cells.numberOrNaN(
			"QUALITY", spot.getAttribute("QUALITY")));
		if (spot.hasAttribute("ZAP_STATUS")) b.status(status(cells, spot
			.getAttribute("ZAP_STATUS")));
		if (spot.hasAttribute("ZAP_ROUND")) b.round(cells.int32("ZAP_ROUND", whole(
			spot.getAttribute("ZAP_ROUND"))));
		final String frameText = spot.hasAttribute("FRAME") ? spot.getAttribute(
			"FRAME") : frame.getAttribute("frame");
		final int t = cells.int32("FRAME", whole(frameText));
		final boolean hasFrame = !spot.hasAttribute("ZAP_HAS_FRAME") || cells
			.number("ZAP_HAS_FRAME", spot.getAttribute("ZAP_HAS_FRAME")) != 0;
		b.frame(hasFrame ? t : null);
		return b.build();
	}

	private static String required(final Cells cells, final Element spot,
		final String attribute) throws MarkFormatException
	{
		if (!spot.hasAttribute(attribute)) throw cells.error(attribute,
			"the attribute", "none");
		return spot.getAttribute(attribute);
	}

	private static MarkStatus status(final Cells cells, final String text)
		throws MarkFormatException
	{
		final int i = cells.int32("ZAP_STATUS", whole(text));
		if (i < 0 || i >= MarkStatus.values().length) throw cells.error(
			"ZAP_STATUS", "0 to " + (MarkStatus.values().length - 1), text);
		return MarkStatus.values()[i];
	}

	/** TrackMate writes integer features as doubles: "3.0". */
	private static String whole(final String text) {
		final String t = text.trim();
		return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
	}
}
