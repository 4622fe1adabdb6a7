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
import java.nio.ByteBuffer;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * The layout of one TIFF page: size, sample type, compression and where its
 * strips or tiles are. Built from a {@link TiffDirectory}, with every segment
 * offset and byte count checked against the file when the page is opened, so
 * that reading a damaged file fails early and says where.
 */
final class TiffPage {

	final int width;

	final int height;

	final int samples;

	final DataType dataType;

	final boolean planar;

	private final int compression;

	private final int predictor;

	private final boolean tiled;

	private final int segmentWidth;

	private final int segmentHeight;

	private final int across;

	private final long[] offsets;

	private final long[] counts;

	private final String name;

	private TiffPage(final TiffDirectory ifd, final TiffInput in,
		final PageGeometry g) throws IOException
	{
		this.name = ifd.name();
		this.width = g.width;
		this.height = g.height;
		this.samples = g.samples;
		this.dataType = g.dataType;
		this.planar = g.planar;
		this.compression = (int) ifd.number(COMPRESSION, "Compression", 1);
		this.predictor = (int) ifd.number(PREDICTOR, "Predictor", 1);
		this.tiled = ifd.has(TILE_WIDTH);
		this.segmentWidth = tiled ? positive(ifd, in, TILE_WIDTH, "TileWidth")
			: width;
		this.segmentHeight = tiled ? positive(ifd, in, TILE_LENGTH, "TileLength")
			: (int) Math.min(height, Math.max(1, ifd.number(ROWS_PER_STRIP,
				"RowsPerStrip", height)));
		this.across = (width + segmentWidth - 1) / segmentWidth;
		final long down = (height + segmentHeight - 1) / segmentHeight;
		final long expected = across * down * (planar ? samples : 1);
		final String what = tiled ? "Tile" : "Strip";
		this.offsets = ifd.numbers(tiled ? TILE_OFFSETS : STRIP_OFFSETS, what +
			"Offsets", expected);
		this.counts = ifd.numbers(tiled ? TILE_BYTE_COUNTS : STRIP_BYTE_COUNTS,
			what + "ByteCounts", expected);
		if (offsets.length != expected || counts.length != expected)
			throw FormatException.field(in.path(), name + " " + what +
				"Offsets/ByteCounts", expected + " values each", offsets.length +
					" and " + counts.length);
		for (int i = 0; i < offsets.length; i++)
			in.check(offsets[i], counts[i], name + " " + what + "ByteCounts[" + i +
				"] at " + what + "Offsets[" + i + "]");
		checkCodec(in);
		if (segmentBytes() > TiffInput.MAX_READ) throw FormatException.field(in
			.path(), name + " " + what + " size", "at most " + TiffInput.MAX_READ +
				" bytes decoded", segmentBytes());
	}

	/** Reads the page layout of {@code ifd}. */
	static TiffPage of(final TiffDirectory ifd, final TiffInput in)
		throws IOException
	{
		return new TiffPage(ifd, in, PageGeometry.of(ifd, in));
	}

	private static int positive(final TiffDirectory ifd, final TiffInput in,
		final int tag, final String field) throws IOException
	{
		final long v = ifd.number(tag, field, 0);
		if (v < 1 || v > 1 << 20) throw FormatException.field(in.path(), ifd
			.name() + " " + field, "1 to " + (1 << 20), v);
		return (int) v;
	}

	private void checkCodec(final TiffInput in) throws FormatException {
		if (!SegmentCodecs.supports(compression)) throw FormatException.field(in
			.path(), name + " Compression", "1 (none), 5 (LZW), 8 or 32946 " +
				"(Deflate) or 32773 (PackBits)", compression);
		if (predictor < 1 || predictor > 3) throw FormatException.field(in.path(),
			name + " Predictor", "1 (none), 2 (horizontal) or 3 (floating point)",
			predictor);
		if (predictor == 3 && !dataType.isFloatingPoint()) throw FormatException
			.field(in.path(), name + " Predictor",
				"3 only with floating-point samples", dataType.id());
	}

	/** Whether another page has the same size and sample layout. */
	boolean matches(final TiffPage other) {
		return width == other.width && height == other.height &&
			samples == other.samples && dataType == other.dataType &&
			planar == other.planar;
	}

	String describe() {
		return width + " x " + height + " x " + samples + " " + dataType.id();
	}

	private int samplesPerSegment() {
		return planar ? 1 : samples;
	}

	private long segmentBytes() {
		return (long) segmentWidth * segmentHeight * samplesPerSegment() * dataType
			.bytes();
	}

