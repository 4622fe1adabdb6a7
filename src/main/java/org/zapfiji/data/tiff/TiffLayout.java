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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.zapfiji.data.DataType;

/**
 * Where everything goes in a TIFF we write, the way ImageJ writes stacks:
 * header, the ImageJ description, all planes back to back in page order
 * ({@code c} fastest, then {@code z}, then {@code t}), then one directory per
 * page. Uncompressed, little endian, one strip per plane. Since every size is
 * known up front, the whole file layout is fixed before the first voxel is
 * written, and planes can be written in any order.
 */
final class TiffLayout {

	/** Classic TIFF offsets are 32-bit; beyond this we write BigTIFF. */
	static final long CLASSIC_LIMIT = 0xffffffffL;

	final int width;

	final int height;

	final DataType dataType;

	final long pages;

	final boolean bigTiff;

	final long planeBytes;

	final long dataStart;

	final long directoriesStart;

	final long end;

	private final byte[] description;

	private final double xResolution;

	private final double yResolution;

	TiffLayout(final int width, final int height, final DataType dataType,
		final long pages, final String description, final double xSpacing,
		final double ySpacing)
	{
		this.width = width;
		this.height = height;
		this.dataType = dataType;
		this.pages = pages;
		this.description = (description + "\0").getBytes(
			StandardCharsets.ISO_8859_1);
		this.xResolution = 1 / xSpacing;
		this.yResolution = 1 / ySpacing;
		this.planeBytes = (long) width * height * dataType.bytes();
		final long classicEnd = size(false);
		this.bigTiff = classicEnd > CLASSIC_LIMIT;
		final long header = bigTiff ? 16 : 8;
		this.dataStart = align(header + this.description.length);
		this.directoriesStart = align(dataStart + pages * planeBytes);
		this.end = directoriesStart + directoryBytes(true) + (pages - 1) *
			directoryBytes(false);
	}

	private long size(final boolean big) {
		final long data = align((big ? 16 : 8) + description.length) + pages *
			planeBytes;
		return align(data) + directoryBytesFor(big, true) + (pages - 1) *
			directoryBytesFor(big, false);
	}

	private static long align(final long offset) {
		return (offset + 15) & ~15L;
	}

	private static int entries(final boolean first) {
		return first ? 15 : 14;
	}

	private static long directoryBytesFor(final boolean big,
		final boolean first)
	{
		final int n = entries(first);
		return big ? 8 + n * 20L + 8 : 2 + n * 12L + 4 + 16;
	}

	long directoryBytes(final boolean first) {
		return directoryBytesFor(bigTiff, first);
	}

	long directoryOffset(final long page) {
		return page == 0 ? directoriesStart : directoriesStart + directoryBytes(
			true) + (page - 1) * directoryBytes(false);
	}

	long planeOffset(final long page) {
		return dataStart + page * planeBytes;
	}

	/** Header and description: the first {@link #dataStart} bytes. */
	ByteBuffer head() {
		final ByteBuffer b = ByteBuffer.allocate((int) dataStart).order(
			ByteOrder.LITTLE_ENDIAN);
		b.put((byte) 'I').put((byte) 'I');
		if (bigTiff) b.putShort((short) 43).putShort((short) 8).putShort((short) 0)
			.putLong(directoriesStart);
		else b.putShort((short) 42).putInt((int) directoriesStart);
		b.put(description);
		b.rewind();
		return b;
	}

	/** The directory of {@code page}, linked to the next one. */
	ByteBuffer directory(final long page) {
		final boolean first = page == 0;
		final long at = directoryOffset(page);
		final ByteBuffer b = ByteBuffer.allocate((int) directoryBytes(first)).order(
			ByteOrder.LITTLE_ENDIAN);
		final int n = entries(first);
		if (bigTiff) b.putLong(n);
		else b.putShort((short) n);
		final long rationals = at + 2 + n * 12L + 4;
		entry(b, NEW_SUBFILE_TYPE, 4, 1, 0);
		entry(b, IMAGE_WIDTH, 4, 1, width);
		entry(b, IMAGE_LENGTH, 4, 1, height);
		entry(b, BITS_PER_SAMPLE, 3, 1, dataType.bytes() * 8);
		entry(b, COMPRESSION, 3, 1, 1);
		entry(b, PHOTOMETRIC, 3, 1, 1);
		if (first) entry(b, IMAGE_DESCRIPTION, 2, description.length, bigTiff ? 16
			: 8);
		entry(b, STRIP_OFFSETS, bigTiff ? 16 : 4, 1, planeOffset(page));
		entry(b, SAMPLES_PER_PIXEL, 3, 1, 1);
		entry(b, ROWS_PER_STRIP, 4, 1, height);
		entry(b, STRIP_BYTE_COUNTS, bigTiff ? 16 : 4, 1, planeBytes);
		rational(b, X_RESOLUTION, xResolution, rationals);
		rational(b, Y_RESOLUTION, yResolution, rationals + 8);
		entry(b, RESOLUTION_UNIT, 3, 1, 1);
		entry(b, SAMPLE_FORMAT, 3, 1, dataType.isFloatingPoint() ? 3 : dataType
			.isSigned() ? 2 : 1);
		final long next = page + 1 < pages ? directoryOffset(page + 1) : 0;
		if (bigTiff) b.putLong(next);
		else b.putInt((int) next);
		if (!bigTiff) {
			putRational(b, xResolution);
			putRational(b, yResolution);
		}
		b.rewind();
		return b;
	}

	private void entry(final ByteBuffer b, final int tag, final int type,
		final long count, final long value)
	{
		b.putShort((short) tag).putShort((short) type);
		if (bigTiff) b.putInt((int) count).putInt(0);
		else b.putInt((int) count);
		final int at = b.position();
		if (type == 3) b.putShort((short) value);
		else if (type == 16 || bigTiff && type == 2) b.putLong(value);
		else b.putInt((int) value);
		b.position(at + (bigTiff ? 8 : 4));
	}

	private void rational(final ByteBuffer b, final int tag, final double value,
		final long offset)
	{
		if (bigTiff) {
			b.putShort((short) tag).putShort((short) 5).putLong(1);
			putRational(b, value);
		}
		else entry(b, tag, 5, 1, offset);
	}

	/**
	 * The closest fraction with a power-of-ten denominator that keeps both terms
	 * below 2^32, so 1/0.406 survives to 7 digits.
	 */
	private static void putRational(final ByteBuffer b, final double value) {
		long denominator = 1_000_000_000L;
		while (denominator > 1 && value * denominator > CLASSIC_LIMIT)
			denominator /= 10;
		final long numerator = Math.min(CLASSIC_LIMIT, Math.round(value *
			denominator));
		b.putInt((int) numerator).putInt((int) denominator);
	}
}
