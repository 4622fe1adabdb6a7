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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Blosc's two reversible filters, which regroup a block so that bytes (or bits)
 * that change slowly across elements sit next to each other before compression:
 * the high bytes of smooth uint16 images are nearly constant.
 * <p>
 * Byte shuffle writes byte {@code j} of every element, then byte {@code j+1},
 * ...; bytes after the last whole element are copied as they are.
 * <p>
 * Bit shuffle follows C-Blosc 1's format version 2 exactly, which is not the
 * same as Blosc2's newer chunks: a block whose element count is a multiple of
 * eight is bit-transposed (for each byte position, for each bit from the least
 * significant, one bit per element, least significant bit first) and its bytes
 * after the last whole element are copied; a block whose element count is not a
 * multiple of eight is copied unshuffled, whole.
 */
final class Shuffles {

	private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(
		long[].class, ByteOrder.LITTLE_ENDIAN);

	/** Bytes 0, 1 and 4, 5 of a long. */
	private static final long PAIRS = 0x0000FFFF0000FFFFL;

	private static final long LOW_HALF = 0xFFFFFFFFL;

	/** Rows of 512 KiB (a 2 MiB block of float32), 2 MiB per thread at most. */
	private static final int MAX_KEPT_WORDS = 1 << 16;

	/**
	 * Per thread, since unshuffling runs on many threads at once; every use
	 * writes the longs it then reads, and none leaves this class.
	 */
	private static final ThreadLocal<long[][]> ROWS = ThreadLocal.withInitial(
		() -> new long[4][0]);

	private Shuffles() {}

	/** Byte-shuffles {@code length} bytes of {@code src} into {@code dst}. */
	static void shuffleBytes(final int typesize, final byte[] src,
		final int srcOffset, final byte[] dst, final int dstOffset,
		final int length)
	{
		final int elements = length / typesize;
		final int done = typesize == 2 ? shuffleTwo(src, srcOffset, dst, dstOffset,
			elements) : 0;
		for (int j = 0; j < typesize; j++) {
			final int row = dstOffset + j * elements;
			for (int i = done, s = srcOffset + j + done *
				typesize; i < elements; i++, s += typesize)
				dst[row + i] = src[s];
		}
		final int whole = elements * typesize;
		System.arraycopy(src, srcOffset + whole, dst, dstOffset + whole, length -
			whole);
	}

	/** Reverses {@link #shuffleBytes}. */
	static void unshuffleBytes(final int typesize, final byte[] src,
		final int srcOffset, final byte[] dst, final int dstOffset,
		final int length)
	{
		final int elements = length / typesize;
		int done = 0;
		if (typesize == 2) done = unshuffleTwo(src, srcOffset, dst, dstOffset,
			elements);
		else if (typesize == 4) done = unshuffleFour(src, srcOffset, dst, dstOffset,
			elements);
		for (int j = 0; j < typesize; j++) {
			final int row = srcOffset + j * elements;
			for (int i = done, d = dstOffset + j + done *
				typesize; i < elements; i++, d += typesize)
				dst[d] = src[row + i];
		}
		final int whole = elements * typesize;
		System.arraycopy(src, srcOffset + whole, dst, dstOffset + whole, length -
			whole);
	}

	/**
	 * The common uint16 case. Java 17 cannot vectorise a byte interleave, but it
	 * does vectorise arithmetic on long[] arrays: the two byte rows are copied
	 * into longs (eight elements each), interleaved there with shifts and masks
	 * in place, and the results stored in pairs. On a 256 KiB block this took 17
	 * µs against 56 µs for the same arithmetic on longs read from the byte array,
	 * which made unshuffling the slowest step of decoding after zstd.
	 *
	 * @return how many elements were done; the caller does the rest
	 */
	private static int unshuffleTwo(final byte[] src, final int srcOffset,
		final byte[] dst, final int dstOffset, final int elements)
	{
		final int words = elements / 8;
		final long[][] rows = rows(words);
		final long[] low = rows[0];
		final long[] high = rows[1];
		copyLongs(src, srcOffset, low, words);
		copyLongs(src, srcOffset + elements, high, words);
		zipByteRows(low, high, words);
		for (int k = 0, d = dstOffset; k < words; k++, d += 16) {
			LONG_LE.set(dst, d, low[k]);
			LONG_LE.set(dst, d + 8, high[k]);
		}
		return 8 * words;
	}

