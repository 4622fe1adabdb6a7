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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.DebianPython;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.Interpolation;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ColorProcessor;

/**
 * {@code ZAP Render View} called directly and through ImageJ's macro
 * interpreter with no display: the files hold the pixels the viewer's renderer
 * draws for the same snapshot, and the pixels of the voxels the view shows.
 */
class RenderViewTest {

	@TempDir
	static Path shared;

	@TempDir
	Path folder;

	private static Path deltaF;

	private static Path raw;

	@BeforeAll
	static void writeData() throws Exception {
		HeadlessCommands.install(RenderViewTest.class.getClassLoader());
		final Path mini = shared.resolve("mini-zapbench");
		MiniZapbench.write(mini, MiniZapbench.DEFAULT_SEED);
		deltaF = mini.resolve("volumes/20240930/df_over_f_xyz_chunked");
		raw = mini.resolve("volumes/20240930/raw");
	}

	@Test
	void atZoomOneEachPixelShowsItsVoxel() throws Exception {
		final Path tiff = TestVolumes.tiff(folder.resolve("known.tif"));
		final int[] png = render("input=[" + tiff + "] output=[" + folder.resolve(
			"xy.png") + "] width=64 height=48 center=10,7.5,4 zoom=1 min=0 max=255",
			64, 48);
		for (int j = 0; j < 48; j++)
			for (int i = 0; i < 64; i++) {
				final int x = 20 + i - 32, y = 15 + j - 24;
				final boolean inside = x >= 0 && x < 40 && y >= 0 && y < 30;
				assertEquals(inside ? grey(TestVolumes.value(x, y, 2)) : 0, png[j * 64 +
					i] & 0xffffff, "pixel " + i + ", " + j);
			}
	}

	/** Global z runs down the screen, 0.25 slices of 2 µm per 0.5 µm pixel. */
	@Test
	void xzShowsSlicesDownTheImage() throws Exception {
		final Path tiff = TestVolumes.tiff(folder.resolve("known.tif"));
		final int[] png = render("input=[" + tiff + "] output=[" + folder.resolve(
			"xz.png") + "] width=64 height=48 center=10,7.5,4 plane=xz zoom=1 " +
			"min=0 max=255", 64, 48);
		int checked = 0;
		for (int j = 0; j < 48; j++) {
			final double z = 2 + (j - 24) / 4.0;
			if (z - Math.floor(z) == 0.5) continue; // half-way between slices
			for (int i = 0; i < 64; i++) {
				final int x = 20 + i - 32;
				final boolean inside = x >= 0 && x < 40 && z >= -0.5 && z < 4.5;
				assertEquals(inside ? grey(TestVolumes.value(x, 15, (int) Math.floor(z +
					0.5))) : 0, png[j * 64 + i] & 0xffffff, "pixel " + i + ", " + j);
				if (inside) checked++;
			}
		}
		assertTrue(checked > 500, "checked " + checked);
	}

	@Test
	void miniZapbenchFileHoldsWhatTheRendererDrawsForItsSnapshot()
		throws Exception
	{
		final RenderView command = new RenderView();
		final Path png = folder.resolve("fish.png");
		final Arguments arguments = command.parameters().arguments().set(
			RenderView.INPUT, deltaF.toString()).set(RenderView.OUTPUT, png).set(
				RenderView.WIDTH, 320L).set(RenderView.HEIGHT, 240L).set(
					RenderView.TIME, 5L).set(RenderView.INTERPOLATION, "trilinear")
			.build();
		final RenderedView rendered = command.execute(arguments, Progress.silent());
		assertEquals(png, rendered.output());
		assertEquals(5, rendered.snapshot().time());
		assertEquals(Interpolation.TRILINEAR, rendered.snapshot().interpolation());
		final double[] range = { rendered.snapshot().display(0).min(), rendered
			.snapshot().display(0).max() };
		assertNotEquals(0.0, range[0], "range estimated from the view, not 0..1");
		assertTrue(range[1] > range[0], range[0] + ".." + range[1]);
		final int[] file = read(png, 320, 240);
		final int[] direct = new int[320 * 240];
		try (ViewRenderer renderer = new ViewRenderer(3)) {
			renderer.render(rendered.snapshot(), 320, 240, direct, true);
		}
		assertArrayEquals(direct, file);
		long lit = Stream.of(file).flatMapToInt(java.util.Arrays::stream).filter(
			p -> (p & 0xffffff) != 0).count();
		assertTrue(lit > 320 * 240 / 3, "the fitted fish fills the image: " + lit);
		assertTrue(rendered.summary().startsWith(png + ": 320 x 240, " +
			"df_over_f_xyz_chunked ["), rendered.summary());
		assertTrue(rendered.summary().contains(", time 5, center="), rendered
			.summary());
	}

