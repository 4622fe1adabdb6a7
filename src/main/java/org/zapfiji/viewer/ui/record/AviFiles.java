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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.zapfiji.io.AtomicFiles;

import ij.ImagePlus;
import ij.VirtualStack;
import ij.plugin.filter.AVI_Writer;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

/**
 * AVI movies from a folder of PNG frames through ImageJ's AVI writer, one frame
 * in memory at a time, written next to the target and renamed when whole.
 */
final class AviFiles {

	/** ImageJ's default JPEG quality for AVI frames. */
	static final int JPEG_QUALITY = 90;

	private AviFiles() {}

	static void write(final Path frames, final int count, final int width,
		final int height, final MovieFormat format, final double fps,
		final Path target) throws IOException
	{
		final ImagePlus movie = new ImagePlus(target.getFileName().toString(),
			new FrameStack(frames, count, width, height));
		movie.getCalibration().fps = fps;
		try {
			AtomicFiles.write(target, file -> new AVI_Writer().writeImage(movie, file
				.toString(), format == MovieFormat.AVI_JPEG
					? AVI_Writer.JPEG_COMPRESSION : AVI_Writer.NO_COMPRESSION,
				JPEG_QUALITY));
		}
		catch (final UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** The PNG frames of a folder, read when the writer asks for each. */
	private static final class FrameStack extends VirtualStack {

		private final Path folder;

		private final int count;

		FrameStack(final Path folder, final int count, final int width,
			final int height)
		{
			super(width, height, null, folder.toString());
			this.folder = folder;
			this.count = count;
		}

		@Override
		public ImageProcessor getProcessor(final int n) {
			final Path file = folder.resolve(MovieRecorder.frameName(n - 1));
			try {
				final BufferedImage image = ImageIO.read(file.toFile());
				if (image == null) throw new IOException(file + " is not a PNG image");
				return new ColorProcessor(image);
			}
			catch (final IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public int getSize() {
			return count;
		}

		@Override
		public String getSliceLabel(final int n) {
			return MovieRecorder.frameName(n - 1);
		}

		@Override
		public int getBitDepth() {
			return 24;
		}
	}
}
