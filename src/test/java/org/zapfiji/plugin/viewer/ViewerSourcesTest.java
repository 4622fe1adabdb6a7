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

package org.zapfiji.plugin.viewer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.CacheLimit;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.transform.Affine3D;

import ij.IJ;
import ij.ImagePlus;

/** Files, folders and ImageJ images become viewer sources. */
class ViewerSourcesTest {

	private static final ChunkCache CACHE = ChunkCache.of(CacheLimit
		.ofHeapFraction(0.1));

	private final VolumeFormats formats = new VolumeFormats(Extensions.discover(
		ViewerSourcesTest.class.getClassLoader()));

	@TempDir
	Path folder;

	@Test
	void inputListsPathsSeparatedBySemicolons() throws Exception {
		assertEquals(List.of(Paths.get("a b/c.zarr"), Paths.get("d.tif")),
			ViewerSources.paths(" a b/c.zarr ; ;d.tif;"));
		assertEquals(List.of(), ViewerSources.paths("  "));
		assertEquals(List.of(), ViewerSources.paths(null));
	}

	@Test
	void severalFilesGiveOneSourceEachWithTheirCalibration() throws Exception {
		final Path a = TestVolumes.tiff(folder.resolve("a.tif"));
		final Path b = TestVolumes.tiff(folder.resolve("b.tif"));
		try (ViewerSources opened = ViewerSources.open(a + ";" + b, -1, null,
			formats, CACHE))
		{
			assertEquals("a.tif + b.tif", opened.title());
			assertEquals(2, opened.sources().size());
			final ViewerSource s = opened.sources().get(1);
			assertArrayEquals(new long[] { 40, 30, 5 }, s.dimensions(0));
			assertTrue(s.voxelToGlobal(0, 0).approximatelyEquals(Affine3D.scaling(0.5,
				0.5, 2), 1e-12), s.voxelToGlobal(0, 0).toString());
			assertEquals("\u00b5m", s.spaceUnit());
		}
	}

	@Test
	void volumeIndexIsCheckedAgainstEachDataset() throws Exception {
		final Path a = TestVolumes.tiff(folder.resolve("a.tif"));
		try (ViewerSources opened = ViewerSources.open(a.toString(), 0, null,
			formats, CACHE))
		{
			assertEquals(1, opened.sources().size());
		}
		final String message = assertThrows(CommandException.class,
			() -> ViewerSources.open(a.toString(), 2, null, formats, CACHE))
			.getMessage();
		assertEquals(a + " holds 1 volume(s); key 'volume' must be -1 (all) or " +
			"0..0, was 2", message);
	}

	@Test
	void aMissingFileIsNamed() {
		final Path missing = folder.resolve("nothing here.zarr");
		final String message = assertThrows(CommandException.class,
			() -> ViewerSources.open(TestVolumes.tiff(folder.resolve("a.tif")) + ";" +
				missing, -1, null, formats, CACHE)).getMessage();
		assertEquals(missing + ": no such file or folder", message);
	}

	@Test
	void emptyInputShowsTheCurrentImageOneSourcePerChannel() throws Exception {
		final ImagePlus image = IJ.createImage("two channels", "16-bit black", 20,
			10, 2, 3, 4);
		try (ViewerSources opened = ViewerSources.open(" ", -1, image, formats,
			CACHE))
		{
			assertEquals("two channels", opened.title());
			assertEquals(2, opened.sources().size());
			assertEquals(4, opened.sources().get(0).numTimepoints());
			assertArrayEquals(new long[] { 20, 10, 3 }, opened.sources().get(1)
				.dimensions(0));
		}
	}

	@Test
	void noImageAndNoInputOrAnRgbImageAreExplained() {
		assertTrue(assertThrows(CommandException.class, () -> ViewerSources.open("",
			-1, null, formats, CACHE)).getMessage().startsWith(
				"Key 'input' is empty and no image is open"));
		final ImagePlus rgb = IJ.createImage("colour", "RGB black", 8, 8, 1);
		final String message = assertThrows(CommandException.class,
			() -> ViewerSources.open("", -1, rgb, formats, CACHE)).getMessage();
		assertTrue(message.startsWith(
			"The current image 'colour' cannot be shown: "), message);
	}
}
