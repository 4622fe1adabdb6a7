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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;
import org.zapfiji.testdata.MiniZapbench;

/** ZAPBench's voxel size as TensorStore writes it, in every accepted form. */
class DimensionUnitsTest {

	@Test
	void readsTensorStoreForms() throws FormatException {
		final DimensionUnits u = DimensionUnits.of(Map.of("dimension_units", Arrays
			.asList("406 nm", List.of(4.0, "um"), "0.9141 s", null, 2.5)), 5, "f");
		// stored slowest first: index 4 is the first entry
		assertEquals(0.406, u.spacing(4), 1e-12);
		assertEquals("\u00b5m", u.unit(4));
		assertEquals(4, u.spacing(3), 1e-12);
		assertEquals(0.9141, u.spacing(2), 1e-12);
		assertEquals("s", u.unit(2));
		assertEquals(1, u.spacing(1), 0);
		assertEquals("", u.unit(1));
		assertEquals(2.5, u.spacing(0), 0);
		assertNull(DimensionUnits.of(Map.of(), 3, "f"));
	}

	@Test
	void malformedUnitsNameTheFileAndEntry() {
		final FormatException e = assertThrows(FormatException.class,
			() -> DimensionUnits.of(Map.of("dimension_units", List.of("406 nm",
				"-3 nm")), 2, "raw/zarr.json"));
		assertTrue(e.getMessage().contains("raw/zarr.json") && e.getMessage()
			.contains("dimension_units[1]") && e.getMessage().contains("-3 nm"), e
				.getMessage());
		assertThrows(FormatException.class, () -> DimensionUnits.of(Map.of(
			"dimension_units", List.of("406 nm")), 2, "f"));
	}

	@Test
	void theMiniZapbenchRawVolumeHasZapbenchsVoxelSize(@TempDir final Path dir)
		throws IOException
	{
		MiniZapbench.write(dir, MiniZapbench.DEFAULT_SEED);
		final Volume raw = new ZarrFormat().open(dir.resolve(
			"volumes/20240930/raw"));
		final double[] spacing = raw.spacing();
		final double[] expected = new double[4];
		for (int d = 0; d < 4; d++)
			expected[d] = List.of(0.406, 0.406, 4.0, 0.9141).get(List.of("x", "y",
				"z", "t").indexOf(raw.axes().get(d)));
		assertArrayEquals(expected, spacing, 1e-12);
		assertEquals("\u00b5m", raw.units().get(raw.axis("z")));
		assertEquals("s", raw.units().get(raw.axis("t")));
	}
}
