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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteOrder;

import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/** fill_value and dtype strings of both Zarr versions. */
class ZarrFillValuesTest {

	private static Number parse(final String json, final DataType type)
		throws FormatException
	{
		return ZarrFillValues.parse(JsonParser.parseString(json), type, "f");
	}

	@Test
	void fillValuesOfEveryKind() throws FormatException {
		assertEquals(0L, parse("null", DataType.UINT16));
		assertEquals(Double.NaN, parse("\"NaN\"", DataType.FLOAT32));
		assertEquals(Double.POSITIVE_INFINITY, parse("\"Infinity\"",
			DataType.FLOAT64));
		assertEquals(Double.NEGATIVE_INFINITY, parse("\"-Infinity\"",
			DataType.FLOAT32));
		assertEquals(1.0, parse("\"0x3f800000\"", DataType.FLOAT32));
		assertEquals(-2.0, parse("\"0xc000000000000000\"", DataType.FLOAT64));
		assertEquals(1L, parse("true", DataType.BOOL));
		assertEquals(-1L, parse("18446744073709551615", DataType.UINT64));
		assertEquals(-128L, parse("-128", DataType.INT8));
		assertEquals(2.5, parse("2.5", DataType.FLOAT32));
		assertThrows(FormatException.class, () -> parse("256", DataType.UINT8));
		assertThrows(FormatException.class, () -> parse("\"NaN\"", DataType.INT32));
		assertThrows(FormatException.class, () -> parse("1.5", DataType.INT32));
		assertThrows(FormatException.class, () -> parse("\"0x3f80\"",
			DataType.FLOAT32));
		assertEquals("18446744073709551615", ZarrFillValues.toJson(-1L,
			DataType.UINT64).toString());
		assertEquals("\"NaN\"", ZarrFillValues.toJson(Double.NaN, DataType.FLOAT32)
			.toString());
	}

	@Test
	void dtypeStringsForEveryType() throws FormatException {
		assertEquals("|b1", V2DataTypes.dtype(DataType.BOOL, ByteOrder.BIG_ENDIAN));
		assertEquals("|i1", V2DataTypes.dtype(DataType.INT8,
			ByteOrder.LITTLE_ENDIAN));
		assertEquals("|u1", V2DataTypes.dtype(DataType.UINT8,
			ByteOrder.LITTLE_ENDIAN));
		assertEquals("<u2", V2DataTypes.dtype(DataType.UINT16,
			ByteOrder.LITTLE_ENDIAN));
		assertEquals(">f4", V2DataTypes.dtype(DataType.FLOAT32,
			ByteOrder.BIG_ENDIAN));
		for (final DataType t : DataType.values())
			for (final ByteOrder o : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN,
				ByteOrder.BIG_ENDIAN })
			{
				final String dtype = V2DataTypes.dtype(t, o);
				assertEquals(t, V2DataTypes.type(dtype, "f"), dtype);
				assertEquals(t.bytes() == 1 ? ByteOrder.LITTLE_ENDIAN : o, V2DataTypes
					.order(dtype, "f"), dtype);
			}
		assertThrows(FormatException.class, () -> V2DataTypes.type("|u2", "f"));
		assertThrows(FormatException.class, () -> V2DataTypes.type("<f2", "f"));
	}
}
