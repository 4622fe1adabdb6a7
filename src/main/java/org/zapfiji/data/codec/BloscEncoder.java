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

import java.util.Arrays;

import org.zapfiji.data.codec.BloscCodec.Shuffle;

/**
 * Writes one Blosc 1 chunk the way C-Blosc 1.21 lays it out, so that C-Blosc
 * (numcodecs, zarr-python, TensorStore) reads it: same flags, same split rule,
 * streams stored raw when compression does not shrink them, and the whole chunk
 * stored raw ("memcpyed") at level 0, below 128 bytes, or when compression
 * would make it larger.
 * <p>
 * The chunk is built in this thread's reused {@link #WORK} arrays and only the
 * finished, exact-length chunk is allocated: a fresh input-sized output and
 * shuffle block per chunk cost about as much as LZ4 compressing it.
 */
final class BloscEncoder {

	/** Largest input: C-Blosc's limit, so the chunk still fits an int. */
	static final int MAX_BUFFERSIZE = Integer.MAX_VALUE - 2 * BloscHeader.SIZE;

	private static final int L1 = 32 * 1024;

	private final BloscCodec codec;

	private final BloscCompressor compressor;

	private final byte[] raw;

	private final int blocksize;

	private final boolean split;

	/** Work arrays larger than this are not kept between chunks (16 MiB). */
	static final int MAX_KEPT_BYTES = 16 << 20;

	/** Per thread: the chunk being built, and the shuffled block. */
	private static final ThreadLocal<byte[][]> WORK = ThreadLocal.withInitial(
		() -> new byte[2][0]);

	private final BloscStreams streams;

	private final byte[] scratch;

	/** The largest chunk worth writing: the stored chunk's length. */
	private final int capacity;

	/**
	 * @param decompressors whether zstd and LZ4 are compressed natively
	 */
	BloscEncoder(final BloscCodec codec, final BloscCompressor compressor,
		final byte[] raw, final Decompressors decompressors)
	{
		if (raw.length > MAX_BUFFERSIZE) throw new IllegalArgumentException(
			"Blosc cannot hold " + raw.length + " bytes in one chunk; the limit is " +
				MAX_BUFFERSIZE);
		this.codec = codec;
		this.compressor = compressor;
		this.raw = raw;
		this.capacity = raw.length + BloscHeader.SIZE;
		this.blocksize = blocksize(compressor, codec.clevel(), codec.typesize(),
			raw.length, codec.blocksize());
		this.split = compressor.splits() && codec
			.typesize() <= BloscHeader.MAX_SPLITS && blocksize / codec
				.typesize() >= BloscHeader.MIN_BUFFERSIZE;
		this.scratch = codec.shuffle() == Shuffle.NONE ? null : work(1, blocksize);
		this.streams = new BloscStreams(decompressors);
	}

	/** This thread's work array {@code which}, of at least {@code size} bytes. */
	private static byte[] work(final int which, final int size) {
		if (size > MAX_KEPT_BYTES) return new byte[size];
		final byte[][] kept = WORK.get();
		if (kept[which].length < size) kept[which] = new byte[size];
		return kept[which];
	}

	byte[] encode() {
		try {
			if (codec.clevel() == 0 || raw.length < BloscHeader.MIN_BUFFERSIZE)
				return stored();
			final byte[] out = work(0, capacity);
			final int blocks = raw.length / blocksize + (raw.length % blocksize > 0
				? 1 : 0);
			int at = BloscHeader.offsetPosition(blocks);
			if (at > capacity) return stored();
			for (int b = 0; b < blocks && at >= 0; b++) {
				BloscHeader.writeInt(out, BloscHeader.offsetPosition(b), at);
				at = encodeBlock(b, out, at);
			}
			if (at < 0) return stored();
			writeHeader(out, flags(), at);
			return Arrays.copyOf(out, at);
		}
		finally {
			streams.close();
		}
	}

