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

package org.zapfiji.plugin.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityColors.Mode;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.activity.StepsAhead;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.testdata.MiniZapbench;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.AVI_Reader;

/**
 * {@code ZAP Render Forecast} through ImageJ's macro interpreter, headless, on
 * the mini-ZAPBench: a neuron's pixels must have the colour of its value, the
 * background must be black. The neuron and a background spot are found in the
 * segmentation itself, so the test does not depend on where the renderer puts a
 * voxel edge.
 */
class RenderForecastTest {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final int W = 64, H = 48;

	@TempDir
	static Path shared;

	private static Path root;

	/** The neuron looked at: column, and centre voxel x, y, z. */
	private static int neuron;

	private static int[] centre;

	/** A voxel of the same plane whose 5 × 5 neighbourhood is background. */
	private static int[] background;

	@TempDir
	Path folder;

	@BeforeAll
	static void setUp() throws Exception {
		HeadlessCommands.install(RenderForecastTest.class.getClassLoader());
		root = MiniZapbenchFiles.write(shared.resolve("mini"));
		final List<double[]> neurons = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		final float[][] planes = new float[8][];
		for (int z = 0; z < 8; z++)
			planes[z] = VolumeRegion.read(MiniZapbenchFiles.open(root,
				MiniZapbenchFiles.SEGMENTATION), 0, new long[] { 0, 0, z }, new int[] {
					256, 192, 1 }, new ChunkCache(16L << 20));
		for (int k = 0; k < neurons.size() && centre == null; k++) {
			final double[] n = neurons.get(k);
			final int x = (int) Math.round(n[0] / 0.406), y = (int) Math.round(n[1] /
				0.406), z = (int) Math.round(n[2] / 4.0);
			if (z < 0 || z >= 8 || !uniform(planes[z], x, y, 1, k + 1)) continue;
			for (int j = y - H / 2 + 3; j < y + H / 2 - 3 && background == null; j++)
				for (int i = x - W / 2 + 3; i < x + W / 2 - 3 &&
					background == null; i++)
					if (uniform(planes[z], i, j, 2, 0)) background = new int[] { i, j };
			if (background == null) continue;
			neuron = k;
			centre = new int[] { x, y, z };
		}
		assertNotNull(centre, "a neuron with background near it");
	}

