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

import org.zapfiji.data.FormatException;

/**
 * Decodes one Blosc 1 chunk: block by block, each block's streams into place
 * (or into a scratch block when it must be unshuffled), trusting no offset or
 * length before it is checked against the chunk's {@code cbytes}.
 * <p>
 * Mirrors C-Blosc 1.21's reader: a block is split into {@code typesize} streams
 * unless the header says "don't split", the typesize exceeds 16, the block
 * holds fewer than 128 elements, or it is the short last block; a stream whose
 * length equals its decoded length is stored raw; byte shuffle wins over bit
 * shuffle when both flags are set.
 */
final class BloscDecoder {

	/**
	 * Blocks up to this size are unshuffled from a per-thread scratch block,
	 * since allocating and zeroing one per chunk cost as much as the unshuffle.
	 * Larger ones get their own, so that no thread keeps a large array.
	 */
	private static final int MAX_KEPT_SCRATCH = 1 << 21;

	/**
	 * Safe to share within a thread: a block is written whole before it is read,
	 * and the array never leaves {@link #decodeBlock}.
	 */
	private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(
		() -> new byte[0]);

	private final BloscHeader header;

	private final BloscCompressor compressor;

	private final byte[] chunk;

	private final byte[] out;

	private final BloscStreams streams;

	private byte[] scratch;

	private BloscDecoder(final BloscHeader header, final byte[] chunk,
		final byte[] out, final Decompressors decompressors) throws FormatException
	{
		this.header = header;
		this.streams = new BloscStreams(decompressors);
		this.compressor = BloscCompressor.forCode(header.compressorCode,
			header.compressorVersion);
		this.chunk = chunk;
		this.out = out;
	}

	static byte[] decode(final byte[] chunk, final int decodedSize)
		throws FormatException
	{
		return decode(chunk, decodedSize, Decompressors.best());
	}

	/** With the given decoders: tests compare native with pure Java. */
	static byte[] decode(final byte[] chunk, final int decodedSize,
		final Decompressors decompressors) throws FormatException
	{
		final BloscHeader header = BloscHeader.read(chunk, decodedSize);
		final byte[] out = new byte[decodedSize];
		if (decodedSize == 0) return out;
		if (header.memcpyed()) {
			System.arraycopy(chunk, BloscHeader.SIZE, out, 0, decodedSize);
			return out;
		}
		final BloscDecoder decoder = new BloscDecoder(header, chunk, out,
			decompressors);
		try {
			for (int b = 0; b < header.blockCount(); b++)
				decoder.decodeBlock(b);
		}
		finally {
			decoder.streams.close();
		}
		return out;
	}

	private void decodeBlock(final int b) throws FormatException {
		final int blocksize = header.blocksize;
		final int typesize = header.typesize;
		final int start = b * blocksize;
		final boolean last = header.nbytes - start < blocksize;
		final int size = last ? header.nbytes - start : blocksize;
		final boolean byteShuffled = (header.flags &
			BloscHeader.BYTE_SHUFFLE) != 0 && typesize > 1;
		final boolean bitShuffled = !byteShuffled && (header.flags &
			BloscHeader.BIT_SHUFFLE) != 0 && size >= typesize;
		final boolean split = (header.flags & BloscHeader.DONT_SPLIT) == 0 &&
			typesize <= BloscHeader.MAX_SPLITS && size /
				typesize >= BloscHeader.MIN_BUFFERSIZE && !last;
		if (split && size % typesize != 0) throw BloscHeader.error("blocksize",
			"a multiple of typesize " + typesize + " for split blocks", size);
		final byte[] target;
		final int targetOffset;
		if (byteShuffled || bitShuffled) {
			if (scratch == null) scratch = scratch(blocksize);
			target = scratch;
			targetOffset = 0;
		}
		else {
			target = out;
			targetOffset = start;
		}
		decodeStreams(b, split ? typesize : 1, size, target, targetOffset);
		if (byteShuffled) Shuffles.unshuffleBytes(typesize, scratch, 0, out, start,
			size);
		else if (bitShuffled) Shuffles.unshuffleBits(typesize, scratch, 0, out,
			start, size);
	}

	private static byte[] scratch(final int blocksize) {
		if (blocksize > MAX_KEPT_SCRATCH) return new byte[blocksize];
		byte[] kept = SCRATCH.get();
		if (kept.length < blocksize) {
			kept = new byte[blocksize];
			SCRATCH.set(kept);
		}
		return kept;
	}

	/** Decodes block {@code b}'s {@code count} streams, one after another. */
	private void decodeStreams(final int b, final int count, final int size,
		final byte[] target, final int targetOffset) throws FormatException
	{
		final int cbytes = header.cbytes;
		int at = BloscHeader.readInt(chunk, BloscHeader.offsetPosition(b));
		final int first = BloscHeader.offsetPosition(header.blockCount());
		if (at < first || at > cbytes) throw BloscHeader.error("offset of block " +
			b, first + ".." + cbytes, at);
		final int each = size / count;
		for (int j = 0; j < count; j++) {
			if (at > cbytes - 4) throw new FormatException("Blosc chunk: block " + b +
				" is truncated at stream " + j + " (cbytes " + cbytes + ")");
			final int length = BloscHeader.readInt(chunk, at);
			at += 4;
			if (length < 0 || length > cbytes - at) throw BloscHeader.error(
				"length of stream " + j + " of block " + b, "0.." + (cbytes - at),
				length);
			if (length == each) System.arraycopy(chunk, at, target, targetOffset + j *
				each, each);
			else streams.decompress(compressor, chunk, at, length, target,
				targetOffset + j * each, each);
			at += length;
		}
	}
}
