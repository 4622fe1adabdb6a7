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

package org.zapfiji.plugin.viewer;

import java.nio.file.Path;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ShortProcessor;

/**
 * A small calibrated 16-bit stack whose every voxel value is known, so a
 * rendered pixel can be checked against the voxel it must show.
 */
final class TestVolumes {

	static final int WIDTH = 40, HEIGHT = 30, DEPTH = 5;

	/** Voxel size in µm: x and y, then z. */
	static final double PIXEL = 0.5, SLICE = 2;

	private TestVolumes() {}

	/** 0–255, different for neighbours along every axis. */
	static int value(final int x, final int y, final int z) {
		return (7 * x + 3 * y + 50 * z) % 256;
	}

	/** The stack as ImageJ holds it, not saved. */
	static ImagePlus image() {
		final ImagePlus image = IJ.createImage("known voxels", "16-bit black",
			WIDTH, HEIGHT, DEPTH);
		for (int z = 0; z < DEPTH; z++) {
			final ShortProcessor plane = (ShortProcessor) image.getStack()
				.getProcessor(z + 1);
			for (int y = 0; y < HEIGHT; y++)
				for (int x = 0; x < WIDTH; x++)
					plane.set(x, y, value(x, y, z));
		}
		image.getCalibration().pixelWidth = PIXEL;
		image.getCalibration().pixelHeight = PIXEL;
		image.getCalibration().pixelDepth = SLICE;
		image.getCalibration().setUnit("micron");
		return image;
	}

	/** Writes the stack as an ImageJ TIFF. */
	static Path tiff(final Path file) {
		if (!new FileSaver(image()).saveAsTiffStack(file.toString()))
			throw new AssertionError("ImageJ could not write " + file);
		return file;
	}
}
