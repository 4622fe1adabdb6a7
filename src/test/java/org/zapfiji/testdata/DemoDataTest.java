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

package org.zapfiji.testdata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;

/**
 * Keeps the committed demo data in {@code test-data/} honest: the generator
 * still produces exactly those bytes, ImageJ reads them as the documented
 * hyperstack, the ground-truth centers sit on bright voxels, and an independent
 * TIFF reader (Python's tifffile) agrees on shape and metadata.
 */
class DemoDataTest {

	private static final Path COMMITTED = Path.of(System.getProperty("basedir",
		".")).resolve("test-data");

	/** The command in test-data/README.md, run from the repository root. */
	private static final String REGENERATE = "mvn -q test-compile " +
		"dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp " +
		"\"target/test-classes:target/classes:$(cat target/cp.txt)\" " +
		"org.zapfiji.testdata.DemoData test-data";

	private static final String PYTHON = "/usr/bin/python3";

	/** Prints what tifffile sees, one key=value per line. */
	private static final String TIFFFILE_SCRIPT = String.join("\n",
		"import sys, tifffile", //
		"with tifffile.TiffFile(sys.argv[1]) as tif:", //
		"    s = tif.series[0]", //
		"    m = tif.imagej_metadata", //
		"    x = tif.pages[0].tags['XResolution'].value", //
		"    print('shape=' + ','.join(str(n) for n in s.shape))", //
		"    print('axes=' + s.axes)", //
		"    print('dtype=' + str(s.dtype))", //
		"    print('pixel_width=%r' % (x[1] / x[0]))", //
		"    for key in ('spacing', 'unit', 'slices', 'frames', 'finterval'):", //
		"        print('%s=%s' % (key, m.get(key)))");

	@TempDir
	Path temporary;

	@Test
	void committedFilesAreWhatTheGeneratorWrites() throws IOException {
		DemoData.write(temporary);
		for (final String name : List.of(DemoData.IMAGE, DemoData.CENTERS)) {
			final Path committed = COMMITTED.resolve(name);
			if (!Files.exists(committed)) fail(committed +
				" is missing; regenerate it with: " + REGENERATE);
			final long mismatch = Files.mismatch(committed, temporary.resolve(name));
			if (mismatch != -1) fail(committed + " differs from the generator's " +
				"output from byte " + mismatch + " on. If the change to the " +
				"generator (or to ImageJ, whose version is in the TIFF header) is " +
				"intended, regenerate and commit it with: " + REGENERATE);
		}
	}

	@Test
	void imageJOpensTheCalibratedHyperstack() {
		final ImagePlus imp = open();
		assertArrayEquals(new int[] { 192, 160, 1, 12, 8 }, imp.getDimensions());
		assertEquals(16, imp.getBitDepth());
		assertTrue(imp.isHyperStack(), "opens as hyperstack");
		final Calibration cal = imp.getCalibration();
		// The TIFF resolution tag is a rational, so x and y come back rounded.
		assertEquals(0.406, cal.pixelWidth, 1e-6);
		assertEquals(0.406, cal.pixelHeight, 1e-6);
		assertEquals(4.0, cal.pixelDepth, 0);
		assertEquals("micron", cal.getUnit());
		assertEquals(0.9141, cal.frameInterval, 0);
		assertEquals("sec", cal.getTimeUnit());
	}

	@Test
	void centersAreSpreadOutAndInside() throws IOException {
		final List<double[]> centers = readCenters();
		assertEquals(DemoNeurons.COUNT, centers.size());
		for (int a = 0; a < centers.size(); a++) {
			final double[] c = centers.get(a);
			assertEquals(a + 1, (int) c[0], "ids count up from 1");
			assertEquals(c[1] / 0.406, c[4], 1e-4, "x_px of neuron " + (a + 1));
			assertEquals(c[3] / 4.0, c[6], 1e-4, "z_px of neuron " + (a + 1));
			assertTrue(c[4] >= 0 && c[4] <= 191 && c[5] >= 0 && c[5] <= 159 &&
				c[6] >= 0 && c[6] <= 11, "neuron " + (a + 1) + " inside the crop");
			for (int b = 0; b < a; b++)
				assertTrue(distance(c, centers.get(b)) >= DemoNeurons.MIN_DISTANCE_UM,
					"neurons " + (b + 1) + " and " + (a + 1) + " too close");
		}
	}

