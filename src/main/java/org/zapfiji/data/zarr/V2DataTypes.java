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

package org.zapfiji.data.zarr;

import java.nio.ByteOrder;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * Zarr v2 {@code dtype} strings (NumPy's array-interface type strings) for our
 * data types: a byte-order character ({@code <} little, {@code >} big,
 * {@code |} not applicable), a kind ({@code b i u f}) and the size in bytes,
 * e.g. {@code |b1}, {@code |u1}, {@code <u2}, {@code >f4}.
 */
final class V2DataTypes {

	private V2DataTypes() {}

	/** The dtype string of {@code type} in {@code order}. */
	static String dtype(final DataType type, final ByteOrder order) {
		final char kind = type == DataType.BOOL ? 'b' : type.isFloatingPoint() ? 'f'
			: type.isSigned() ? 'i' : 'u';
		final char endian = type.bytes() == 1 ? '|' : order == ByteOrder.BIG_ENDIAN
			? '>' : '<';
		return "" + endian + kind + type.bytes();
	}

	/** The data type of a dtype string. */
	static DataType type(final String dtype, final String file)
		throws FormatException
	{
		checkForm(dtype, file);
		for (final DataType t : DataType.values())
			if (dtype(t, ByteOrder.LITTLE_ENDIAN).substring(1).equals(dtype.substring(
				1))) return t;
		throw unsupported(dtype, file);
	}

	/** The byte order of a dtype string; '|' (one-byte types) reads as little. */
	static ByteOrder order(final String dtype, final String file)
		throws FormatException
	{
		checkForm(dtype, file);
		return dtype.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN
			: ByteOrder.LITTLE_ENDIAN;
	}

	private static void checkForm(final String dtype, final String file)
		throws FormatException
	{
		if (dtype.length() < 3 || "<>|=".indexOf(dtype.charAt(0)) < 0)
			throw unsupported(dtype, file);
		if (dtype.charAt(0) == '|' && !dtype.endsWith("1")) throw unsupported(dtype,
			file);
	}

	private static FormatException unsupported(final String dtype,
		final String file)
	{
		return FormatException.field(file, "dtype",
			"one of |b1, |i1, |u1, <i2, <u2, <i4, <u4, <i8, <u8, <f4, <f8 (or > for big-endian)",
			"'" + dtype + "'");
	}
}
