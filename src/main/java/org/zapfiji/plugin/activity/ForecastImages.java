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

package org.zapfiji.plugin.activity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.io.AtomicFiles;
import org.zapfiji.plugin.viewer.RenderRequest;
import org.zapfiji.plugin.viewer.ScreenshotFiles;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.plugin.filter.AVI_Writer;
import ij.process.ColorProcessor;

/**
 * Writes the frames {@code ZAP Render Forecast} rendered: one frame as
 * {@code ZAP Render View} writes it; several as one multi-page RGB TIFF (a
 * stack ImageJ opens with its time axis) or as PNGs numbered by frame,
 * {@code name_0012.png}, since PNG holds one image.
 */
final class ForecastImages {

	private ForecastImages() {}

	static List<Path> write(final Path output, final int firstFrame,
		final List<int[]> images, final int width, final int height,
		final double pixelSize, final String unit, final double fps)
		throws IOException
	{
		if (RenderRequest.isAvi(output)) {
			writeAvi(output, firstFrame, images, width, height, fps);
			return List.of(output);
		}
		if (images.size() == 1) {
			ScreenshotFiles.write(output, images.get(0), width, height, pixelSize,
				unit);
			return List.of(output);
		}
		final String name = output.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		if (name.substring(dot).equalsIgnoreCase(".png")) {
			final List<Path> written = new ArrayList<>();
			for (int i = 0; i < images.size(); i++) {
				final Path png = output.resolveSibling(String.format("%s_%04d%s", name
					.substring(0, dot), firstFrame + i, name.substring(dot)));
				ScreenshotFiles.write(png, images.get(i), width, height, pixelSize,
					unit);
				written.add(png);
			}
			return written;
		}
		final ImageStack stack = new ImageStack(width, height);
		for (int i = 0; i < images.size(); i++)
			stack.addSlice("frame " + (firstFrame + i), new ColorProcessor(width,
				height, images.get(i).clone()));
		final ImagePlus image = new ImagePlus("forecast", stack);
		image.setDimensions(1, 1, images.size());
		if (!unit.isEmpty() && pixelSize > 0 && Double.isFinite(pixelSize)) {
			final Calibration c = image.getCalibration();
			c.pixelWidth = pixelSize;
			c.pixelHeight = pixelSize;
			c.setUnit(unit);
		}
		final byte[] bytes = new FileSaver(image).serialize();
		if (bytes == null) throw new IOException("ImageJ could not encode " + images
			.size() + " frames as TIFF");
		AtomicFiles.write(output, bytes);
		return List.of(output);
	}

	/**
	 * An AVI with PNG-compressed frames (lossless, so a pixel keeps its colour),
	 * written by ImageJ's own writer beside the target and moved into place.
	 */
	private static void writeAvi(final Path output, final int firstFrame,
		final List<int[]> images, final int width, final int height,
		final double fps) throws IOException
	{
		final ImageStack stack = new ImageStack(width, height);
		for (int i = 0; i < images.size(); i++)
			stack.addSlice("frame " + (firstFrame + i), new ColorProcessor(width,
				height, images.get(i).clone()));
		final ImagePlus movie = new ImagePlus("forecast", stack);
		movie.getCalibration().fps = fps;
		AtomicFiles.write(output, file -> new AVI_Writer().writeImage(movie, file
			.toString(), AVI_Writer.PNG_COMPRESSION, 90));
	}
}
