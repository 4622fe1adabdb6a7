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

package org.zapfiji.plugin.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.tiff.TiffArray;
import org.zapfiji.data.tiff.TiffVolumes;
import org.zapfiji.data.tiff.TiffWriter;
import org.zapfiji.task.Progress;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ImageProcessor;

/**
 * ImageJ images and our volumes, both ways, headless: values, dimensions and
 * calibration survive, and ImageJ's own TIFF reader opens what we write.
 */
class ImageJBridgeTest {

	private static final Path DEMO = Paths.get("test-data/zebrafish-demo.tif");

	@TempDir
	Path folder;

	@Test
	void imagePlusBecomesAVolumeWithoutCopying() throws IOException {
		final ImagePlus imp = hyperstack(16);
		final Volume v = ImagePlusVolumes.of(imp);
		assertEquals(List.of("x", "y", "c", "z", "t"), v.axes());
		assertArrayEquals(new long[] { 20, 10, 2, 3, 4 }, v.metadata().shape());
		assertEquals(DataType.UINT16, v.metadata().dataType());
		assertArrayEquals(new double[] { 0.5, 0.25, 1, 2, 0.9 }, v.spacing(), 0);
		assertEquals(List.of("\u00b5m", "\u00b5m", "", "\u00b5m", "s"), v.units());
		final Chunk plane = v.level(0).readChunk(new long[] { 0, 0, 1, 2, 3 });
		assertSame(imp.getStack().getPixels(imp.getStackIndex(2, 3, 4)), plane
			.data());
		assertEquals(value(20 + 7, imp.getStackIndex(2, 3, 4)), ((short[]) plane
			.data())[20 + 7]);
	}

	@Test
	void rgbImagesAreRefusedWithAReason() {
		final ImagePlus rgb = IJ.createImage("rgb", "RGB black", 4, 4, 1);
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> ImagePlusVolumes.of(rgb));
		assertTrue(e.getMessage().contains("Split Channels"), e.getMessage());
	}

	@Test
	void volumeBecomesAVirtualHyperstackLikeImageJOpensIt() throws IOException {
		final Volume demo = TiffVolumes.open(DEMO);
		final ImagePlus ours = VolumeImages.virtualHyperstack(demo, new ChunkCache(
			32 << 20));
		final ImagePlus imagej = IJ.openImage(DEMO.toString());
		assertTrue(ours.getStack().isVirtual());
		assertTrue(ours.isHyperStack());
		assertArrayEquals(imagej.getDimensions(), ours.getDimensions());
		assertEquals(16, ours.getBitDepth());
		assertCalibrationEquals(imagej.getCalibration(), ours.getCalibration());
		for (int n = 1; n <= imagej.getStackSize(); n += 7)
			assertArrayEquals((short[]) imagej.getStack().getPixels(n), (short[]) ours
				.getStack().getPixels(n), "plane " + n);
		final TiffArray array = (TiffArray) demo.level(0);
		assertArrayEquals((short[]) array.readChunk(new long[] { 0, 0, 5, 3 })
			.data(), (short[]) ours.getStack().getPixels(ours.getStackIndex(1, 6,
				4)));
	}

	@Test
	void otherTypesAreShownAsFloat() throws IOException {
		final Path file = folder.resolve("int32.tif");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 5, 3, 2 },
			new int[] { 5, 3, 1 }, DataType.INT32, 0L, List.of("x", "y", "z"));
		try (TiffWriter w = TiffWriter.create(file, meta, new double[] { 1, 1, 1 },
			List.of("", "", "")))
		{
			for (int z = 0; z < 2; z++) {
				final int[] data = new int[15];
				for (int i = 0; i < 15; i++)
					data[i] = -1000 * z + i * 37;
				w.writeChunk(new long[] { 0, 0, z }, new Chunk(new int[] { 5, 3, 1 },
					data));
			}
			w.commit();
		}
		final ImagePlus imp = VolumeImages.virtualHyperstack(TiffVolumes.open(file),
			new ChunkCache(1 << 20));
		assertEquals(32, imp.getBitDepth());
		assertEquals(2, imp.getNSlices());
		final ImageProcessor ip = imp.getStack().getProcessor(2);
		assertEquals(-1000 + 4 * 37, ip.getf(4, 0), 0);
	}

	@Test
	void imageJOpensOurTiffWithTheSamePixelsAndCalibration() throws IOException {
		for (final int depth : new int[] { 8, 16, 32 }) {
			final ImagePlus original = hyperstack(depth);
			final Path file = folder.resolve("hyperstack-" + depth + ".tif");
			TiffVolumes.write(ImagePlusVolumes.of(original), file, 2, Progress
				.silent());
			final ImagePlus read = IJ.openImage(file.toString());
			assertArrayEquals(original.getDimensions(), read.getDimensions());
			assertEquals(depth, read.getBitDepth());
			assertCalibrationEquals(original.getCalibration(), read.getCalibration());
			for (int n = 1; n <= original.getStackSize(); n++)
				assertEquals(original.getStack().getProcessor(n).getf(7, 3), read
					.getStack().getProcessor(n).getf(7, 3), 0, "plane " + n);
			assertArrayEquals(pixelsAsFloat(original.getStack(), 17), pixelsAsFloat(
				read.getStack(), 17), 0);
		}
	}

	private static float[] pixelsAsFloat(final ImageStack stack, final int n) {
		return (float[]) stack.getProcessor(n).convertToFloat().getPixels();
	}

	private static void assertCalibrationEquals(final Calibration expected,
		final Calibration actual)
	{
		assertEquals(expected.pixelWidth, actual.pixelWidth, 1e-6);
		assertEquals(expected.pixelHeight, actual.pixelHeight, 1e-6);
		assertEquals(expected.pixelDepth, actual.pixelDepth, 1e-9);
		assertEquals(expected.frameInterval, actual.frameInterval, 1e-9);
		assertEquals(ImagePlusVolumes.spaceUnit(expected.getUnit()),
			ImagePlusVolumes.spaceUnit(actual.getUnit()),
			"unit, micron and \u00b5m being one");
	}

	/** 20 x 10 pixels, 2 channels, 3 slices, 4 frames, every pixel distinct. */
	private static ImagePlus hyperstack(final int depth) {
		final ImagePlus imp = IJ.createHyperStack("hs", 20, 10, 2, 3, 4, depth);
		for (int n = 1; n <= imp.getStackSize(); n++) {
			final ImageProcessor ip = imp.getStack().getProcessor(n);
			for (int i = 0; i < 200; i++)
				ip.setf(i, depth == 32 ? value(i, n) / 3f - 10 : value(i, n) &
					(depth == 8 ? 0xff : 0xffff));
		}
		final Calibration cal = imp.getCalibration();
		cal.pixelWidth = 0.5;
		cal.pixelHeight = 0.25;
		cal.pixelDepth = 2;
		cal.setUnit("micron");
		cal.frameInterval = 0.9;
		cal.setTimeUnit("sec");
		return imp;
	}

	private static short value(final int i, final int n) {
		return (short) (i * 31 + n * 1013);
	}
}
