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

package org.zapfiji.plugin.imagej;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zapfiji.data.Volume;

import ij.ImagePlus;
import ij.measure.Calibration;

/**
 * The image open in ImageJ as a {@link Volume}: its planes as chunks
 * ({@link ImagePlusArray}), its calibration as voxel spacing and units, its
 * frame interval as the time step.
 */
public final class ImagePlusVolumes {

	private ImagePlusVolumes() {}

	public static Volume of(final ImagePlus image) {
		final ImagePlusArray array = ImagePlusArray.of(image);
		final Calibration cal = image.getCalibration();
		final List<String> axes = array.metadata().axisNames();
		final double[] spacing = new double[axes.size()];
		final List<String> units = new ArrayList<>();
		for (int d = 0; d < axes.size(); d++) {
			switch (axes.get(d)) {
				case "x":
					spacing[d] = cal.pixelWidth;
					units.add(spaceUnit(cal.getXUnit()));
					break;
				case "y":
					spacing[d] = cal.pixelHeight;
					units.add(spaceUnit(cal.getYUnit()));
					break;
				case "z":
					spacing[d] = cal.pixelDepth;
					units.add(spaceUnit(cal.getZUnit()));
					break;
				case "t":
					spacing[d] = cal.frameInterval > 0 ? cal.frameInterval : 1;
					units.add(cal.frameInterval > 0 ? timeUnit(cal.getTimeUnit()) : "");
					break;
				default:
					spacing[d] = 1;
					units.add("");
			}
		}
		return Volume.single(image.getTitle(), array, axes, spacing, units);
	}

	/** ImageJ's "micron" and "um" are our "µm"; "pixel" is no unit. */
	static String spaceUnit(final String unit) {
		if (unit == null) return "";
		switch (unit.toLowerCase(Locale.ROOT)) {
			case "micron":
			case "microns":
			case "um":
			case "\u00b5m":
				return "\u00b5m";
			case "pixel":
			case "pixels":
				return "";
			default:
				return unit;
		}
	}

	static String timeUnit(final String unit) {
		return unit == null || unit.equals("sec") ? "s" : unit;
	}
}
