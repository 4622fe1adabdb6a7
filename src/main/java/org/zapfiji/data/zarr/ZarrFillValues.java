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

import java.math.BigDecimal;
import java.math.BigInteger;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * {@code fill_value} in both Zarr versions: numbers, booleans, null (v2: read
 * as 0), the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"}
 * and, for floats in v3, the raw bit pattern as a hex string such as
 * {@code "0x7fc00000"}.
 * <p>
 * The result follows {@link org.zapfiji.data.ArrayMetadata}: a Long for
 * integers and booleans (the bit pattern for unsigned values above the signed
 * range), a Double for floats.
 */
final class ZarrFillValues {

	private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

	private ZarrFillValues() {}

	static Number parse(final JsonElement e, final DataType type,
		final String file) throws FormatException
	{
		if (e == null || e.isJsonNull()) return zero(type, false);
		if (!e.isJsonPrimitive()) throw bad(type, file, e);
		final JsonPrimitive p = e.getAsJsonPrimitive();
		if (p.isBoolean()) return zero(type, p.getAsBoolean());
		if (p.isString()) return parseString(p.getAsString(), type, file, e);
		final BigDecimal value;
		try {
			value = new BigDecimal(p.getAsString());
		}
		catch (final NumberFormatException x) {
			throw bad(type, file, e);
		}
		if (type.isFloatingPoint()) return value.doubleValue();
		try {
			return checkedInteger(value.toBigIntegerExact(), type, file, e);
		}
		catch (final ArithmeticException x) {
			throw bad(type, file, e);
		}
	}

	/**
	 * 0 or 1 as a Long, or as a Double for floats (no ternary: it would unbox).
	 */
	private static Number zero(final DataType type, final boolean one) {
		if (type.isFloatingPoint()) return Double.valueOf(one ? 1 : 0);
		return Long.valueOf(one ? 1 : 0);
	}

	private static Number parseString(final String s, final DataType type,
		final String file, final JsonElement e) throws FormatException
	{
		if (!type.isFloatingPoint()) throw bad(type, file, e);
		switch (s) {
			case "NaN":
				return Double.NaN;
			case "Infinity":
				return Double.POSITIVE_INFINITY;
			case "-Infinity":
				return Double.NEGATIVE_INFINITY;
			default:
		}
		if (s.startsWith("0x") && s.length() == 2 + 2 * type.bytes()) {
			try {
				final long bits = Long.parseUnsignedLong(s.substring(2), 16);
				return type == DataType.FLOAT32 ? (double) Float.intBitsToFloat(
					(int) bits) : Double.longBitsToDouble(bits);
			}
			catch (final NumberFormatException x) {
				throw bad(type, file, e);
			}
		}
		throw bad(type, file, e);
	}

	private static Long checkedInteger(final BigInteger v, final DataType type,
		final String file, final JsonElement e) throws FormatException
	{
		final int bits = 8 * type.bytes();
		final BigInteger min = type == DataType.BOOL || !type.isSigned()
			? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
		final BigInteger max = type == DataType.BOOL ? BigInteger.ONE : type
			.isSigned() ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
				: BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
		if (v.compareTo(min) < 0 || v.compareTo(max) > 0) throw bad(type, file, e);
		return v.longValue();
	}

	private static FormatException bad(final DataType type, final String file,
		final JsonElement found)
	{
		return FormatException.field(file, "fill_value", "a value of type " + type
			.id() + (type.isFloatingPoint()
				? " (a number, \"NaN\", \"Infinity\", \"-Infinity\" or hex bits)" : ""),
			found);
	}

	/** The JSON of {@code fill} for {@code type}, as both versions write it. */
	static JsonElement toJson(final Number fill, final DataType type) {
		if (fill == null) return JsonNull.INSTANCE;
		if (type == DataType.BOOL) return new JsonPrimitive(fill.longValue() != 0);
		if (type.isFloatingPoint()) {
			final double d = type == DataType.FLOAT32 ? fill.floatValue() : fill
				.doubleValue();
			if (Double.isNaN(d)) return new JsonPrimitive("NaN");
			if (Double.isInfinite(d)) return new JsonPrimitive(d > 0 ? "Infinity"
				: "-Infinity");
			if (d == Math.rint(d) && Math.abs(d) < 1e15) return new JsonPrimitive(
				(long) d);
			return new JsonPrimitive(d);
		}
		final long v = fill.longValue();
		if (type == DataType.UINT64 && v < 0) return new JsonPrimitive(BigInteger
			.valueOf(v).add(TWO_64));
		return new JsonPrimitive(v);
	}
}
