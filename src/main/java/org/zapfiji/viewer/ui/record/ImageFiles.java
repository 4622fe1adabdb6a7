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

package org.zapfiji.viewer.ui.record;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.zapfiji.io.AtomicFiles;

import ij.ImagePlus;
import ij.io.TiffEncoder;
import ij.process.ColorProcessor;

/**
 * Saves a picture of the view as PNG or TIFF, atomically: a reader (or a crash)
 * sees the old file or the new one, never half a file. TIFF is written by
 * ImageJ's encoder, so ImageJ opens it as the RGB image it was.
 */
public final class ImageFiles {

	private ImageFiles() {}

	/** Whether {@code file}'s name ends in .tif or .tiff (any case). */
	public static boolean isTiff(final Path file) {
		final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".tif") || name.endsWith(".tiff");
	}

	/** PNG unless the name ends in .tif or .tiff. */
	public static void write(final BufferedImage image, final Path file)
		throws IOException
	{
		AtomicFiles.write(file, isTiff(file) ? tiff(image, file.getFileName()
			.toString()) : png(image));
	}

	/** The image encoded as PNG. */
	public static byte[] png(final BufferedImage image) throws IOException {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, "png", out)) throw new IOException(
			"no PNG writer available for a " + image.getWidth() + " x " + image
				.getHeight() + " image of type " + image.getType());
		return out.toByteArray();
	}

	/** The image encoded as an RGB TIFF by ImageJ. */
	public static byte[] tiff(final BufferedImage image, final String title)
		throws IOException
	{
		final ImagePlus imp = new ImagePlus(title, new ColorProcessor(image));
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		new TiffEncoder(imp.getFileInfo()).write(out);
		return out.toByteArray();
	}
}
