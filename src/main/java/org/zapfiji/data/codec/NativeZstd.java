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

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.util.Native;

/**
 * zstd-jni's C decoder and encoder: the decoder is about 2.5 times as fast as
 * aircompressor's on Blosc's streams, and the encoder, unlike aircompressor's,
 * honours the level (at the level aircompressor always uses, 3, it is about 3.5
 * times as fast). Only this class names zstd-jni, so that a missing jar or a
 * native library that does not load leaves the pure-Java path working: callers
 * ask {@link #problem()} first and never touch this class's instances
 * otherwise.
 * <p>
 * One instance holds one native decompression context (and a compression
 * context once it has compressed) and is used by one thread at a time.
 * Instances are {@link #borrow borrowed} and {@link #release released}: making
 * a context per chunk cost a few percent of a chunk's decoding, and zstd-jni
 * frees a context's native memory only on close, never by garbage collection.
 * At most two per core are kept idle; the rest are closed.
 */
final class NativeZstd {

	/** Why the library is not usable, or null when it loaded. */
	private static final String PROBLEM = load();

	private static final int MAX_IDLE = 2 * Runtime.getRuntime()
		.availableProcessors();

	private static final ConcurrentLinkedQueue<NativeZstd> IDLE =
		new ConcurrentLinkedQueue<>();

	private static final AtomicInteger IDLE_COUNT = new AtomicInteger();

	private final ZstdDecompressCtx context = new ZstdDecompressCtx();

	/** Made on first compression: most instances only decode. */
	private ZstdCompressCtx compressContext;

	/** The level {@link #compressContext} is set to. */
	private int compressLevel;

	/** Set when a decode failed, so that the context is reset before reuse. */
	private boolean failed;

	private NativeZstd() {}

	/** Null when the native decoder can be used, else what went wrong. */
	static String problem() {
		return PROBLEM;
	}

	/** zstd-jni's version, from its jar manifest. */
	static String version() {
		return String.valueOf(ZstdDecompressCtx.class.getPackage()
			.getImplementationVersion());
	}

	private static String load() {
		try {
			Native.load();
			return null;
		}
		catch (final LinkageError | RuntimeException e) {
			return e.toString();
		}
	}

	/** An idle context, or a new one; give it back with {@link #release}. */
	static NativeZstd borrow() {
		final NativeZstd idle = IDLE.poll();
		if (idle == null) return new NativeZstd();
		IDLE_COUNT.decrementAndGet();
		return idle;
	}

	/** Keeps this context for reuse, or closes it if enough are idle. */
	void release() {
		if (failed) {
			context.reset();
			failed = false;
		}
		if (IDLE_COUNT.incrementAndGet() <= MAX_IDLE) IDLE.offer(this);
		else {
			IDLE_COUNT.decrementAndGet();
			context.close();
			if (compressContext != null) compressContext.close();
		}
	}

	/** The most a stream of {@code length} bytes compresses to. */
	static int maxCompressedLength(final int length) {
		return Math.toIntExact(Zstd.compressBound(length));
	}

	/**
	 * Compresses {@code in[offset, offset + length)} into one frame that records
	 * its content size, as C-Blosc's {@code ZSTD_compressCCtx} writes it, at
	 * {@code out[outOffset..]}; {@code capacity} must be at least
	 * {@link #maxCompressedLength}, so that only a broken library throws.
	 *
	 * @return the frame's length
	 */
	int compress(final int level, final byte[] in, final int offset,
		final int length, final byte[] out, final int outOffset, final int capacity)
	{
		if (compressContext == null) {
			compressContext = new ZstdCompressCtx();
			compressContext.setContentSize(true);
			compressLevel = Integer.MIN_VALUE;
		}
		if (level != compressLevel) {
			compressContext.setLevel(level);
			compressLevel = level;
		}
		try {
			return compressContext.compressByteArray(out, outOffset, capacity, in,
				offset, length);
		}
		catch (final RuntimeException e) {
			compressContext.close(); // not reused in an unknown state
			compressContext = null;
			throw e;
		}
	}

	/**
	 * Decompresses whole frames; throws a RuntimeException (zstd-jni's
	 * ZstdException) for damaged input or more than {@code capacity} bytes.
	 */
	int decompress(final byte[] in, final int offset, final int length,
		final byte[] out, final int outOffset, final int capacity)
	{
		try {
			return context.decompressByteArray(out, outOffset, capacity, in, offset,
				length);
		}
		catch (final RuntimeException e) {
			failed = true;
			throw e;
		}
	}
}
