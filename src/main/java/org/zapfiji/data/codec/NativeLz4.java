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

import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * lz4-java's JNI decoder (LZ4's C {@code LZ4_decompress_safe}), about twice as
 * fast as aircompressor's. Only the bounds-checking "safe" decompressor of the
 * native instance is used: lz4-java's "fast" and Unsafe-based decompressors may
 * read or write outside their arrays on damaged input (CVE-2025-12183). Only
 * this class names lz4-java, so that a missing jar or native library leaves the
 * pure-Java path working.
 */
final class NativeLz4 {

	/** Null when the library did not load; stateless and thread-safe. */
	private static final LZ4SafeDecompressor DECOMPRESSOR;

	private static final String PROBLEM;

	static {
		LZ4SafeDecompressor found = null;
		String problem = null;
		try {
			found = LZ4Factory.nativeInstance().safeDecompressor();
		}
		catch (final LinkageError | RuntimeException e) {
			problem = e.toString();
		}
		DECOMPRESSOR = found;
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
}
