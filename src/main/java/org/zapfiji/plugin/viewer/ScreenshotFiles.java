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

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.zapfiji.io.AtomicFiles;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ColorProcessor;

/**
 * Writes a rendered view, ARGB pixels row by row, as an RGB PNG or TIFF.
 * <p>
 * The file appears whole or not at all (a temporary sibling, then one rename),
 * so a batch that dies mid-way leaves no half figure that a rerun would take
 * for done. TIFFs are written by ImageJ's own writer, so ImageJ opens them as
 * RGB images with their pixel size and tifffile reads them as height × width ×
 * 3 bytes.
 */
public final class ScreenshotFiles {

	private ScreenshotFiles() {}

	/** Whether {@code path} ends in .png, .tif or .tiff (any case). */
	public static boolean isSupported(final Path path) {
		return isPng(path) || isTiff(path);
	}

	/**
	 * @param pixelSize width of one pixel in {@code unit}, stored in a TIFF;
	 *          ignored when {@code unit} is empty
	 */
	public static void write(final Path path, final int[] argb, final int width,
		final int height, final double pixelSize, final String unit)
		throws IOException
	{
		if (isPng(path)) AtomicFiles.write(path, png(argb, width, height));
		else if (isTiff(path)) AtomicFiles.write(path, tiff(argb, width, height,
			pixelSize, unit));
		else throw new IllegalArgumentException(path +
			": only .png, .tif and .tiff can be written");
	}

	private static byte[] png(final int[] argb, final int width, final int height)
		throws IOException
	{
		final BufferedImage image = new BufferedImage(width, height,
			BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, width, height, argb, 0, width);
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) throw new IOException(
			"this Java has no PNG writer");
		return out.toByteArray();
	}

	private static byte[] tiff(final int[] argb, final int width,
		final int height, final double pixelSize, final String unit)
		throws IOException
	{
		final ImagePlus image = new ImagePlus("view", new ColorProcessor(width,
			height, argb.clone()));
		if (!unit.isEmpty() && pixelSize > 0 && Double.isFinite(pixelSize)) {
			final Calibration c = image.getCalibration();
			c.pixelWidth = pixelSize;
			c.pixelHeight = pixelSize;
			c.setUnit(unit);
		}
		final byte[] bytes = new FileSaver(image).serialize();
		if (bytes == null) throw new IOException("ImageJ could not encode the " +
			width + " x " + height + " view as TIFF");
		return bytes;
	}

	private static boolean isPng(final Path path) {
		return name(path).endsWith(".png");
	}

	private static boolean isTiff(final Path path) {
		final String name = name(path);
		return name.endsWith(".tif") || name.endsWith(".tiff");
	}

	private static String name(final Path path) {
		final Path file = path.getFileName();
		return file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
	}
}
