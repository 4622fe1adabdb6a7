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

import static org.zapfiji.data.tiff.TiffTags.*;

import java.io.IOException;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * Size and sample type of a page: width, height, samples per pixel, their
 * {@link DataType} (from BitsPerSample and SampleFormat) and whether samples
 * are stored plane after plane.
 */
final class PageGeometry {

	/** Largest width or height we accept: TIFF allows 2^32 - 1, Java less. */
	static final long MAX_SIDE = Integer.MAX_VALUE - 8;

	/** More samples per pixel than any channel layout we could show. */
	static final int MAX_SAMPLES = 64;

	final int width;

	final int height;

	final int samples;

	final DataType dataType;

	final boolean planar;

	private PageGeometry(final int width, final int height, final int samples,
		final DataType dataType, final boolean planar)
	{
		this.width = width;
		this.height = height;
		this.samples = samples;
		this.dataType = dataType;
		this.planar = planar;
	}

	static PageGeometry of(final TiffDirectory ifd, final TiffInput in)
		throws IOException
	{
		final String at = in.path() + ": " + ifd.name() + " ";
		final long width = ifd.number(IMAGE_WIDTH, "ImageWidth", -1);
		final long height = ifd.number(IMAGE_LENGTH, "ImageLength", -1);
		if (width < 1 || width > MAX_SIDE) throw new FormatException(at +
			"ImageWidth: expected 1 to " + MAX_SIDE + ", found " + width);
		if (height < 1 || height > MAX_SIDE) throw new FormatException(at +
			"ImageLength: expected 1 to " + MAX_SIDE + ", found " + height);
		final long samples = ifd.number(SAMPLES_PER_PIXEL, "SamplesPerPixel", 1);
		if (samples < 1 || samples > MAX_SAMPLES) throw new FormatException(at +
			"SamplesPerPixel: expected 1 to " + MAX_SAMPLES + ", found " + samples);
		final long[] bits = ifd.has(BITS_PER_SAMPLE) ? ifd.numbers(BITS_PER_SAMPLE,
			"BitsPerSample", MAX_SAMPLES) : new long[] { 1 };
		for (final long b : bits)
			if (b != bits[0]) throw new FormatException(at +
				"BitsPerSample: expected the same for every sample, found " +
				java.util.Arrays.toString(bits));
		final long format = ifd.has(SAMPLE_FORMAT) ? ifd.numbers(SAMPLE_FORMAT,
			"SampleFormat", MAX_SAMPLES)[0] : 1;
		final DataType type = dataType(bits[0], format, at);
		final long planarConfiguration = ifd.number(PLANAR_CONFIGURATION,
			"PlanarConfiguration", 1);
		if (planarConfiguration != 1 && planarConfiguration != 2)
			throw new FormatException(at +
				"PlanarConfiguration: expected 1 (chunky) or 2 (planar), found " +
				planarConfiguration);
		return new PageGeometry((int) width, (int) height, (int) samples, type,
			planarConfiguration == 2 && samples > 1);
	}

	private static DataType dataType(final long bits, final long format,
		final String at) throws FormatException
	{
		if (format == 3) {
			if (bits == 32) return DataType.FLOAT32;
			if (bits == 64) return DataType.FLOAT64;
		}
		else if (format == 1 || format == 2 || format == 4) {
			final boolean signed = format == 2;
			if (bits == 8) return signed ? DataType.INT8 : DataType.UINT8;
			if (bits == 16) return signed ? DataType.INT16 : DataType.UINT16;
			if (bits == 32) return signed ? DataType.INT32 : DataType.UINT32;
			if (bits == 64) return signed ? DataType.INT64 : DataType.UINT64;
		}
		throw new FormatException(at + "BitsPerSample " + bits +
			" with SampleFormat " + format + ": expected 8, 16, 32 or 64-bit " +
			"integers (SampleFormat 1, 2) or 32 or 64-bit floats (3); this " +
			"sample layout is not supported");
	}
}
