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

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Volume;

import ij.ImagePlus;
import ij.measure.Calibration;

/**
 * Any {@link Volume} as an ImageJ image: a virtual hyperstack
 * ({@link VolumeStack}) with the volume's calibration. The image is created,
 * not shown, so this works headless; call {@code show()} in the GUI.
 */
public final class VolumeImages {

	private VolumeImages() {}

	public static ImagePlus virtualHyperstack(final Volume volume,
		final ChunkCache cache)
	{
		final VolumeStack stack = new VolumeStack(volume, cache);
		final int[] czt = stack.hyperstackDimensions();
		final ImagePlus image = new ImagePlus(volume.name(), stack);
		image.setDimensions(czt[0], czt[1], czt[2]);
		if (czt[0] * czt[1] > 1 || czt[1] * czt[2] > 1 || czt[0] * czt[2] > 1) image
			.setOpenAsHyperStack(true);
		image.setCalibration(calibration(volume));
		return image;
	}

	private static Calibration calibration(final Volume volume) {
		final Calibration cal = new Calibration();
		final double[] spacing = volume.spacing();
		for (int d = 0; d < spacing.length; d++) {
			final String unit = volume.units().get(d);
			switch (volume.axes().get(d)) {
				case "x":
					cal.pixelWidth = spacing[d];
					if (!unit.isEmpty()) cal.setXUnit(unit);
					break;
				case "y":
					cal.pixelHeight = spacing[d];
					if (!unit.isEmpty()) cal.setYUnit(unit);
					break;
				case "z":
					cal.pixelDepth = spacing[d];
					if (!unit.isEmpty()) cal.setZUnit(unit);
					break;
				case "t":
					cal.frameInterval = spacing[d];
					if (!unit.isEmpty()) cal.setTimeUnit(unit.equals("s") ? "sec" : unit);
					break;
				default:
			}
		}
		return cal;
	}
}
