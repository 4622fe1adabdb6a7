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

import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import org.zapfiji.data.FormatException;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;

/**
 * Compresses and decompresses the streams inside one Blosc chunk. One instance
 * serves one encode or decode call, so the compressors' state is made once per
 * chunk rather than once per stream, and never shared between threads. zstd and
 * LZ4 are encoded and decoded natively where {@link Decompressors} says so.
 */
final class BloscStreams implements AutoCloseable {

	private final Decompressors decompressors;

	private ZstdDecompressor zstdDecompressor;

	private NativeZstd nativeZstd;

	private Lz4Decompressor lz4Decompressor;

	private Inflater inflater;

	private ZstdCompressor zstdCompressor;

	private Lz4Compressor lz4Compressor;

	private Deflater deflater;

	private byte[] scratch = new byte[0];

	BloscStreams(final Decompressors decompressors) {
		this.decompressors = decompressors;
	}

	/**
	 * Decompresses {@code in[offset, offset + length)} into exactly
	 * {@code expected} bytes at {@code out[outOffset..]}.
	 */
	void decompress(final BloscCompressor compressor, final byte[] in,
		final int offset, final int length, final byte[] out, final int outOffset,
		final int expected) throws FormatException
	{
		if (compressor == BloscCompressor.BLOSCLZ) {
			BloscLz.decode(in, offset, length, out, outOffset, expected);
			return;
		}
		if (compressor == BloscCompressor.ZLIB) {
			inflate(in, offset, length, out, outOffset, expected);
			return;
		}
		final int got;
		try {
			got = compressor == BloscCompressor.ZSTD ? unzstd(in, offset, length, out,
				outOffset, expected) : unlz4(in, offset, length, out, outOffset,
					expected);
		}
		catch (final RuntimeException e) {
			throw new FormatException("Blosc chunk: " + compressor.cname +
				" stream is damaged: " + e.getMessage(), e);
		}
		if (got != expected) throw new FormatException("Blosc chunk: " +
			compressor.cname + " stream gives " + got + " bytes, expected " +
			expected);
	}

	private int unzstd(final byte[] in, final int offset, final int length,
		final byte[] out, final int outOffset, final int expected)
		throws FormatException
	{
		final long declared = ZstdDecompressor.getDecompressedSize(in, offset,
			length);
		if (declared > expected) throw new FormatException(
			"Blosc chunk: zstd frame declares " + declared + " bytes, expected " +
				expected);
		if (decompressors.nativeZstd) {
			if (nativeZstd == null) nativeZstd = NativeZstd.borrow();
			return nativeZstd.decompress(in, offset, length, out, outOffset,
				expected);
		}
		if (zstdDecompressor == null) zstdDecompressor = new ZstdDecompressor();
		return zstdDecompressor.decompress(in, offset, length, out, outOffset,
			expected);
	}

	private int unlz4(final byte[] in, final int offset, final int length,
		final byte[] out, final int outOffset, final int expected)
	{
		if (decompressors.nativeLz4) return NativeLz4.decompress(in, offset, length,
			out, outOffset, expected);
		if (lz4Decompressor == null) lz4Decompressor = new Lz4Decompressor();
		return lz4Decompressor.decompress(in, offset, length, out, outOffset,
			expected);
	}

