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

package org.zapfiji.activity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zapfiji.data.FormatException;

/**
 * The header of a NumPy {@code .npy} file (format versions 1, 2 and 3): a magic
 * string, the version, the header's length and a Python dict literal with
 * {@code descr}, {@code fortran_order} and {@code shape}. Only little-endian
 * float32 ({@code <f4}) and float64 ({@code <f8}) two-dimensional arrays are
 * traces; anything else is refused naming the field.
 */
final class NpyHeader {

	private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y' };

	/** Largest header we read; NumPy's own limit is far lower in practice. */
	private static final int MAX_HEADER = 1 << 20;

	private static final Pattern DESCR = Pattern.compile(
		"'descr'\\s*:\\s*'([^']*)'");

	private static final Pattern FORTRAN = Pattern.compile(
		"'fortran_order'\\s*:\\s*(True|False)");

	private static final Pattern SHAPE = Pattern.compile(
		"'shape'\\s*:\\s*\\(([^)]*)\\)");

	final String descr;

	final boolean fortranOrder;

	final long[] shape;

	/** Where the data starts. */
	final long dataOffset;

	private NpyHeader(final String descr, final boolean fortranOrder,
		final long[] shape, final long dataOffset)
	{
		this.descr = descr;
		this.fortranOrder = fortranOrder;
		this.shape = shape;
		this.dataOffset = dataOffset;
	}

	/** Bytes per element: 4 for {@code <f4}, 8 for {@code <f8}. */
	int itemSize() {
		return descr.endsWith("8") ? 8 : 4;
	}

	static NpyHeader read(final FileChannel channel, final String file)
		throws IOException
	{
		final ByteBuffer start = ByteBuffer.allocate(12).order(
			ByteOrder.LITTLE_ENDIAN);
		channel.read(start, 0);
		start.flip();
		if (start.remaining() < 10) throw FormatException.field(file, "magic",
			"a NumPy .npy file (\\x93NUMPY)", start.remaining() + " bytes in all");
		for (final byte b : MAGIC)
			if (start.get() != b) throw FormatException.field(file, "magic",
				"a NumPy .npy file (\\x93NUMPY)", "other bytes");
		final int major = start.get() & 0xff;
		start.get();
		final long length;
		final int prefix;
		if (major == 1) {
			length = start.getShort() & 0xffff;
			prefix = 10;
		}
		else if (major == 2 || major == 3) {
			if (start.remaining() < 4) throw FormatException.field(file,
				"header length", "4 bytes", "end of file");
			length = start.getInt() & 0xffffffffL;
			prefix = 12;
		}
		else throw FormatException.field(file, "version", "1, 2 or 3", major);
		if (length > MAX_HEADER) throw FormatException.field(file, "header length",
			"at most " + MAX_HEADER + " bytes", length);
		final ByteBuffer text = ByteBuffer.allocate((int) length);
		channel.read(text, prefix);
		if (text.hasRemaining()) throw FormatException.field(file, "header",
			length + " bytes", "end of file");
		final String dict = new String(text.array(), major == 3
			? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
		return parse(dict, file, prefix + length);
	}

	private static NpyHeader parse(final String dict, final String file,
		final long dataOffset) throws FormatException
	{
		final Matcher descr = DESCR.matcher(dict);
		final Matcher fortran = FORTRAN.matcher(dict);
		final Matcher shape = SHAPE.matcher(dict);
		if (!descr.find()) throw FormatException.field(file, "descr",
			"a type such as '<f4'", "none in " + dict.trim());
		if (!fortran.find()) throw FormatException.field(file, "fortran_order",
			"True or False", "none in " + dict.trim());
		if (!shape.find()) throw FormatException.field(file, "shape",
			"a tuple such as (7879, 71721)", "none in " + dict.trim());
		final String type = descr.group(1);
		if (!type.equals("<f4") && !type.equals("<f8")) throw FormatException.field(
			file, "descr", "'<f4' or '<f8' (little-endian float32 or float64)", "'" +
				type + "'");
		final String[] parts = shape.group(1).split(",");
		final long[] dims = new long[2];
		int n = 0;
		for (final String part : parts) {
			final String p = part.trim().toUpperCase(Locale.ROOT).replace("L", "");
			if (p.isEmpty()) continue;
			if (n == 2 || !p.matches("\\d{1,10}")) throw FormatException.field(file,
				"shape", "two dimensions (frames, neurons)", "(" + shape.group(1) +
					")");
			dims[n++] = Long.parseLong(p);
		}
		if (n != 2) throw FormatException.field(file, "shape",
			"two dimensions (frames, neurons)", "(" + shape.group(1) + ")");
		if (dims[0] > Integer.MAX_VALUE || dims[1] > Integer.MAX_VALUE)
			throw FormatException.field(file, "shape",
				"fewer than 2^31 frames and neurons", "(" + shape.group(1) + ")");
		return new NpyHeader(type, fortran.group(1).equals("True"), dims,
			dataOffset);
	}

	/**
	 * A version 1 header for a C-order float32 array of {@code frames ×
	 * neurons}, padded with spaces to a multiple of 64 bytes as NumPy pads it.
	 */
	static byte[] float32(final long frames, final long neurons) {
		final String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
			frames + ", " + neurons + "), }";
		int total = 10 + dict.length() + 1;
		total = (total + 63) / 64 * 64;
		final StringBuilder header = new StringBuilder(dict);
		while (10 + header.length() + 1 < total)
			header.append(' ');
		header.append('\n');
		final ByteBuffer out = ByteBuffer.allocate(total).order(
			ByteOrder.LITTLE_ENDIAN);
		out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length())
			.put(header.toString().getBytes(StandardCharsets.US_ASCII));
		return out.array();
	}
}