	@Test
	void severalInputsAreSeparatedBySemicolons() throws Exception {
		final RenderView command = new RenderView();
		final Arguments arguments = command.parameters().arguments().set(
			RenderView.INPUT, raw + " ; " + deltaF).set(RenderView.OUTPUT, folder
				.resolve("two.png")).set(RenderView.WIDTH, 64L).set(RenderView.HEIGHT,
					48L).build();
		final RenderedView rendered = command.execute(arguments, Progress.silent());
		assertEquals(2, rendered.snapshot().sources().size());
		assertNotEquals(rendered.snapshot().display(0).color(), rendered.snapshot()
			.display(1).color());
		assertTrue(Files.isRegularFile(folder.resolve("two.png")));
	}

	@Test
	void aMacroWithNoDisplayWritesWhatADirectCallWrites() throws Exception {
		final Path macroPng = folder.resolve("from macro.png");
		final String options = "input=[" + deltaF + "] width=200 height=150 " +
			"plane=[xy rotate x 20 y -10] center=[50, 40, 14] zoom=1.5 time=3";
		assertNull(BatchMacroRunner.runMacro("run(\"ZAP Render View\", \"" +
			options + " output=[" + macroPng + "]\");", ""));
		final Path javaPng = folder.resolve("direct.png");
		final RenderView command = new RenderView();
		command.execute(command.parameters().parse(options + " output=[" + javaPng +
			"]"), Progress.silent());
		final int[] fromMacro = read(macroPng, 200, 150);
		assertArrayEquals(read(javaPng, 200, 150), fromMacro);
		assertTrue(java.util.Arrays.stream(fromMacro).anyMatch(p -> (p &
			0xffffff) != 0));
	}

	@Test
	void emptyInputRendersTheMacrosCurrentImage() throws Exception {
		final Path tiff = TestVolumes.tiff(folder.resolve("known.tif"));
		final Path png = folder.resolve("current.png");
		assertNull(BatchMacroRunner.runMacro("open('" + tiff + "');\n" +
			"run(\"ZAP Render View\", \"output=[" + png + "] width=40 height=30 " +
			"zoom=1 min=0 max=255\");", ""));
		final int[] pixels = read(png, 40, 30);
		final int z = 2; // the middle of 5 slices
		for (int y = 0; y < 30; y++)
			for (int x = 0; x < 40; x++)
				assertEquals(grey(TestVolumes.value(x, y, z)), pixels[y * 40 + x] &
					0xffffff);
	}

