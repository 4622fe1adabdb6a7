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

package org.zapfiji.data;

import java.nio.ByteBuffer;

/**
 * One reusable direct byte buffer per thread, for moving chunk bytes between a
 * file and a primitive array.
 * <p>
 * Why direct: the JDK reads into and writes from a heap buffer through a
 * temporary direct buffer of its own, so a heap buffer costs one more copy of
 * every byte, and converting a volume is bound by such copies. Why per owner
 * and not one static pool: the buffers go away with their owner (an array, a
 * writer) and with their thread. A buffer grows to the largest request up to
 * {@link #MAX_KEPT_BYTES}; larger requests get a buffer of their own that is
 * not kept. (The JDK would keep a temporary buffer of any size per thread.)
 */
public final class ScratchBuffers {

	/** Larger buffers are not kept between calls (64 MiB). */
	public static final int MAX_KEPT_BYTES = 64 << 20;

	private final ThreadLocal<ByteBuffer> buffers = new ThreadLocal<>();

	/**
	 * A buffer with position 0 and limit {@code bytes}, in big-endian order until
	 * the caller sets another. Its content is undefined. It belongs to the
	 * calling thread until that thread calls again.
	 */
	public ByteBuffer get(final int bytes) {
		if (bytes > MAX_KEPT_BYTES) return ByteBuffer.allocateDirect(bytes);
		ByteBuffer buffer = buffers.get();
		if (buffer == null || buffer.capacity() < bytes) {
			buffer = ByteBuffer.allocateDirect(bytes);
			buffers.set(buffer);
		}
		buffer.clear().limit(bytes);
		return buffer.order(java.nio.ByteOrder.BIG_ENDIAN);
	}
}