	/**
	 * Copies the samples of channel {@code sample} in rows {@code y0 .. y0+h-1},
	 * columns {@code x0 .. x0+w-1} into {@code out} (file byte order, row after
	 * row, {@code w} samples a row) from {@code outOffset} on.
	 */
	void readRegion(final TiffInput in, final int sample, final int x0,
		final int y0, final int w, final int h, final ByteBuffer out,
		final int outOffset) throws IOException
	{
		if (x0 == 0 && w == width && isRawStrips()) {
			readRawRows(in, sample, y0, h, out, outOffset);
			return;
		}
		final int b = dataType.bytes();
		final int stride = samplesPerSegment() * b;
		final int shift = planar ? 0 : sample * b;
		for (int r = y0 / segmentHeight; r <= (y0 + h - 1) / segmentHeight; r++) {
			final int sy0 = Math.max(y0, r * segmentHeight);
			final int sy1 = Math.min(Math.min(y0 + h, height), (r + 1) *
				segmentHeight);
			for (int c = x0 / segmentWidth; c <= (x0 + w - 1) / segmentWidth; c++) {
				final int sx0 = Math.max(x0, c * segmentWidth);
				final int sx1 = Math.min(x0 + w, (c + 1) * segmentWidth);
				final Rows seg = rows(in, sample, r, c, sy0 - r * segmentHeight, sy1 -
					sy0);
				for (int y = sy0; y < sy1; y++) {
					int from = ((y - r * segmentHeight - seg.first) * segmentWidth + sx0 -
						c * segmentWidth) * stride + shift;
					int to = outOffset + ((y - y0) * w + sx0 - x0) * b;
					if (stride == b) out.put(to, seg.bytes, from, (sx1 - sx0) * b);
					else for (int x = sx0; x < sx1; x++, from += stride, to += b)
						out.put(to, seg.bytes, from, b);
				}
			}
		}
	}

	/**
	 * Whether whole rows of a sample lie in the file as they are: strips of one
	 * sample each, neither compressed nor predicted.
	 */
	private boolean isRawStrips() {
		return !tiled && compression == 1 && predictor == 1 &&
			samplesPerSegment() == 1;
	}

	/**
	 * Reads whole rows straight from the file into {@code out}: one read per
	 * strip, no copy in between (see {@link #isRawStrips()}).
	 */
	private void readRawRows(final TiffInput in, final int sample, final int y0,
		final int h, final ByteBuffer out, final int outOffset) throws IOException
	{
		final int rowBytes = width * dataType.bytes();
		final int down = (height + segmentHeight - 1) / segmentHeight;
		for (int r = y0 / segmentHeight; r <= (y0 + h - 1) / segmentHeight; r++) {
			final int sy0 = Math.max(y0, r * segmentHeight);
			final int sy1 = Math.min(y0 + h, Math.min(height, (r + 1) *
				segmentHeight));
			final int index = (planar ? sample * down : 0) + r;
			final int to = outOffset + (sy0 - y0) * rowBytes;
			final int bytes = (sy1 - sy0) * rowBytes;
			final String where = name + " segment " + index;
			final long size = (long) Math.min(segmentHeight, height - r *
				segmentHeight) * rowBytes;
			if (counts[index] == 0) for (int i = 0; i < bytes; i++)
				out.put(to + i, (byte) 0); // sparse: zeros
			else if (counts[index] < size) throw FormatException.field(in.path(),
				where + " byte count", "at least " + size + " (uncompressed)",
				counts[index]);
			else in.read(offsets[index] + (long) (sy0 - r * segmentHeight) * rowBytes,
				bytes, out, to, where);
		}
	}

	/**
	 * Decoded rows of one segment, at least rows {@code first .. first+count-1};
	 * uncompressed strips are read only in that range.
	 */
	private Rows rows(final TiffInput in, final int sample, final int row,
		final int column, final int first, final int count) throws IOException
	{
		final int index = (planar ? sample * across * ((height + segmentHeight -
			1) / segmentHeight) : 0) + row * across + column;
		final int rowsHere = tiled ? segmentHeight : Math.min(segmentHeight,
			height - row * segmentHeight);
		final int rowBytes = segmentWidth * samplesPerSegment() * dataType.bytes();
		final int size = rowsHere * rowBytes;
		final String where = name + " segment " + index;
		if (counts[index] == 0) return new Rows(new byte[size], 0); // sparse: zeros
		if (compression == 1 && predictor == 1) {
			if (counts[index] < size) throw FormatException.field(in.path(), where +
				" byte count", "at least " + size + " (uncompressed)", counts[index]);
			final ByteBuffer part = in.read(offsets[index] + (long) first * rowBytes,
				(long) count * rowBytes, where);
			return new Rows(part.array(), first);
		}
		final byte[] encoded = in.read(offsets[index], counts[index], where)
			.array();
		final byte[] decoded = SegmentCodecs.decode(compression, encoded, size, in
			.path() + ": " + where);
		Predictors.undo(predictor, decoded, rowsHere, segmentWidth,
			samplesPerSegment(), dataType.bytes(), in.order());
		return new Rows(decoded, 0);
	}

	/** Decoded bytes whose first row is row {@code first} of its segment. */
	private static final class Rows {

		final byte[] bytes;

		final int first;

		Rows(final byte[] bytes, final int first) {
			this.bytes = bytes;
			this.first = first;
		}
	}
}
