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

import java.util.Random;

/**
 * Test inputs for codecs: smooth data that compresses the way microscopy does
 * (slowly varying values, so shuffled high bytes repeat), and random data that
 * does not compress at all. Every sample comes from a fixed seed.
 */
final class CodecSamples {

	private CodecSamples() {}

	/**
	 * {@code elements} little-endian values of {@code typesize} bytes: a smooth
	 * 2-D wave on rows of 512 plus a little noise.
	 */
	static byte[] smooth(final int typesize, final int elements) {
		final Random random = new Random(42 + typesize);
		final byte[] bytes = new byte[elements * typesize];
		final int scale = typesize == 1 ? 40 : 600;
		for (int i = 0; i < elements; i++) {
			final int x = i % 512;
			final int y = i / 512;
			final long value = scale + Math.round(scale * 0.3 * Math.sin(x / 37.0) *
				Math.cos(y / 23.0)) + random.nextInt(4);
			for (int b = 0; b < typesize; b++)
				bytes[i * typesize + b] = b < 8 ? (byte) (value >>> (8 * b)) : 0;
		}
		return bytes;
	}

	/** Incompressible bytes. */
	static byte[] random(final int length, final long seed) {
		final byte[] bytes = new byte[length];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}
}
