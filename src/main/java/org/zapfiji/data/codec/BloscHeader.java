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

package org.zapfiji.data.codec;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.zapfiji.data.FormatException;

/**
 * The 16-byte header of a Blosc 1 chunk (format version 2), read and checked
 * before any of its sizes is used.
 * <p>
 * Layout: version, compressor format version, flags (bit 0 byte shuffle, bit 1
 * stored raw ("memcpyed"), bit 2 bit shuffle, bit 3 reserved, bit 4 blocks not
 * split, bits 5–7 compressor code), typesize, then little-endian int32 nbytes
 * (decoded size), blocksize and cbytes (the whole chunk, header included).
 * Unless memcpyed, an int32 start offset per block follows.
 */
final class BloscHeader {

	static final int SIZE = 16;

	static final int VERSION = 2;

	static final int BYTE_SHUFFLE = 0x01;

	static final int MEMCPYED = 0x02;

	static final int BIT_SHUFFLE = 0x04;

	static final int RESERVED = 0x08;

	static final int DONT_SPLIT = 0x10;

	/** Blocks are split into one stream per byte only below this typesize. */
	static final int MAX_SPLITS = 16;

	/** Splitting needs at least this many elements per block. */
	static final int MIN_BUFFERSIZE = 128;

	private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(
		int[].class, ByteOrder.LITTLE_ENDIAN);

	final int compressorVersion;

	final int flags;

	final int compressorCode;

	final int typesize;

	final int nbytes;

	final int blocksize;

	final int cbytes;

	private BloscHeader(final byte[] chunk) {
		compressorVersion = chunk[1] & 0xFF;
		flags = chunk[2] & 0xFF;
		compressorCode = flags >>> 5;
		typesize = chunk[3] & 0xFF;
		nbytes = readInt(chunk, 4);
		blocksize = readInt(chunk, 8);
		cbytes = readInt(chunk, 12);
	}

	/**
	 * Reads the header of {@code chunk}, which must decode to {@code decodedSize}
	 * bytes, and checks every size against that and against the chunk's length.
	 */
	static BloscHeader read(final byte[] chunk, final int decodedSize)
		throws FormatException
	{
		if (chunk.length < SIZE) throw error("length", "at least " + SIZE +
			" bytes (the header)", chunk.length + " bytes");
		if (chunk[0] != VERSION) throw error("format version", VERSION +
			" (Blosc 1; Blosc2 frames are not read)", chunk[0] & 0xFF);
		final BloscHeader header = new BloscHeader(chunk);
		header.check(chunk.length, decodedSize);
		return header;
	}

	private void check(final int length, final int decodedSize)
		throws FormatException
	{
		if ((flags & RESERVED) != 0) throw error("flags", "bit 3 clear (reserved)",
			"0x" + Integer.toHexString(flags));
		if (typesize == 0) throw error("typesize", "1..255", 0);
		if (nbytes != decodedSize) throw error("nbytes", decodedSize +
			" (the chunk's decoded size)", nbytes);
		if (cbytes < SIZE || cbytes > length) throw error("cbytes", SIZE + ".." +
			length + " (the bytes present)", cbytes);
		if (nbytes > 0 && (blocksize <= 0 || blocksize > nbytes)) throw error(
			"blocksize", "1.." + nbytes, blocksize);
		if (memcpyed()) {
			if ((long) nbytes + SIZE != cbytes) throw error("cbytes",
				"nbytes + 16 = " + ((long) nbytes + SIZE) + " for a stored chunk",
				cbytes);
		}
		else if (nbytes > 0 && blockCount() > (cbytes - SIZE) / 4) throw error(
			"cbytes", "room for " + blockCount() + " block offsets", cbytes);
	}

	boolean memcpyed() {
		return (flags & MEMCPYED) != 0;
	}

	int blockCount() {
		return nbytes / blocksize + (nbytes % blocksize > 0 ? 1 : 0);
	}

	/** Where block {@code b}'s offset is stored. */
	static int offsetPosition(final int b) {
		return SIZE + 4 * b;
	}

	static int readInt(final byte[] bytes, final int at) {
		return (int) INT_LE.get(bytes, at);
	}

	static void writeInt(final byte[] bytes, final int at, final int value) {
		INT_LE.set(bytes, at, value);
	}

	static FormatException error(final String field, final String expected,
		final Object found)
	{
		return FormatException.field("Blosc chunk", field, expected, found);
	}
}