	/** Compresses block {@code b} at {@code out[at..]}; -1 if it won't fit. */
	private int encodeBlock(final int b, final byte[] out, int at) {
		final int start = b * blocksize;
		final int size = Math.min(blocksize, raw.length - start);
		final int typesize = codec.typesize();
		byte[] source = raw;
		int offset = start;
		if (codec.shuffle() == Shuffle.BYTE && typesize > 1) {
			Shuffles.shuffleBytes(typesize, raw, start, scratch, 0, size);
			source = scratch;
			offset = 0;
		}
		else if (codec.shuffle() == Shuffle.BIT && size >= typesize) {
			Shuffles.shuffleBits(typesize, raw, start, scratch, 0, size);
			source = scratch;
			offset = 0;
		}
		final int count = split && size == blocksize ? typesize : 1;
		final int each = size / count;
		for (int j = 0; j < count; j++) {
			if (at + 4 > capacity) return -1;
			int length = streams.compress(compressor, codec.clevel(), source, offset +
				j * each, each, out, at + 4, capacity - at - 4);
			if (length < 0) {
				if (at + 4 + each > capacity) return -1;
				System.arraycopy(source, offset + j * each, out, at + 4, each);
				length = each;
			}
			BloscHeader.writeInt(out, at, length);
			at += 4 + length;
		}
		return at;
	}

	private byte[] stored() {
		final byte[] out = new byte[raw.length + BloscHeader.SIZE];
		System.arraycopy(raw, 0, out, BloscHeader.SIZE, raw.length);
		writeHeader(out, flags() | BloscHeader.MEMCPYED, out.length);
		return out;
	}

	private int flags() {
		int flags = compressor.code << 5;
		if (!split) flags |= BloscHeader.DONT_SPLIT;
		if (codec.shuffle() == Shuffle.BYTE) flags |= BloscHeader.BYTE_SHUFFLE;
		if (codec.shuffle() == Shuffle.BIT) flags |= BloscHeader.BIT_SHUFFLE;
		return flags;
	}

	private void writeHeader(final byte[] out, final int flags,
		final int cbytes)
	{
		out[0] = BloscHeader.VERSION;
		out[1] = BloscCompressor.FORMAT_VERSION;
		out[2] = (byte) flags;
		out[3] = (byte) codec.typesize();
		BloscHeader.writeInt(out, 4, raw.length);
		BloscHeader.writeInt(out, 8, blocksize);
		BloscHeader.writeInt(out, 12, cbytes);
	}

	/**
	 * C-Blosc's automatic block size: 32 KiB (L1), doubled for ratio-oriented
	 * compressors, scaled with the level; for split compressors multiplied by the
	 * typesize within 64 KiB..1 MiB; never more than the input and a multiple of
	 * the typesize. A requested size is kept within 128 bytes and the input.
	 */
	static int blocksize(final BloscCompressor compressor, final int clevel,
		final int typesize, final int nbytes, final int requested)
	{
		if (nbytes < typesize) return 1;
		long size = nbytes;
		if (requested > 0) size = Math.max(requested, BloscHeader.MIN_BUFFERSIZE);
		else if (nbytes >= L1) size = (long) L1 * (compressor.favoursRatio() ? 2
			: 1) * levelFactor(compressor, clevel) / 4;
		final boolean splits = compressor.splits() &&
			typesize <= BloscHeader.MAX_SPLITS && size /
				typesize >= BloscHeader.MIN_BUFFERSIZE;
		if (clevel > 0 && splits) size = Math.min(1 << 20, Math.max(1 << 16, Math
			.min(size, 1 << 18) * typesize));
		size = Math.min(size, nbytes);
		if (size > typesize) size = size / typesize * typesize;
		return (int) size;
	}

	/** The level's block size factor, in quarters. */
	private static int levelFactor(final BloscCompressor compressor,
		final int clevel)
	{
		final int[] quarters = { 1, 2, 4, 8, 16, 16, 32, 32, 32, 32 };
		return clevel == 9 && compressor.favoursRatio() ? 64 : quarters[clevel];
	}
}
