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

import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * lz4-java's JNI decoder (LZ4's C {@code LZ4_decompress_safe}), about twice as
 * fast as aircompressor's, and its JNI encoders: LZ4's C {@code LZ4_compress}
 * for lz4 (a little faster than aircompressor's) and {@code LZ4_compress_HC}
 * for lz4hc, which aircompressor lacks (it writes plain LZ4 instead), at the
 * Blosc level as C-Blosc passes it. Only the native instance is used, never
 * lz4-java's Java or Unsafe-based ones, and of its decoders only the
 * bounds-checking "safe" one: lz4-java's "fast" and Unsafe-based decompressors
 * may read or write outside their arrays on damaged input (CVE-2025-12183).
 * Only this class names lz4-java, so that a missing jar or native library
 * leaves the pure-Java path working.
 */
final class NativeLz4 {

	/** Null when the library did not load; stateless and thread-safe. */
	private static final LZ4SafeDecompressor DECOMPRESSOR;

	/** Null when the library did not load; stateless and thread-safe. */
	private static final LZ4Compressor FAST;

	/** LZ4HC at Blosc levels 1..9 (index 0 unused); thread-safe. */
	private static final LZ4Compressor[] HIGH = new LZ4Compressor[10];

	private static final String PROBLEM;

	static {
		LZ4SafeDecompressor found = null;
		LZ4Compressor fast = null;
		String problem = null;
		try {
			final LZ4Factory factory = LZ4Factory.nativeInstance();
			found = factory.safeDecompressor();
			fast = factory.fastCompressor();
			for (int level = 1; level < HIGH.length; level++)
				HIGH[level] = factory.highCompressor(level);
		}
		catch (final LinkageError | RuntimeException e) {
			problem = e.toString();
		}
		DECOMPRESSOR = found;
		FAST = fast;
		PROBLEM = problem;
	}

	private NativeLz4() {}

	/** Null when the native decoder can be used, else what went wrong. */
	static String problem() {
		return PROBLEM;
	}

	/**
	 * Decompresses one LZ4 block of exactly {@code length} bytes into at most
	 * {@code capacity} bytes; throws a RuntimeException (LZ4Exception) when it is
	 * damaged or too long.
	 */
	static int decompress(final byte[] in, final int offset, final int length,
		final byte[] out, final int outOffset, final int capacity)
	{
		return DECOMPRESSOR.decompress(in, offset, length, out, outOffset,
			capacity);
	}

	/** The most a block of {@code length} bytes compresses to. */
	static int maxCompressedLength(final int length) {
		return FAST.maxCompressedLength(length);
	}

	/**
	 * Compresses {@code in[offset, offset + length)} into one LZ4 block at
	 * {@code out[outOffset..]}: with LZ4HC at {@code hcLevel} (1..9), or plain
	 * LZ4 when it is 0. {@code capacity} must be at least
	 * {@link #maxCompressedLength}, so that only a broken library throws.
	 *
	 * @return the block's length
	 */
	static int compress(final int hcLevel, final byte[] in, final int offset,
		final int length, final byte[] out, final int outOffset, final int capacity)
	{
		final LZ4Compressor compressor = hcLevel == 0 ? FAST : HIGH[hcLevel];
		return compressor.compress(in, offset, length, out, outOffset, capacity);
	}
}