	/**
	 * zlib-wrapped deflate, as C-Blosc's {@code compress2}/{@code uncompress}.
	 */
	private void inflate(final byte[] in, final int offset, final int length,
		final byte[] out, final int outOffset, final int expected)
		throws FormatException
	{
		if (inflater == null) inflater = new Inflater();
		else inflater.reset();
		inflater.setInput(in, offset, length);
		int done = 0;
		try {
			while (done < expected && !inflater.finished()) {
				final int n = inflater.inflate(out, outOffset + done, expected - done);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary()))
					break;
				done += n;
			}
			// A stream that would give more than expected is not finished here.
			if (!inflater.finished()) throw new FormatException(
				"Blosc chunk: zlib stream is truncated or longer than the expected " +
					expected + " bytes");
			if (done != expected) throw new FormatException(
				"Blosc chunk: zlib stream gives " + done + " bytes, expected " +
					expected);
		}
		catch (final DataFormatException e) {
			throw new FormatException("Blosc chunk: zlib stream is damaged: " + e
				.getMessage(), e);
		}
	}

	/**
	 * Compresses {@code in[offset, offset + length)} into
	 * {@code out[outOffset..]}.
	 *
	 * @return the stream's length, or -1 if it is not shorter than {@code length}
	 *         or does not fit in {@code maxOut} bytes
	 */
	int compress(final BloscCompressor compressor, final int clevel,
		final byte[] in, final int offset, final int length, final byte[] out,
		final int outOffset, final int maxOut)
	{
		final int limit = Math.min(maxOut, length - 1);
		if (limit <= 0) return -1;
		if (compressor == BloscCompressor.BLOSCLZ) return BloscLz.encode(in, offset,
			length, out, outOffset, limit);
		if (compressor == BloscCompressor.ZLIB) return deflate(clevel, in, offset,
			length, out, outOffset, limit);
		final int bound = maxCompressedLength(compressor, length);
		// Straight into out when the worst case fits there, else via scratch.
		final boolean direct = maxOut >= bound;
		final byte[] target = direct ? out : scratch(bound);
		final int at = direct ? outOffset : 0;
		final int n = compressor == BloscCompressor.ZSTD ? zstd(clevel, in, offset,
			length, target, at, bound) : lz4(compressor, clevel, in, offset, length,
				target, at, bound);
		if (n > limit) return -1;
		if (!direct) System.arraycopy(scratch, 0, out, outOffset, n);
		return n;
	}

	private int maxCompressedLength(final BloscCompressor compressor,
		final int length)
	{
		if (compressor == BloscCompressor.ZSTD) {
			if (decompressors.nativeZstd) return NativeZstd.maxCompressedLength(
				length);
			return zstdCompressor().maxCompressedLength(length);
		}
		if (decompressors.nativeLz4) return NativeLz4.maxCompressedLength(length);
		return lz4Compressor().maxCompressedLength(length);
	}

	/** zstd at C-Blosc's level for {@code clevel}, where native. */
	private int zstd(final int clevel, final byte[] in, final int offset,
		final int length, final byte[] out, final int outOffset, final int capacity)
	{
		if (!decompressors.nativeZstd) return zstdCompressor().compress(in, offset,
			length, out, outOffset, capacity);
		if (nativeZstd == null) nativeZstd = NativeZstd.borrow();
		return nativeZstd.compress(BloscCompressor.zstdLevel(clevel), in, offset,
			length, out, outOffset, capacity);
	}

	/** LZ4, or LZ4HC at {@code clevel} where native (else plain LZ4). */
	private int lz4(final BloscCompressor compressor, final int clevel,
		final byte[] in, final int offset, final int length, final byte[] out,
		final int outOffset, final int capacity)
	{
		if (!decompressors.nativeLz4) return lz4Compressor().compress(in, offset,
			length, out, outOffset, capacity);
		return NativeLz4.compress(compressor == BloscCompressor.LZ4HC ? clevel : 0,
			in, offset, length, out, outOffset, capacity);
	}

	private ZstdCompressor zstdCompressor() {
		if (zstdCompressor == null) zstdCompressor = new ZstdCompressor();
		return zstdCompressor;
	}

	private Lz4Compressor lz4Compressor() {
		if (lz4Compressor == null) lz4Compressor = new Lz4Compressor();
		return lz4Compressor;
	}

	private int deflate(final int clevel, final byte[] in, final int offset,
		final int length, final byte[] out, final int outOffset, final int limit)
	{
		if (deflater == null) deflater = new Deflater(clevel);
		else deflater.reset();
		deflater.setInput(in, offset, length);
		deflater.finish();
		int n = 0;
		while (!deflater.finished() && n < limit)
			n += deflater.deflate(out, outOffset + n, limit - n);
		return deflater.finished() ? n : -1;
	}

	private byte[] scratch(final int size) {
		if (scratch.length < size) scratch = new byte[size];
		return scratch;
	}

	@Override
	public void close() {
		if (nativeZstd != null) {
			nativeZstd.release();
			nativeZstd = null;
		}
		if (inflater != null) inflater.end();
		if (deflater != null) deflater.end();
	}
}