	@Test
	void recordedNeuronHasTheColourOfItsTraceValue() throws Exception {
		final int t = 10;
		final float[] recorded = traces().readFrames(t, 1);
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final float v : recorded) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		final Path png = folder.resolve("recorded.png");
		run("mode=recorded time=" + t + " min=" + min + " max=" + max +
			" output=[" + png + "]");
		final BufferedImage image = keep(png, "forecast-recorded.png");
		final int expected = new ActivityColors(Mode.RECORDED, min, max).color(
			recorded[neuron]);
		assertEquals(hex(expected), hex(neuronPixel(image)), "neuron " + neuron);
		assertEquals(hex(0), hex(backgroundPixel(image)), "background");
	}

	/**
	 * The key {@code conditions} overrides the dataset's own constants: this file
	 * holds every condition out with 5 frames of context, which moves gain's
	 * windows two frames later than the mini-ZAPBench's own rule puts them, so
	 * the colour is right only if the file was read.
	 */
	@Test
	void labelTableSwapsTheColoursOfTwoNeurons() throws Exception {
		final int t = 10;
		final float[] recorded = traces().readFrames(t, 1);
		int other = neuron == 0 ? 1 : 0;
		for (int k = 0; k < recorded.length; k++)
			if (k != neuron && Math.abs(recorded[k] - recorded[neuron]) > Math.abs(
				recorded[other] - recorded[neuron])) other = k;
		final ActivityColors palette = new ActivityColors(Mode.RECORDED, -0.25,
			1.5);
		assertNotEquals(palette.color(recorded[neuron]), palette.color(
			recorded[other]), "neurons of different colours");
		final StringBuilder table = new StringBuilder("label,column\n");
		for (int k = 0; k < recorded.length; k++)
			table.append(k + 1).append(',').append(k == neuron ? other : k == other
				? neuron : k).append('\n');
		final Path columns = folder.resolve("swap.csv");
		Files.writeString(columns, table);
		final Path png = folder.resolve("swapped.png");
		run("mode=recorded time=" + t + " min=-0.25 max=1.5 columns=[" + columns +
			"] output=[" + png + "]");
		final BufferedImage image = keep(png, "forecast-swapped.png");
		assertEquals(hex(palette.color(recorded[other])), hex(neuronPixel(image)),
			"label " + (neuron + 1) + " painted with column " + other);
		assertEquals(hex(0), hex(backgroundPixel(image)), "background");
		final Path plain = folder.resolve("plain.png");
		run("mode=recorded time=" + t + " min=-0.25 max=1.5 output=[" + plain +
			"]");
		assertEquals(hex(palette.color(recorded[neuron])), hex(neuronPixel(ImageIO
			.read(plain.toFile()))), "without the table, its own column");

		Files.writeString(columns, table + "151,150\n");
		final String past = fail("mode=recorded time=" + t + " columns=[" +
			columns + "] output=[" + png + "]");
		assertTrue(past.contains("Key 'columns': " + columns + ": line 152, " +
			"field 'column': expected a column below 150 (the neurons of the " +
			"traces " + root.resolve(MiniZapbenchFiles.TRACES) + "), found column " +
			"150 for label 151"), past);
	}

	@Test
	void differenceNeuronHasTheColourOfPredictedMinusRecorded() throws Exception {
		final Path conditions = folder.resolve("conditions.json");
		Files.writeString(conditions, "{\"condition_offsets\": [0, 5, 20, 25, " +
			"30, 41, 46, 54, 59, 64], \"conditions_holdout\": [0, 1, 3], " +
			"\"max_context_length\": 5, \"prediction_window_length\": 32}");
		final Conditions c = Conditions.read(conditions);
		assertEquals(own().firstTestTarget(0) + 2, c.firstTestTarget(0));
		final int t = c.firstTestTarget(0) + 2;
		assertNull(new StepsAhead(Forecasts.open(predictions(), null), own(), 1)
			.predicted(t), "no window of the dataset's own reaches frame " + t);
		final float[] recorded = traces().readFrames(t, 1);
		final float[] predicted = new StepsAhead(Forecasts.open(predictions(),
			null), c, 1).predicted(t);
		final double difference = Mode.DIFFERENCE.value(recorded[neuron],
			predicted[neuron]);
		assertTrue(Math.abs(difference) > 1e-4, "a visible difference");
		final Path png = folder.resolve("difference.png");
		run("mode=difference steps_ahead=1 time=" + t + " min=-0.02 max=0.02 " +
			"conditions=[" + conditions + "] predictions=[" + predictions() +
			"] output=[" + png + "]");
		final BufferedImage image = keep(png, "forecast-difference.png");
		final int expected = new ActivityColors(Mode.DIFFERENCE, 0, 0.02).color(
			difference);
		assertNotEquals(0xffffff, expected);
		assertEquals(hex(expected), hex(neuronPixel(image)), "neuron " + neuron);
		assertEquals(hex(0), hex(backgroundPixel(image)), "background");
	}

	/** The dataset's own difference colour, with no conditions key. */
	@Test
	void ownConstantsPlaceTheWindowsWithoutAConditionsKey() throws Exception {
		final Conditions c = own();
		final int t = c.firstTestTarget(1) + 2;
		final float[] recorded = traces().readFrames(t, 1);
		final float[] predicted = new StepsAhead(Forecasts.open(predictions(),
			null), c, 1).predicted(t);
		final double difference = Mode.DIFFERENCE.value(recorded[neuron],
			predicted[neuron]);
		final Path png = folder.resolve("own.png");
		run("mode=difference steps_ahead=1 time=" + t + " min=-0.02 max=0.02 " +
			"predictions=[" + predictions() + "] output=[" + png + "]");
		assertEquals(hex(new ActivityColors(Mode.DIFFERENCE, 0, 0.02).color(
			difference)), hex(neuronPixel(keep(png, "forecast-own.png"))));
	}

	@Test
	void oneWindowAtOneStepIsThatStepsPrediction() throws Exception {
		final Conditions c = own();
		// window 1, step 3 predicts F + 1 + 3 - 1: the frame that 3 steps ahead
		// maps back to window 1
		final int t = StepsAhead.targetFrame(c.firstTestTarget(1), 1, 3);
		final float[] predicted = new StepsAhead(Forecasts.open(predictions(),
			null), c, 3).predicted(t);
		final Path png = folder.resolve("window.png");
		run("mode=predicted window=1 step=3 condition=dots min=-0.25 max=1.5 " +
			"predictions=[" + predictions() + "] output=[" + png + "]");
		final BufferedImage image = keep(png, "forecast-window.png");
		assertEquals(hex(new ActivityColors(Mode.PREDICTED, -0.25, 1.5).color(
			predicted[neuron])), hex(neuronPixel(image)));
		final String noCondition = fail("mode=predicted window=1 step=3 " +
			"predictions=[" + predictions() + "] output=[" + png + "]");
		assertTrue(noCondition.contains("Key 'condition' is needed"), noCondition);
		final String badStep = fail("mode=predicted window=1 step=33 " +
			"condition=1 predictions=[" + predictions() + "] output=[" + png + "]");
		assertTrue(badStep.contains("Key 'step': step must be 1..32"), badStep);
	}

	@Test
	void seriesIsOneTiffStackOrNumberedPngs() throws Exception {
		final Path tif = folder.resolve("series.tif");
		run("mode=recorded time_from=10 time_to=12 output=[" + tif + "]");
		final ImagePlus stack = IJ.openImage(tif.toString());
		assertNotNull(stack);
		assertEquals(3, stack.getStackSize());
		assertEquals(W, stack.getWidth());
		final Path png = folder.resolve("series.png");
		run("mode=recorded time_from=10 time_to=12 output=[" + png + "]");
		for (int t = 10; t <= 12; t++)
			assertTrue(Files.isRegularFile(folder.resolve(String.format(Locale.ROOT,
				"series_%04d.png", t))), "frame " + t);
		assertTrue(Files.notExists(png));
	}

	/**
	 * A time range to {@code .avi}: ImageJ's own AVI reader gives back one frame
	 * per time point, each pixel exactly as in the PNG of that frame (the frames
	 * are stored PNG-compressed), and the frame rate asked for.
	 */
	@Test
	void seriesIsAnAviMovieFrameForFrame() throws Exception {
		final Path avi = folder.resolve("series.avi");
		run("mode=recorded time_from=10 time_to=13 min=-0.1 max=1 fps=4 output=[" +
			avi + "]");
		final ImagePlus movie = AVI_Reader.open(avi.toString(), false);
		assertNotNull(movie, "ImageJ reads the AVI back");
		assertEquals(4, movie.getStackSize());
		assertEquals(W, movie.getWidth());
		// the AVI main header's dwMicroSecPerFrame: "RIFF" size "AVI " "LIST" size
		// "hdrl" "avih" size, then the field
		final java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(Files
			.readAllBytes(avi)).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		assertEquals("avih", new String(Files.readAllBytes(avi), 24, 4,
			java.nio.charset.StandardCharsets.US_ASCII));
		assertEquals(250_000, header.getInt(32), "4 frames per second");
		for (int t = 10; t <= 13; t++) {
			final Path png = folder.resolve("frame.png");
			run("mode=recorded time=" + t + " min=-0.1 max=1 output=[" + png + "]");
			final BufferedImage frame = ImageIO.read(png.toFile());
			final int[] movieFrame = (int[]) movie.getStack().getProcessor(t - 9)
				.getPixels();
			for (int y = 0; y < H; y += 7)
				for (int x = 0; x < W; x += 7)
					assertEquals(hex(frame.getRGB(x, y) & 0xffffff), hex(movieFrame[y *
						W + x] & 0xffffff), "frame " + t + " pixel " + x + ", " + y);
			Files.delete(png);
		}
		assertTrue(fail("mode=recorded time=10 output=[" + folder.resolve(
			"movie.mov") + "]").contains(".avi"));
		assertTrue(fail("mode=recorded time=10 fps=0 output=[" + avi + "2.avi]")
			.contains("Key 'fps'"));
	}

	@Test
	void missingPredictionsAndBadFramesAreNamed() {
		final String noPredictions = fail("mode=difference output=[" + folder
			.resolve("x.png") + "]");
		assertTrue(noPredictions.contains("Key 'predictions'"), noPredictions);
		final String late = fail("time=64 output=[" + folder.resolve("x.png") +
			"]");
		assertTrue(late.contains("Key 'time' must be 0..63"), late);
	}

	/** Whole-volume views, kept in target/screenshots to be looked at. */
	@Test
	void wholeVolumeViewsForTheEye() throws Exception {
		final int t = own().firstTestTarget(0) + 1;
		for (final String mode : new String[] { "recorded", "difference" }) {
			final Path png = folder.resolve(mode + "-full.png");
			final String failure = BatchMacroRunner.runMacro(
				"run(\"ZAP Render Forecast\", \"segmentation=[" + root.resolve(
					MiniZapbenchFiles.SEGMENTATION) + "] traces=[" + root.resolve(
						MiniZapbenchFiles.TRACES) + "] predictions=[" + predictions() +
					"] mode=" + mode + " time=" + t +
					" width=512 height=384 center=52,39,16 output=[" + png + "]\");", "");
			assertNull(failure, failure);
			Files.createDirectories(SCREENSHOTS);
			Files.copy(png, SCREENSHOTS.resolve("forecast-" + mode + "-full.png"),
				StandardCopyOption.REPLACE_EXISTING);
			final BufferedImage image = ImageIO.read(png.toFile());
			assertEquals(512, image.getWidth());
			int black = 0, painted = 0;
			for (int y = 0; y < 384; y++)
				for (int x = 0; x < 512; x++)
					if ((image.getRGB(x, y) & 0xffffff) == 0) black++;
					else painted++;
			assertTrue(black > painted / 10 && painted > 1000, mode + ": " + black +
				" black, " + painted + " painted");
		}
	}

	private static TraceTable traces() throws Exception {
		return TraceTables.open(root.resolve(MiniZapbenchFiles.TRACES));
	}

	/** The constants the mini-ZAPBench records in its root group. */
	private static Conditions own() throws Exception {
		final Conditions c = Conditions.findAbove(predictions());
		assertNotNull(c, "zapbench_constants above " + predictions());
		return c;
	}

	private static Path predictions() {
		return root.resolve(MiniZapbenchFiles.EXPERIMENT).resolve("predictions");
	}

	private static String options(final String more) {
		return "segmentation=[" + root.resolve(MiniZapbenchFiles.SEGMENTATION) +
			"] traces=[" + root.resolve(MiniZapbenchFiles.TRACES) + "] plane=xy " +
			"zoom=1 width=" + W + " height=" + H + " center=" + (centre[0] * 0.406) +
			"," + (centre[1] * 0.406) + "," + (centre[2] * 4.0) + " " + more;
	}

	private static void run(final String more) {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Render Forecast\", \"" + options(more) + "\");", "");
		assertNull(failure, failure);
	}

	private static String fail(final String more) {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Render Forecast\", \"" + options(more) + "\");", "");
		assertNotNull(failure, "expected a failure for " + more);
		return failure;
	}

	private static BufferedImage keep(final Path png, final String name)
		throws Exception
	{
		Files.createDirectories(SCREENSHOTS);
		Files.copy(png, SCREENSHOTS.resolve(name),
			StandardCopyOption.REPLACE_EXISTING);
		final BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(W, image.getWidth());
		assertEquals(H, image.getHeight());
		return image;
	}

	private static int neuronPixel(final BufferedImage image) {
		return image.getRGB(W / 2, H / 2) & 0xffffff;
	}

	private static int backgroundPixel(final BufferedImage image) {
		return image.getRGB(W / 2 + background[0] - centre[0], H / 2 +
			background[1] - centre[1]) & 0xffffff;
	}

	/** Whether every voxel within {@code r} of (x, y) has {@code label}. */
	private static boolean uniform(final float[] plane, final int x, final int y,
		final int r, final int label)
	{
		for (int j = y - r; j <= y + r; j++)
			for (int i = x - r; i <= x + r; i++)
				if (i < 0 || j < 0 || i >= 256 || j >= 192 || plane[j * 256 +
					i] != label) return false;
		return true;
	}

	private static String hex(final int rgb) {
		return String.format("#%06x", rgb);
	}
}
