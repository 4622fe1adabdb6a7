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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;

/**
 * TIFF files as {@link Volume}s: opening one, and writing any volume or ImgLib2
 * image as an ImageJ hyperstack, chunk by chunk.
 */
public final class TiffVolumes {

	private TiffVolumes() {}

	/** The TIFF at {@code path} as a one-level volume, opened lazily. */
	public static Volume open(final Path path) throws IOException {
		final TiffArray array = TiffArray.open(path);
		final String name = path.getFileName().toString().replaceFirst(
			"(?i)\\.tiff?$", "");
		return Volume.single(name, array, array.axes(), array.spacing(), array
			.units());
	}

	/**
	 * Writes the full-resolution level of {@code volume} to {@code target}. The
	 * TIFF is written in whole planes (or bands of rows, see
	 * {@link TiffArray#MAX_BAND_BYTES}), one large write each, assembled from the
	 * source chunks, each read once (see {@link ChunkWriter#copy}).
	 */
	public static void write(final Volume volume, final Path target,
		final int threads, final Progress progress) throws IOException
	{
		final ArrayMetadata source = volume.metadata();
		final long[] shape = source.shape();
		final int[] bands = TiffArray.bandShape((int) Math.min(Integer.MAX_VALUE,
			shape[0]), (int) Math.min(Integer.MAX_VALUE, shape[1]), source.dataType(),
			shape.length);
		final ArrayMetadata meta = ArrayMetadata.of(shape, bands, source.dataType(),
			0L, volume.axes());
		try (TiffWriter writer = TiffWriter.create(target, meta, volume.spacing(),
			volume.units()))
		{
			ChunkWriter.copy(volume.level(0), writer, threads, progress);
			writer.commit();
		}
	}

	/**
	 * Writes {@code image} (dimensions fastest first, named by {@code metadata}'s
	 * axes, chunked as {@code metadata} says) to {@code target}, atomically.
	 */
	public static <T extends NativeType<T>> void write(
		final RandomAccessibleInterval<T> image, final ArrayMetadata metadata,
		final double[] spacing, final List<String> units, final Path target,
		final int threads, final Progress progress) throws IOException
	{
		try (TiffWriter writer = TiffWriter.create(target, metadata, spacing,
			units))
		{
			ChunkWriter.write(image, writer, threads, progress);
			writer.commit();
		}
	}
}
