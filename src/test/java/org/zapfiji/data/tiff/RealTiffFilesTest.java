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

package org.zapfiji.data.tiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;

/**
 * Files we did not write: the committed demo (saved by ImageJ) and, where the
 * shared folder is present, real recordings, compared voxel for voxel with what
 * tifffile reads.
 */
class RealTiffFilesTest {

	private static final Path DEMO = Paths.get("test-data/zebrafish-demo.tif");

	private static final Path REAL = Paths.get("../shared/data/real");

	private static final String DIGEST = String.join("\n",
		"import sys, hashlib, tifffile", "a = tifffile.imread(sys.argv[1])",
		"print(hashlib.sha256(a.astype(a.dtype.newbyteorder('<')).tobytes()).hexdigest())");

	@Test
	void demoHyperstackSavedByImageJ() throws IOException {
		final Volume v = new TiffFormat().open(DEMO);
		assertEquals(List.of("x", "y", "z", "t"), v.axes());
		assertArrayEquals(new long[] { 192, 160, 12, 8 }, v.metadata().shape());
		assertEquals(DataType.UINT16, v.metadata().dataType());
		assertArrayEquals(new double[] { 0.406, 0.406, 4.0, 0.9141 }, v.spacing(),
			1e-6);
		assertEquals(List.of("\u00b5m", "\u00b5m", "\u00b5m", "s"), v.units());
		assertTrue(new TiffFormat().recognizes(DEMO));
		assertSameVoxelsAsTifffile(DEMO);
	}

	@Test
	void lightSheetFloatStackWithDeflate() throws IOException {
		final Path file = REAL.resolve("cellseg3d-lightsheet/c5image.tif");
		Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file);
		final TiffArray a = TiffArray.open(file);
		assertArrayEquals(new long[] { 94, 86, 124 }, a.metadata().shape());
		assertEquals(DataType.FLOAT32, a.metadata().dataType());
		assertSameVoxelsAsTifffile(file);
	}

	@Test
	void twoPhotonTimeSeries() throws IOException {
		final Path file = REAL.resolve("sima-twophoton/example.tif");
		Assumptions.assumeTrue(Files.isRegularFile(file), "no " + file);
		final TiffArray a = TiffArray.open(file);
		// no images= line in its ImageJ description: the 20 pages read as z
		assertArrayEquals(new long[] { 256, 128, 20 }, a.metadata().shape());
		assertEquals(DataType.UINT16, a.metadata().dataType());
		assertSameVoxelsAsTifffile(file);
	}

	@Test
	void otherFilesAreNotRecognized() throws IOException {
		assertTrue(!new TiffFormat().recognizes(Paths.get(
			"test-data/zebrafish-demo-centers.csv")));
		final Path fake = Files.createTempFile("not-a-tiff", ".tif");
		try {
			Files.writeString(fake, "hello world");
			assertTrue(!new TiffFormat().recognizes(fake));
		}
		finally {
			Files.delete(fake);
		}
	}

	private static void assertSameVoxelsAsTifffile(final Path file)
		throws IOException
	{
		DebianPython.assumeModules("tifffile", "numpy");
		final String expected = DebianPython.run(DIGEST, file.toString())
			.expectSuccess().trim();
		assertEquals(expected, VoxelDigest.of(TiffArray.open(file)), file +
			" voxels");
	}
}
