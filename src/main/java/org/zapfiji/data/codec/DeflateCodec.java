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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.zapfiji.data.FormatException;

/**
 * Deflate in its two wrappings: gzip (Zarr {@code gzip}, N5 {@code gzip}) and
 * zlib (Zarr v2 {@code zlib}, N5 gzip with {@code useZlib}).
 */
public final class DeflateCodec implements BytesCodec {

	private final boolean gzip;

	private final int level;

	private DeflateCodec(final boolean gzip, final int level) {
		if (level < -1 || level > 9) throw new IllegalArgumentException(
			"deflate level must be -1 (default) or 0..9, was " + level);
		this.gzip = gzip;
		this.level = level;
	}

	public static DeflateCodec gzip(final int level) {
		return new DeflateCodec(true, level);
	}

	public static DeflateCodec zlib(final int level) {
		return new DeflateCodec(false, level);
	}

	public boolean isGzip() {
		return gzip;
	}

	public int level() {
		return level;
	}

	@Override
	public byte[] encode(final byte[] raw) throws IOException {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length /
			2 + 64);
		final Deflater deflater = new Deflater(level, false);
		try {
			if (gzip) {
				try (GZIPOutputStream out = new GZIPOutputStream(bytes) {

					{
						def.setLevel(level);
					}
				}) {
					out.write(raw);
				}
			}
			else {
				try (DeflaterOutputStream out = new DeflaterOutputStream(bytes,
					deflater))
				{
					out.write(raw);
				}
			}
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	@Override
	public byte[] decode(final byte[] encoded, final int decodedSize)
		throws IOException
	{
		final Inflater inflater = new Inflater(false);
		try (InputStream in = gzip ? new GZIPInputStream(
			new java.io.ByteArrayInputStream(encoded)) : new InflaterInputStream(
				new java.io.ByteArrayInputStream(encoded), inflater))
		{
			final byte[] out = in.readNBytes(decodedSize);
			if (out.length != decodedSize) throw new FormatException((gzip ? "gzip"
				: "zlib") + " stream ends after " + out.length + " bytes; expected " +
				decodedSize);
			if (in.read() != -1) throw new FormatException((gzip ? "gzip" : "zlib") +
				" stream holds more than the expected " + decodedSize + " bytes");
			return out;
		}
		catch (final java.util.zip.ZipException | java.io.EOFException e) {
			throw new FormatException((gzip ? "gzip" : "zlib") +
				" stream is damaged: " + e.getMessage(), e);
		}
		finally {
			inflater.end();
		}
	}

	@Override
	public String toString() {
		return (gzip ? "gzip" : "zlib") + " level " + level;
	}
}