	@Test
	void everyCenterIsBrighterThanTheMedianInFrameOne() throws IOException {
		final ImagePlus imp = open();
		final ImageStack stack = imp.getStack();
		final int median = medianOfFrame(imp, 1);
		for (final double[] c : readCenters()) {
			final int x = (int) Math.round(c[4]);
			final int y = (int) Math.round(c[5]);
			final int z = (int) Math.round(c[6]);
			final int value = (int) stack.getVoxel(x, y, imp.getStackIndex(1, z + 1,
				1) - 1);
			assertTrue(value > median, "neuron " + (int) c[0] + " at voxel (" + x +
				", " + y + ", " + z + ") has " + value + " counts, image median is " +
				median);
		}
	}

	@Test
	void tifffileReadsTheSameHyperstack() throws Exception {
		Assumptions.assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON +
			" is missing");
		Assumptions.assumeTrue(run(PYTHON, "-c", "import tifffile").exitCode == 0,
			"Python module tifffile is missing (Debian: python3-tifffile)");
		final Output output = run(PYTHON, "-c", TIFFFILE_SCRIPT, COMMITTED.resolve(
			DemoData.IMAGE).toString());
		assertEquals(0, output.exitCode, output.text);
		final Map<String, String> seen = keyValues(output.text);
		assertEquals("8,12,160,192", seen.get("shape"), output.text);
		assertEquals("TZYX", seen.get("axes"), output.text);
		assertEquals("uint16", seen.get("dtype"), output.text);
		assertEquals(0.406, Double.parseDouble(seen.get("pixel_width")), 1e-6);
		assertEquals(4.0, Double.parseDouble(seen.get("spacing")), 0);
		assertEquals("micron", seen.get("unit"));
		assertEquals("12", seen.get("slices"));
		assertEquals("8", seen.get("frames"));
		assertEquals(0.9141, Double.parseDouble(seen.get("finterval")), 0);
	}

	private static ImagePlus open() {
		final Path file = COMMITTED.resolve(DemoData.IMAGE);
		final ImagePlus imp = IJ.openImage(file.toString());
		assertNotNull(imp, "ImageJ could not open " + file);
		return imp;
	}

	/** Columns as numbers: id, x_um, y_um, z_um, x_px, y_px, z_px, radius_um. */
	private static List<double[]> readCenters() throws IOException {
		final Path file = COMMITTED.resolve(DemoData.CENTERS);
		final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertEquals(DemoData.CENTERS_HEADER, lines.get(0), "header of " + file);
		final List<double[]> rows = new ArrayList<>();
		for (final String line : lines.subList(1, lines.size())) {
			final String[] fields = line.split(",");
			assertEquals(8, fields.length, "fields in '" + line + "' of " + file);
			rows.add(Arrays.stream(fields).mapToDouble(Double::parseDouble)
				.toArray());
		}
		return rows;
	}

	private static double distance(final double[] a, final double[] b) {
		final double dx = a[1] - b[1], dy = a[2] - b[2], dz = a[3] - b[3];
		return Math.sqrt(dx * dx + dy * dy + dz * dz);
	}

	private static int medianOfFrame(final ImagePlus imp, final int frame) {
		final int planes = imp.getNSlices();
		final int area = imp.getWidth() * imp.getHeight();
		final int[] values = new int[planes * area];
		for (int z = 0; z < planes; z++) {
			final short[] pixels = (short[]) imp.getStack().getPixels(imp
				.getStackIndex(1, z + 1, frame));
			for (int i = 0; i < area; i++)
				values[z * area + i] = pixels[i] & 0xffff;
		}
		Arrays.sort(values);
		return values[values.length / 2];
	}

	private static Output run(final String... command) throws IOException,
		InterruptedException
	{
		final Process process = new ProcessBuilder(command).redirectErrorStream(
			true).start();
		final byte[] text = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("Timed out: " + String.join(" ", command));
		}
		return new Output(process.exitValue(), new String(text,
			StandardCharsets.UTF_8));
	}

	private static Map<String, String> keyValues(final String text) {
		final Map<String, String> map = new HashMap<>();
		for (final String line : text.split("\n")) {
			final int equals = line.indexOf('=');
			if (equals > 0) map.put(line.substring(0, equals), line.substring(equals +
				1).trim());
		}
		return map;
	}

	private static final class Output {

		private final int exitCode;
		private final String text;

		Output(final int exitCode, final String text) {
			this.exitCode = exitCode;
			this.text = text;
		}

		int exitCode() {
			return exitCode;
		}

		String text() {
			return text;
		}

	}
}
