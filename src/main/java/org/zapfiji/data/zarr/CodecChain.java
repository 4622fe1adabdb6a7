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

package org.zapfiji.data.zarr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FillValues;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.codec.BytesCodec;

/**
 * The way between a decoded {@link Chunk} and the bytes Zarr stores for it: pad
 * an edge chunk to the full chunk shape with the fill value, serialise in a
 * byte order, transpose (v2 order "F", v3 {@code transpose}), then the
 * bytes-to-bytes codecs (compressors, {@code crc32c}) in order. Both Zarr
 * versions are expressed this way.
 * <p>
 * Because every step's output size is known from the chunk shape, decoding
 * never trusts a size stored in the data: each codec is told exactly how many
 * bytes it must produce, and a stored chunk larger than any encoding of a chunk
 * could be is refused before it is read.
 */
final class CodecChain {

	private final DataType type;

	private final ByteOrder order;

	private final int[] chunkShape;

	private final int[] axes;

	private final List<BytesCodec> codecs;

	private final Number fill;

	/**
	 * @param chunkShape full chunk shape, fastest first
	 * @param axes null, or the permutation (fastest first) applied before the
	 *          bytes codecs: result dimension d is chunk dimension axes[d]
	 * @param codecs bytes-to-bytes codecs in encoding order
	 */
	CodecChain(final DataType type, final ByteOrder order, final int[] chunkShape,
		final int[] axes, final List<BytesCodec> codecs, final Number fill)
	{
		this.type = type;
		this.order = order;
		this.chunkShape = chunkShape.clone();
		this.axes = axes == null || isIdentity(axes) ? null : axes.clone();
		if (codecs.stream().filter(c -> !(c instanceof Crc32cCodec)).count() > 1)
			throw new IllegalArgumentException(
				"at most one compressor per codec chain is supported, found " + codecs);
		this.codecs = List.copyOf(codecs);
		this.fill = fill;
	}

	private static boolean isIdentity(final int[] axes) {
		for (int d = 0; d < axes.length; d++)
			if (axes[d] != d) return false;
		return true;
	}

	/** Bytes of one full chunk before the bytes-to-bytes codecs. */
	int rawSize() {
		long n = type.bytes();
		for (final int s : chunkShape)
			n *= s;
		return (int) n;
	}

	/**
	 * An upper bound of what any chunk can encode to: generous for compressors
	 * (which may expand incompressible data a little), exact for checksums.
	 */
	long maxEncodedSize() {
		long size = rawSize();
		for (final BytesCodec c : codecs)
			size = c instanceof Crc32cCodec ? size + Crc32cCodec.SIZE : size + size /
				8 + 1024;
		return size;
	}

	/** The encoded size if it does not depend on the data, else -1. */
	long fixedEncodedSize() {
		long size = rawSize();
		for (final BytesCodec c : codecs)
			if (c instanceof Crc32cCodec) size += Crc32cCodec.SIZE;
			else return -1;
		return size;
	}

	/**
	 * Whether a full chunk is stored as its elements in {@link #order()} and
	 * nothing else (no transpose, no compressor, no checksum), so it can go
	 * between file and array with {@link DataType#encode(Object, ByteBuffer)} and
	 * {@link DataType#decode} alone.
	 */
	boolean storesRawElements() {
		return axes == null && codecs.isEmpty();
	}

	ByteOrder order() {
		return order;
	}

	byte[] encode(final Chunk chunk) throws IOException {
		return encodeBytes(type.encode(chunk.data(), order).array(), chunk.shape());
	}

	/**
	 * As {@link #encode(Chunk)}, from the chunk's element bytes in
	 * {@link #order()} (its position to its limit, left unchanged): a conversion
	 * from raw chunks then needs no Java array of elements on the way.
	 */
	byte[] encode(final ByteBuffer elements, final int[] cellShape)
		throws IOException
	{
		final byte[] bytes = new byte[elements.remaining()];
		elements.duplicate().get(bytes);
		return encodeBytes(bytes, cellShape);
	}