	/**
	 * {@link #unshuffleTwo} backwards, for encoding: the byte-by-byte loop
	 * shuffled 2 GB/s, a third of the speed of unshuffling, and was the largest
	 * cost of writing Blosc lz4 after the move to native LZ4. Each pair of longs
	 * (eight elements) is unzipped into eight low and eight high bytes, and the
	 * two rows are stored by bulk copies.
	 *
	 * @return how many elements were done; the caller does the rest
	 */
	private static int shuffleTwo(final byte[] src, final int srcOffset,
		final byte[] dst, final int dstOffset, final int elements)
	{
		final int words = elements / 8;
		final long[][] rows = rows(words);
		final long[] low = rows[0];
		final long[] high = rows[1];
		for (int k = 0, s = srcOffset; k < words; k++, s += 16) {
			low[k] = (long) LONG_LE.get(src, s);
			high[k] = (long) LONG_LE.get(src, s + 8);
		}
		unzipByteRows(low, high, words);
		storeLongs(low, dst, dstOffset, words);
		storeLongs(high, dst, dstOffset + elements, words);
		return 8 * words;
	}

	/** Reverses {@link #zipByteRows}, in place. */
	private static void unzipByteRows(final long[] x, final long[] y,
		final int words)
	{
		for (int k = 0; k < words; k++) {
			final long a = x[k];
			final long b = y[k];
			final long even = zipBytePairs((a & LOW_HALF) | b << 32);
			final long odd = zipBytePairs(a >>> 32 | (b & ~LOW_HALF));
			x[k] = (even & PAIRS) | (odd << 16 & ~PAIRS);
			y[k] = (even >>> 16 & PAIRS) | (odd & ~PAIRS);
		}
	}

	/**
	 * float32 and (u)int32, eight elements at a time, as {@link #unshuffleTwo}:
	 * byte rows 0 and 1 are interleaved into 16-bit pairs, so are rows 2 and 3,
	 * then the pairs are. Each step is a loop over two arrays, which C2
	 * vectorises; one loop over all four was not vectorised.
	 *
	 * @return how many elements were done; the caller does the rest
	 */
	private static int unshuffleFour(final byte[] src, final int srcOffset,
		final byte[] dst, final int dstOffset, final int elements)
	{
		final int words = elements / 8;
		final long[][] rows = rows(words);
		for (int j = 0; j < 4; j++)
			copyLongs(src, srcOffset + j * elements, rows[j], words);
		zipByteRows(rows[0], rows[1], words);
		zipByteRows(rows[2], rows[3], words);
		// rows 0 and 1 now hold bytes 0, 1 of elements 0-3 and 4-7; 2 and 3 bytes
		// 2, 3
		zipShortRows(rows[0], rows[2], words);
		zipShortRows(rows[1], rows[3], words);
		final long[] first = rows[0];
		final long[] second = rows[2];
		final long[] third = rows[1];
		final long[] fourth = rows[3];
		for (int k = 0, at = dstOffset; k < words; k++, at += 32) {
			LONG_LE.set(dst, at, first[k]);
			LONG_LE.set(dst, at + 8, second[k]);
			LONG_LE.set(dst, at + 16, third[k]);
			LONG_LE.set(dst, at + 24, fourth[k]);
		}
		return 8 * words;
	}

	/**
	 * Interleaves the bytes of {@code x[k]} and {@code y[k]}, in place: x[k] gets
	 * the first four of each, alternating, and y[k] the last four.
	 */
	private static void zipByteRows(final long[] x, final long[] y,
		final int words)
	{
		for (int k = 0; k < words; k++) {
			final long a = x[k];
			final long b = y[k];
			// bytes 0, 1, 4, 5 and 2, 3, 6, 7 of each, already interleaved in pairs
			final long even = zipBytePairs((a & PAIRS) | (b << 16 & ~PAIRS));
			final long odd = zipBytePairs((a >>> 16 & PAIRS) | (b & ~PAIRS));
			x[k] = (even & LOW_HALF) | odd << 32;
			y[k] = even >>> 32 | (odd & ~LOW_HALF);
		}
	}

	/** As {@link #zipByteRows}, for 16-bit units. */
	private static void zipShortRows(final long[] x, final long[] y,
		final int words)
	{
		for (int k = 0; k < words; k++) {
			final long a = x[k];
			final long b = y[k];
			x[k] = zipShorts((a & LOW_HALF) | b << 32);
			y[k] = zipShorts(a >>> 32 | (b & ~LOW_HALF));
		}
	}

	/** Swaps bytes 1 and 2, and 5 and 6: (a b c d) becomes (a c b d). */
	private static long zipBytePairs(final long x) {
		final long t = (x ^ x >>> 8) & 0x0000FF000000FF00L;
		return x ^ t ^ t << 8;
	}

