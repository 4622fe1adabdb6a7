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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;

/** Zarr as a volume format: detection, single arrays, OME-Zarr, s0/s1/s2. */
class ZarrFormatTest {

	@TempDir
	Path folder;

	private static ArrayMetadata meta(final long[] shape,
		final List<String> axes)
	{
		final int[] chunk = new int[shape.length];
		java.util.Arrays.fill(chunk, 2);
		return ArrayMetadata.of(shape, chunk, DataType.UINT16, 0L, axes);
	}

	@Test
	void recognizesZarrFoldersOnly() throws IOException {
		final ZarrFormat format = new ZarrFormat();
		ZarrArray.create(folder.resolve("v2"), meta(new long[] { 4 }, List.of()),
			ZarrLayout.v2());
		ZarrArray.create(folder.resolve("v3"), meta(new long[] { 4 }, List.of()),
			ZarrLayout.v3());
		ZarrGroup.create(folder.resolve("g2"), 2, Map.of());
		for (final String name : List.of("v2", "v3", "g2"))
			assertTrue(format.recognizes(folder.resolve(name)), name);
		Files.createDirectories(folder.resolve("empty"));
		assertFalse(format.recognizes(folder.resolve("empty")));
		assertFalse(format.recognizes(folder.resolve("v2/.zarray")));
	}

	@Test
	void singleArrayUsesItsAxisNamesOrXyzt() throws IOException {
		ZarrArray.create(folder.resolve("named"), meta(new long[] { 4, 3 }, List.of(
			"X", "T")), ZarrLayout.v3());
		assertEquals(List.of("x", "t"), new ZarrFormat().open(folder.resolve(
			"named")).axes());
		ZarrArray.create(folder.resolve("plain"), meta(new long[] { 4, 3, 2, 2 },
			List.of()), ZarrLayout.v2());
		final Volume v = new ZarrFormat().open(folder.resolve("plain"));
		assertEquals(List.of("x", "y", "z", "t"), v.axes());
		assertEquals(1, v.numLevels());
	}

	@Test
	void omeZarrMultiscalesGiveSpacingUnitsAndLevels() throws IOException {
		final Path path = folder.resolve("ome.zarr");
		final Map<String, Object> multiscale = Map.of("version", "0.4", "axes", List
			.of(Map.of("name", "t", "type", "time", "unit", "second"), Map.of("name",
				"z", "type", "space", "unit", "micrometer"), Map.of("name", "y", "type",
					"space", "unit", "micrometer"), Map.of("name", "x", "type", "space",
						"unit", "micrometer")), "datasets", List.of(dataset("0", 1, 4,
							0.406, 0.406), dataset("1", 1, 4, 0.812, 0.812)),
			"coordinateTransformations", List.of(Map.of("type", "scale", "scale", List
				.of(0.9141, 1, 1, 1))));
		final ZarrGroup group = ZarrGroup.create(path, 2, Map.of("multiscales", List
			.of(multiscale)));
		group.createArray("0", meta(new long[] { 8, 6, 3, 5 }, List.of()),
			ZarrLayout.v2());
		group.createArray("1", meta(new long[] { 4, 3, 3, 5 }, List.of()),
			ZarrLayout.v2());
		final Volume v = new ZarrFormat().open(path);
		assertEquals(List.of("x", "y", "z", "t"), v.axes());
		assertArrayEquals(new double[] { 0.406, 0.406, 4, 0.9141 }, v.spacing(),
			1e-12);
		assertEquals(List.of("µm", "µm", "µm", "s"), v.units());
		assertEquals(2, v.numLevels());
		assertArrayEquals(new double[] { 2, 2, 1, 1 }, v.downsampling(1), 1e-12);
		assertEquals("0.4", ((Map<?, ?>) ((List<?>) v.attributes().get(
			"multiscales")).get(0)).get("version"));
	}

	private static Map<String, Object> dataset(final String path,
		final double... scale)
	{
		final List<Double> s = new java.util.ArrayList<>();
		for (final double d : scale)
			s.add(d);
		return Map.of("path", path, "coordinateTransformations", List.of(Map.of(
			"type", "scale", "scale", s)));
	}

	@Test
	void omeZarrV05UnderOmeKeyInAV3Group() throws IOException {
		final Path path = folder.resolve("ome3.zarr");
		final ZarrGroup group = ZarrGroup.create(path, 3, Map.of("ome", Map.of(
			"version", "0.5", "multiscales", List.of(Map.of("axes", List.of(Map.of(
				"name", "y", "unit", "nanometer"), Map.of("name", "x", "unit",
					"nanometer")), "datasets", List.of(dataset("s0", 5, 2)))))));
		group.createArray("s0", meta(new long[] { 4, 4 }, List.of()), ZarrLayout
			.v3().withCompressor(null));
		final Volume v = new ZarrFormat().open(path);
		assertArrayEquals(new double[] { 2, 5 }, v.spacing(), 0);
		assertEquals(List.of("nm", "nm"), v.units());
	}

	@Test
	void zapbenchStyleLevelsFromShapeRatios() throws IOException {
		final Path path = folder.resolve("df_over_f_xyz_chunked");
		final ZarrGroup group = ZarrGroup.create(path, 3, Map.of());
		group.createArray("s0", meta(new long[] { 16, 12, 3, 4 }, List.of()),
			ZarrLayout.v3());
		group.createArray("s1", meta(new long[] { 8, 6, 3, 4 }, List.of()),
			ZarrLayout.v3());
		group.createArray("s2", meta(new long[] { 4, 3, 3, 4 }, List.of()),
			ZarrLayout.v3());
		final Volume v = new ZarrFormat().open(path);
		assertEquals(3, v.numLevels());
		assertEquals(List.of("x", "y", "z", "t"), v.axes());
		assertArrayEquals(new double[] { 0.406, 0.406, 4.0, 0.9141 }, v.spacing(),
			0);
		assertEquals(List.of("µm", "µm", "µm", "s"), v.units());
		assertArrayEquals(new double[] { 4, 4, 1, 1 }, v.downsampling(2), 0);
	}

	@Test
	void groupAttributesRoundTripInBothVersions() throws IOException {
		for (final int version : new int[] { 2, 3 }) {
			final Path path = folder.resolve("attrs" + version);
			final Map<String, Object> attributes = Map.of("name", "fish", "n", 3L,
				"nested", Map.of("list", List.of(1.5, "a", true)));
			ZarrGroup.create(path, version, attributes);
			final ZarrGroup group = ZarrGroup.open(path);
			assertEquals(version, group.zarrVersion());
			assertEquals(attributes, group.attributes());
			final ZarrArray array = group.createArray("a", meta(new long[] { 3, 3 },
				List.of("x", "y")), version == 2 ? ZarrLayout.v2() : ZarrLayout.v3());
			array.writeAttributes(Map.of("k", "v"));
			final ZarrArray again = group.openArray("a");
			assertEquals("v", again.attributes().get("k"));
			assertEquals(List.of("x", "y"), again.metadata().axisNames());
			assertEquals(List.of("a"), group.children());
			assertTrue(group.isArray("a"));
		}
	}
}
