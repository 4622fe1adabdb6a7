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
import java.util.Arrays;

import org.zapfiji.data.DataType;
import org.zapfiji.data.ElementBoxes;
import org.zapfiji.data.FileStore;
import org.zapfiji.data.FillValues;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.ScratchBuffers;

/**
 * Chunks of an unsharded Zarr array stored as plain elements (see
 * {@link CodecChain#storesRawElements()}), read into and written from byte
 * buffers: a full chunk goes between file and buffer directly, an edge chunk is
 * cropped from or padded to the stored full chunk in a second buffer.
 */
final class RawZarrChunks {

	private RawZarrChunks() {}

	static long elements(final int[] shape) {
		long n = 1;
		for (final int s : shape)
			n *= s;
		return n;
	}

	/**
	 * Reads the chunk at {@code p} into {@code out} at {@code offset}; false if
	 * it is not stored.
	 */
	static boolean read(final FileStore store, final ArrayDescription d,
		final long[] p, final ByteBuffer out, final int offset,
		final ScratchBuffers whole) throws IOException
	{
		final String key = d.keys.key(p);
		final int[] cell = d.metadata.cellShape(p);
		final int[] full = d.metadata.chunkShape();
		final int raw = d.chain.rawSize();
		if (Arrays.equals(cell, full)) {
			final ByteBuffer part = out.duplicate();
			part.limit(offset + raw).position(offset);
			return readFile(store, key, part, d);
		}
		final ByteBuffer stored = whole.get(raw);
		if (!readFile(store, key, stored, d)) return false;
		ElementBoxes.copy(stored, 0, full, new long[full.length], out, offset, cell,
			new long[cell.length], cell, d.metadata.dataType().bytes());
		return true;
	}

	private static boolean readFile(final FileStore store, final String key,
		final ByteBuffer into, final ArrayDescription d) throws IOException
	{
		try {
			return store.read(key, into);
		}
		catch (final FormatException e) {
			throw new FormatException(e.getMessage() + " (" + d.metadata.dataType()
				.id() + " " + Arrays.toString(d.metadata.chunkShape()) +
				", uncompressed)", e);
		}
	}

	/** Writes the chunk at {@code p} from the remaining {@code bytes}. */
	static void write(final FileStore store, final ArrayDescription d,
		final long[] p, final ByteBuffer bytes, final ScratchBuffers whole)
		throws IOException
	{
		final String key = d.keys.key(p);
		final int[] cell = d.metadata.cellShape(p);
		final int[] full = d.metadata.chunkShape();
		final DataType type = d.metadata.dataType();
		if (bytes.remaining() != elements(cell) * type.bytes())
			throw new IllegalArgumentException(store.resolve(key) + ": chunk " +
				Arrays.toString(p) + " of shape " + Arrays.toString(cell) + " needs " +
				elements(cell) * type.bytes() + " bytes, got " + bytes.remaining());
		if (Arrays.equals(cell, full)) {
			store.write(key, bytes);
			return;
		}
		final ByteBuffer padded = whole.get(d.chain.rawSize()).order(d.chain
			.order());
		type.encode(FillValues.filled(type, d.metadata.fillValue(), Math.toIntExact(
			elements(full))), padded);
		ElementBoxes.copy(bytes, bytes.position(), cell, new long[cell.length],
			padded, 0, full, new long[full.length], cell, type.bytes());
		store.write(key, padded.flip());
	}
}