	/** Pads, transposes and compresses the elements of a chunk. */
	private byte[] encodeBytes(final byte[] elements, final int[] cellShape)
		throws IOException
	{
		byte[] bytes = elements;
		if (!Arrays.equals(cellShape, chunkShape)) bytes = pad(bytes, cellShape);
		if (axes != null) bytes = ChunkBytes.permute(bytes, chunkShape, axes, type
			.bytes());
		for (final BytesCodec c : codecs)
			bytes = c.encode(bytes);
		return bytes;
	}

	/**
	 * @param cellShape the shape to crop the full chunk to
	 * @param file names the stored chunk in errors
	 */
	Chunk decode(final byte[] stored, final int[] cellShape, final String file)
		throws IOException
	{
		byte[] bytes = stored;
		final int raw = rawSize();
		for (int i = codecs.size() - 1; i >= 0; i--) {
			final BytesCodec c = codecs.get(i);
			if (c instanceof Crc32cCodec && bytes.length < Crc32cCodec.SIZE)
				throw new FormatException(file + ": " + bytes.length +
					" bytes cannot hold a crc32c checksum");
			bytes = decodeStep(c, bytes, c instanceof Crc32cCodec ? bytes.length -
				Crc32cCodec.SIZE : raw + crcsBefore(i) * Crc32cCodec.SIZE, file);
		}
		if (bytes.length != raw) throw new FormatException(file + ": chunk holds " +
			bytes.length + " bytes; expected " + raw + " (" + type.id() + " " + Arrays
				.toString(chunkShape) + ")");
		if (axes != null) bytes = ChunkBytes.permute(bytes, ChunkBytes.permuted(
			chunkShape, axes), ChunkBytes.inverse(axes), type.bytes());
		int n = 1;
		for (final int s : cellShape)
			n *= s;
		if (!Arrays.equals(cellShape, chunkShape)) {
			final byte[] cropped = new byte[n * type.bytes()];
			ChunkBytes.copyBox(bytes, chunkShape, cropped, cellShape, cellShape, type
				.bytes());
			bytes = cropped;
		}
		return new Chunk(cellShape, type.decode(ByteBuffer.wrap(bytes), n, order));
	}

	/**
	 * Checksums before codec {@code i}: they make its input larger than the raw
	 * chunk. (A compressor's input size is known because at most one compressor
	 * is allowed in a chain.)
	 */
	private int crcsBefore(final int i) {
		int n = 0;
		for (int j = 0; j < i; j++)
			if (codecs.get(j) instanceof Crc32cCodec) n++;
		return n;
	}

	private static byte[] decodeStep(final BytesCodec c, final byte[] bytes,
		final int size, final String file) throws IOException
	{
		try {
			return c.decode(bytes, size);
		}
		catch (final FormatException e) {
			throw new FormatException(file + ": " + e.getMessage(), e);
		}
		catch (final UnsupportedOperationException e) {
			throw e;
		}
		catch (final RuntimeException e) {
			throw new FormatException(file + ": " + c + " cannot decode the chunk: " +
				e, e);
		}
	}

	private byte[] pad(final byte[] cell, final int[] cellShape) {
		final byte[] pattern = type.encode(FillValues.filled(type, fill, 1), order)
			.array();
		final byte[] full = new byte[rawSize()];
		if (!allZero(pattern)) for (int i = 0; i < full.length; i += pattern.length)
			System.arraycopy(pattern, 0, full, i, pattern.length);
		ChunkBytes.copyBox(cell, cellShape, full, chunkShape, cellShape, type
			.bytes());
		return full;
	}

	private static boolean allZero(final byte[] bytes) {
		for (final byte b : bytes)
			if (b != 0) return false;
		return true;
	}

	DataType type() {
		return type;
	}

	int[] chunkShape() {
		return chunkShape.clone();
	}
}