	@Test
	void tiffIsReadByImageJAndByTifffileWithTheSamePixels() throws Exception {
		final Path known = TestVolumes.tiff(folder.resolve("known.tif"));
		final Path tif = folder.resolve("view.tif");
		final RenderView command = new RenderView();
		final RenderedView rendered = command.execute(command.parameters().parse(
			"input=[" + known + "] output=[" + tif + "] width=48 height=36 " +
				"plane=[xz rotate z 10] zoom=1"), Progress.silent());
		final int[] direct = new int[48 * 36];
		try (ViewRenderer renderer = new ViewRenderer(2)) {
			renderer.render(rendered.snapshot(), 48, 36, direct, true);
		}
		final ImagePlus opened = IJ.openImage(tif.toString());
		assertEquals(ImagePlus.COLOR_RGB, opened.getType());
		assertArrayEquals(mask(direct), mask((int[]) ((ColorProcessor) opened
			.getProcessor()).getPixels()));
		assertEquals(0.5, opened.getCalibration().pixelWidth, 1e-9,
			"zoom 1: a pixel is one 0.5 µm voxel wide");
		assertEquals("\u00b5m", opened.getCalibration().getUnit());
		DebianPython.assumeModules("tifffile", "numpy");
		final String out = DebianPython.run(String.join("\n", "import sys",
			"import tifffile", "a = tifffile.imread(sys.argv[1])",
			"print(a.shape, a.dtype)", "print(a.tobytes().hex())"), tif.toString())
			.expectSuccess();
		final String[] lines = out.split("\n");
		assertEquals("(36, 48, 3) uint8", lines[0]);
		final StringBuilder hex = new StringBuilder();
		for (final int p : direct)
			hex.append(String.format("%06x", p & 0xffffff));
		assertEquals(hex.toString(), lines[1].trim());
	}

	@Test
	void badKeysAreNamedAndNothingIsWritten() throws Exception {
		final Path tiff = TestVolumes.tiff(folder.resolve("known.tif"));
		final Path out = folder.resolve("out.png");
		final String in = "input=[" + tiff + "] output=[" + out + "] ";
		assertFails(in + "plane=xw", "Key 'plane' cannot be read from 'xw'; " +
			"expected xy, xz or yz, optionally followed by rotations");
		assertFails(in + "plane=[xy rotate x]", "Key 'plane' cannot be read from " +
			"'xy rotate x': 'rotate' needs pairs of an axis");
		assertFails("input=[" + folder.resolve("missing.zarr") + "] output=[" +
			out + "]", folder.resolve("missing.zarr") + ": no such file or folder");
		assertFails("input=[" + tiff + "] output=[" + folder.resolve("out.jpg") +
			"]", "Key 'output' must end in .png, .tif or .tiff, was '" + folder
				.resolve("out.jpg") + "'.");
		assertFails(in + "time=1", "Key 'time' must be 0..0 (the sources have 1 " +
			"time point(s)), was 1.");
		assertFails(in + "width=0", "Key 'width' must be 1..16384 pixels, was 0.");
		assertFails(in + "min=dark", "Key 'min' expects a number, or nothing");
		assertFails(in + "min=10 max=5", "Key 'max' (5.0) must be above key " +
			"'min' (10.0).");
		assertFails(in + "center=1,2", "Key 'center' expects x,y,z");
		assertFails(in + "zoom=-2", "Key 'zoom' must be 0");
		assertFails("input=[" + tiff + "]", "Missing required key 'output'");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "only the input, no partial output");
		}
	}

	private static void assertFails(final String options, final String message) {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Render View\", \"" + options + "\");", "");
		assertTrue(failure != null && failure.startsWith("ZAP Render View: " +
			message), failure);
	}

	/** Runs the options as a macro and reads the PNG back. */
	private static int[] render(final String options, final int width,
		final int height) throws Exception
	{
		assertNull(BatchMacroRunner.runMacro("run(\"ZAP Render View\", \"" +
			options + "\");", ""));
		final String output = options.replaceAll(".*output=\\[([^\\]]*)\\].*",
			"$1");
		return read(Path.of(output), width, height);
	}

	private static int[] read(final Path png, final int width, final int height)
		throws Exception
	{
		final BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(width, image.getWidth());
		assertEquals(height, image.getHeight());
		return mask(image.getRGB(0, 0, width, height, null, 0, width));
	}

	private static int[] mask(final int[] argb) {
		final int[] rgb = new int[argb.length];
		for (int i = 0; i < rgb.length; i++)
			rgb[i] = argb[i] & 0xffffff | 0xff000000;
		return rgb;
	}

	private static int grey(final int level) {
		return level << 16 | level << 8 | level;
	}
}
