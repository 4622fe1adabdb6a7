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

package org.zapfiji.data.n5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.FormatException;

/**
 * The binary layout of one N5 block file: a big-endian header (mode, number of
 * dimensions, the block's size per dimension, and for mode 1 an element count)
 * followed by the compressed big-endian values.
 * <p>
 * Every header field is checked against the dataset's attributes before
 * anything is allocated, so a damaged block cannot ask for more memory than one
 * declared block.
 */
final class N5Blocks {

	static final int MODE_DEFAULT = 0;

	static final int MODE_VARLENGTH = 1;

	static final int MODE_OBJECT = 2;

	private N5Blocks() {}

	/** Largest block file we read for {@code meta}: header plus slack. */
	static long maxFileBytes(final ArrayMetadata meta) {
		final long raw = (long) meta.chunkElements() * meta.dataType().bytes();
		return 12L + 4L * meta.numDimensions() + raw + raw / 4 + 65536;
	}

	/** Header and compressed values of {@code chunk}. */
	static byte[] encode(final Chunk chunk, final ArrayMetadata meta,
		final N5Compression compression) throws IOException
	{
		final int[] shape = chunk.shape();
		final byte[] data = compression.encode(meta.dataType().encode(chunk.data(),
			ByteOrder.BIG_ENDIAN).array());
		final ByteBuffer out = ByteBuffer.allocate(4 + 4 * shape.length +
			data.length).order(ByteOrder.BIG_ENDIAN);
		out.putShort((short) MODE_DEFAULT).putShort((short) shape.length);
		for (final int s : shape)
			out.putInt(s);
		out.put(data);
		return out.array();
	}

	/**
	 * The block's voxels, shaped to {@code cellShape} (a block stored smaller or
	 * larger is cut or filled with the fill value).
	 *
	 * @param file for messages
	 */
	static Chunk decode(final byte[] bytes, final ArrayMetadata meta,
		final int[] cellShape, final N5Compression compression, final Object file)
		throws IOException
	{
		final ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
		if (bytes.length < 4) throw FormatException.field(file, "block header",
			"at least 4 bytes", bytes.length + " bytes");
		final int mode = Short.toUnsignedInt(in.getShort());
		final int ndim = Short.toUnsignedInt(in.getShort());
		if (mode == MODE_OBJECT) throw new FormatException(file +
			": block mode 2 (serialized object) is not supported");
		if (mode != MODE_DEFAULT && mode != MODE_VARLENGTH) throw FormatException
			.field(file, "block mode", "0 (default) or 1 (varlength)", mode);
		if (ndim != meta.numDimensions()) throw FormatException.field(file,
			"block number of dimensions", meta.numDimensions() + " as in the dataset",
			ndim);
		final int[] shape = blockShape(in, meta, file);
		long elements = BlockCrops.elements(shape);
		if (mode == MODE_VARLENGTH) {
			if (in.remaining() < 4) throw FormatException.field(file,
				"block element count", "4 bytes", in.remaining() + " bytes");
			final long declared = Integer.toUnsignedLong(in.getInt());
			if (declared != elements) throw FormatException.field(file,
				"block element count", elements + " (product of the block size " +
					Arrays.toString(shape) + ")", declared);
		}
		final byte[] payload = Arrays.copyOfRange(bytes, in.position(),
			bytes.length);
		final byte[] raw;
		try {
			raw = compression.decode(payload, (int) elements * meta.dataType()
				.bytes());
		}
		catch (final FormatException e) {
			throw new FormatException(file + ": " + e.getMessage(), e);
		}
		final Object data = meta.dataType().decode(ByteBuffer.wrap(raw),
			(int) elements, ByteOrder.BIG_ENDIAN);
		return new Chunk(cellShape, BlockCrops.fit(data, shape, cellShape, meta
			.dataType(), meta.fillValue()));
	}

	private static int[] blockShape(final ByteBuffer in, final ArrayMetadata meta,
		final Object file) throws FormatException
	{
		final int[] max = meta.chunkShape();
		if (in.remaining() < 4 * max.length) throw FormatException.field(file,
			"block header", 4 * max.length + " bytes of block size", in.remaining() +
				" bytes");
		final int[] shape = new int[max.length];
		for (int d = 0; d < max.length; d++) {
			final long s = Integer.toUnsignedLong(in.getInt());
			if (s > max[d]) throw FormatException.field(file, "block size",
				"at most the dataset's blockSize " + Arrays.toString(max), "size " + s +
					" in dimension " + d);
			shape[d] = (int) s;
		}
		return shape;
	}
}