	/** 16-bit units (a0 a1 b0 b1) become (a0 b0 a1 b1). */
	private static long zipShorts(final long x) {
		final long t = (x ^ x >>> 16) & 0x00000000FFFF0000L;
		return x ^ t ^ t << 16;
	}

	/** {@code count} little-endian longs from {@code src}, by a bulk copy. */
	private static void copyLongs(final byte[] src, final int srcOffset,
		final long[] dst, final int count)
	{
		ByteBuffer.wrap(src, srcOffset, 8 * count).order(ByteOrder.LITTLE_ENDIAN)
			.asLongBuffer().get(dst, 0, count);
	}

	/** {@code count} longs into {@code dst} little-endian, by a bulk copy. */
	private static void storeLongs(final long[] src, final byte[] dst,
		final int dstOffset, final int count)
	{
		ByteBuffer.wrap(dst, dstOffset, 8 * count).order(ByteOrder.LITTLE_ENDIAN)
			.asLongBuffer().put(src, 0, count);
	}

	/**
	 * This thread's four scratch rows of at least {@code words} longs, reused
	 * since allocating them per block cost as much as the work. Separate arrays,
	 * not one, because C2 vectorises only loops whose arrays it can tell apart.
	 * Rows above {@link #MAX_KEPT_WORDS} are allocated for the call.
	 */
	private static long[][] rows(final int words) {
		if (words > MAX_KEPT_WORDS) return new long[4][words];
		long[][] kept = ROWS.get();
		if (kept[0].length < words) {
			kept = new long[4][words];
			ROWS.set(kept);
		}
		return kept;
	}

	/** Bit-shuffles {@code length} bytes of {@code src} into {@code dst}. */
	static void shuffleBits(final int typesize, final byte[] src,
		final int srcOffset, final byte[] dst, final int dstOffset,
		final int length)
	{
		final int elements = length / typesize;
		if (elements % 8 != 0) {
			System.arraycopy(src, srcOffset, dst, dstOffset, length);
			return;
		}
		final int rowBytes = elements / 8;
		for (int j = 0; j < typesize; j++) {
			for (int g = 0; g < rowBytes; g++) {
				long x = 0;
				for (int i = 0, s = srcOffset + 8 * g * typesize + j; i < 8; i++, s +=
					typesize)
					x |= (src[s] & 0xFFL) << (8 * i);
				x = transpose8x8(x);
				for (int bit = 0, d = dstOffset + j * 8 * rowBytes +
					g; bit < 8; bit++, d += rowBytes)
					dst[d] = (byte) (x >>> (8 * bit));
			}
		}
		final int whole = elements * typesize;
		System.arraycopy(src, srcOffset + whole, dst, dstOffset + whole, length -
			whole);
	}

	/** Reverses {@link #shuffleBits}. */
	static void unshuffleBits(final int typesize, final byte[] src,
		final int srcOffset, final byte[] dst, final int dstOffset,
		final int length)
	{
		final int elements = length / typesize;
		if (elements % 8 != 0) {
			System.arraycopy(src, srcOffset, dst, dstOffset, length);
			return;
		}
		final int rowBytes = elements / 8;
		for (int j = 0; j < typesize; j++) {
			for (int g = 0; g < rowBytes; g++) {
				long x = 0;
				for (int bit = 0, s = srcOffset + j * 8 * rowBytes +
					g; bit < 8; bit++, s += rowBytes)
					x |= (src[s] & 0xFFL) << (8 * bit);
				x = transpose8x8(x);
				for (int i = 0, d = dstOffset + 8 * g * typesize + j; i < 8; i++, d +=
					typesize)
					dst[d] = (byte) (x >>> (8 * i));
			}
		}
		final int whole = elements * typesize;
		System.arraycopy(src, srcOffset + whole, dst, dstOffset + whole, length -
			whole);
	}

	/**
	 * Transposes the 8 × 8 bit matrix whose row {@code r} is byte {@code r} of
	 * {@code x} (bit {@code 8r + c} moves to {@code 8c + r}), by swapping ever
	 * smaller off-diagonal blocks: 1 × 1, then 2 × 2, then 4 × 4.
	 */
	static long transpose8x8(long x) {
		long t = (x ^ (x >>> 7)) & 0x00AA00AA00AA00AAL;
		x ^= t ^ (t << 7);
		t = (x ^ (x >>> 14)) & 0x0000CCCC0000CCCCL;
		x ^= t ^ (t << 14);
		t = (x ^ (x >>> 28)) & 0x00000000F0F0F0F0L;
		x ^= t ^ (t << 28);
		return x;
	}
}
