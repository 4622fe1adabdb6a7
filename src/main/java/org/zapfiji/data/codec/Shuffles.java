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

	private Shuffles() {}

	/** Byte-shuffles {@code length} bytes of {@code src} into {@code dst}. */
	static void shuffleBytes(final int typesize, final byte[] src,
		final int srcOffset, final byte[] dst, final int dstOffset,
		final int length)
	{
		final int elements = length / typesize;
		for (int j = 0; j < typesize; j++) {
			final int row = dstOffset + j * elements;
			for (int i = 0, s = srcOffset + j; i < elements; i++, s += typesize)
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
		if (typesize == 2) unshuffleTwo(src, srcOffset, dst, dstOffset, elements);
		else for (int j = 0; j < typesize; j++) {
			final int row = srcOffset + j * elements;
			for (int i = 0, d = dstOffset + j; i < elements; i++, d += typesize)
				dst[d] = src[row + i];
		}
		final int whole = elements * typesize;
		System.arraycopy(src, srcOffset + whole, dst, dstOffset + whole, length -
			whole);
	}

	/**
	 * The common uint16 case: eight elements at a time, reading a long from each
	 * byte row and interleaving their bytes with shifts and masks.
	 */
	private static void unshuffleTwo(final byte[] src, final int srcOffset,
		final byte[] dst, final int dstOffset, final int elements)
	{
		final int high = srcOffset + elements;
		int i = 0;
		for (; i + 8 <= elements; i += 8) {
			final long low = (long) LONG_LE.get(src, srcOffset + i);
			final long top = (long) LONG_LE.get(src, high + i);
			LONG_LE.set(dst, dstOffset + 2 * i, spread(low) | spread(top) << 8);
			LONG_LE.set(dst, dstOffset + 2 * i + 8, spread(low >>> 32) | spread(
				top >>> 32) << 8);
		}
		for (; i < elements; i++) {
			dst[dstOffset + 2 * i] = src[srcOffset + i];
			dst[dstOffset + 2 * i + 1] = src[high + i];
		}
	}

	/** Moves the low four bytes of {@code x} to bytes 0, 2, 4 and 6. */
	private static long spread(long x) {
		x &= 0xFFFFFFFFL;
		x = (x | x << 16) & 0x0000FFFF0000FFFFL;
		return (x | x << 8) & 0x00FF00FF00FF00FFL;
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
