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

package org.zapfiji.data.bdv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.n5.N5Compression;

/**
 * What the BigDataViewer writers write, the reader reads back: shapes, levels,
 * voxel size, registrations, and every voxel, uint16 above 32767 included.
 */
class BdvRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void hdf5RoundTrip() throws IOException {
		final Path xml = folder.resolve("fish.xml");
		BdvHdf5Writer.write(xml, List.of(BdvTestVolumes.uint16Volume(),
			BdvTestVolumes.float32Volume()));
		assertTrue(new BigDataViewerFormat().recognizes(xml));
		try (BdvDataset dataset = new BigDataViewerFormat().open(xml)) {
			assertBothSetups(dataset);
		}
	}

	@Test
	void n5RoundTrip() throws IOException {
		final Path xml = folder.resolve("fish.xml");
		BdvN5Writer.write(xml, List.of(BdvTestVolumes.uint16Volume(), BdvTestVolumes
			.float32Volume()), N5Compression.gzip(-1));
		assertTrue(folder.resolve("fish.n5/setup0/timepoint2/s1/attributes.json")
			.toFile().isFile());
		try (BdvDataset dataset = new BigDataViewerFormat().open(xml)) {
			assertEquals(BdvSpimData.Loader.N5, dataset.spimData().loader());
			assertBothSetups(dataset);
		}
	}

	private static void assertBothSetups(final BdvDataset dataset)
		throws IOException
	{
		assertEquals(2, dataset.volumes().size());
		final Volume green = dataset.volumes().get(0);
		assertEquals("green", green.name());
		assertEquals(DataType.UINT16, green.metadata().dataType());
		assertArrayEquals(BdvTestVolumes.SHAPE, green.metadata().shape());
		assertEquals(List.of("x", "y", "z", "t"), green.axes());
		assertArrayEquals(BdvTestVolumes.VOXEL, green.spacing());
		assertEquals("µm", green.units().get(0));
		assertEquals(2, green.numLevels());
		assertArrayEquals(new double[] { 2, 2, 1, 1 }, green.downsampling(1));
		assertArrayEquals(new long[] { 7, 4, 5, 3 }, green.level(1).metadata()
			.shape());
		assertArrayEquals(BdvTestVolumes.AFFINE_T1, (double[]) green.attributes()
			.get("bdv.affine.t1"));
		assertArrayEquals(Affines.scale(0.406, 0.406, 4.0), (double[]) green
			.attributes().get("bdv.affine.t0"));
		BdvTestVolumes.assertVoxels(green, 0, BdvTestVolumes::uint16);
		BdvTestVolumes.assertVoxels(green, 1, p -> BdvTestVolumes.uint16(
			new long[] { 2 * p[0], 2 * p[1], p[2], p[3] }));
		final Volume red = dataset.volumes().get(1);
		assertEquals(DataType.FLOAT32, red.metadata().dataType());
		BdvTestVolumes.assertVoxels(red, 0, BdvTestVolumes::float32);
	}
}
