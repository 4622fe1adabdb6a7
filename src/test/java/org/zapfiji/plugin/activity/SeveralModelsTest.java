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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.activity.NumpyMae;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * {@code ZAP Forecast Metrics} on two models named in one key, through ImageJ's
 * macro interpreter: the mini-ZAPBench's forecasts (experiment 100000001) and a
 * second model (experiment 200000002) whose every prediction is the first one's
 * plus 0.1 in float32. The second model's MAE is worked out here in plain Java
 * from the first model's files, and by NumPy from the second's.
 */
class SeveralModelsTest {

	private static final float SHIFT = 0.1f;

	private static final String FIRST = "100000001", SECOND = "200000002";

	@TempDir
	static Path shared;

	private static Path root, one, two;

	@TempDir
	Path folder;

	@BeforeAll
	static void setUp() throws Exception {
		HeadlessCommands.install(SeveralModelsTest.class.getClassLoader());
		root = MiniZapbenchFiles.write(shared.resolve("mini"));
		one = root.resolve(MiniZapbenchFiles.EXPERIMENT);
		two = MiniZapbenchFiles.writeShiftedModel(root, SECOND, SHIFT);
	}

	@Test
	void twoModelsGiveTwoBlocksOfRowsAndTwoLines() throws Exception {
		final Path output = folder.resolve("mae.csv");
		final Path plot = folder.resolve("models.png");
		final Path perNeuron = folder.resolve("neurons.csv");
		run("predictions=[" + one.resolve("predictions") + ";" + two.resolve(
			"predictions") + "] output=[" + output + "] plot=[" + plot +
			"] per_neuron=[" + perNeuron + "]");
		final List<String[]> rows = csv(output);
		assertEquals("model,forecast,condition,name,windows,neurons,step,mae",
			String.join(",", rows.get(0)));
		assertEquals(1 + 2 * 4 * 32, rows.size(),
			"two models × (3 conditions and all) × 32 steps");
		assertEquals(FIRST + ",test_condition_0,0,gain,3,150,1", String.join(",",
			Arrays.copyOf(rows.get(1), 7)));
		assertEquals(FIRST + ",all,,all,9,150,32", String.join(",", Arrays.copyOf(
			rows.get(128), 7)));
		assertEquals(SECOND + ",test_condition_0,0,gain,3,150,1", String.join(",",
			Arrays.copyOf(rows.get(129), 7)));
		assertEquals(SECOND + ",all,,all,9,150,32", String.join(",", Arrays.copyOf(
			rows.get(256), 7)));

		final List<String> names = new ArrayList<>(List.of(
			MiniZapbenchFiles.FORECASTS));
		names.add("all");
		final double[][] expected = new double[names.size()][];
		for (int c = 0; c < 3; c++)
			expected[c] = shiftedMae(List.of(names.get(c)));
		expected[3] = shiftedMae(List.of(MiniZapbenchFiles.FORECASTS));
		for (int c = 0; c < names.size(); c++)
			for (int s = 0; s < 32; s++) {
				final double first = Double.parseDouble(rows.get(1 + 32 * c + s)[7]);
				final double second = Double.parseDouble(rows.get(129 + 32 * c + s)[7]);
				assertEquals(0.01 + 0.004 * s, first, 1e-5);
				assertEquals(expected[c][s], second, 1e-12 * expected[c][s], names.get(
					c) + " step " + (s + 1));
				// |e − 0.1| lies within 0.1 ± |e|: the shift dominates the error
				assertTrue(second >= SHIFT - first - 1e-6 && second <= SHIFT + first +
					1e-6, names.get(c) + " step " + (s + 1) + ": " + second);
			}
		assertTrue(Math.abs(expected[0][0] - expected[0][31]) > 1e-3,
			"the second model's error still varies with the step");

		final List<String[]> neurons = csv(perNeuron);
		assertEquals("neuron,label,mae_" + FIRST + ",mae_" + FIRST +
			"_test_condition_0,mae_" + FIRST + "_test_condition_1,mae_" + FIRST +
			"_test_holdout_condition_3,mae_" + SECOND + ",mae_" + SECOND +
			"_test_condition_0,mae_" + SECOND + "_test_condition_1,mae_" + SECOND +
			"_test_holdout_condition_3", String.join(",", neurons.get(0)));
		assertEquals(151, neurons.size());

		Files.createDirectories(Paths.get("target", "screenshots"));
		Files.copy(plot, Paths.get("target", "screenshots",
			"forecast-metrics-models.png"), StandardCopyOption.REPLACE_EXISTING);
		final BufferedImage image = ImageIO.read(plot.toFile());
		final int blue = count(image, 0x1f77b4);
		assertTrue(blue > 100, "the first model's line (tab10 blue): " + blue);
		final int orange = count(image, 0xff7f0e);
		assertTrue(orange > 100, "the second model's line (tab10 orange): " +
			orange);
		assertEquals(0, count(image, 0x2ca02c),
			"no third line (tab10 green): one per model, not per condition");
		assertEquals(0, blackInsidePlot(image), "no pooled black line");

		NumpyMae.assume();
		final JsonObject numpy = NumpyMae.compute(two, List.of(
			MiniZapbenchFiles.FORECASTS));
		for (int c = 0; c < names.size(); c++) {
			final double[] mae = NumpyMae.values(numpy, names.get(c), "step");
			for (int s = 0; s < 32; s++)
				assertEquals(mae[s], Double.parseDouble(rows.get(129 + 32 * c + s)[7]),
					1e-12 * mae[s], "NumPy: " + names.get(c) + " step " + (s + 1));
		}
	}

	@Test
	void oneConditionOfEachModelHasNoPooledRows() throws Exception {
		final Path output = folder.resolve("dots.csv");
		run("predictions=[" + one + " ; " + two + "] condition=dots output=[" +
			output + "]");
		final List<String[]> rows = csv(output);
		assertEquals(1 + 2 * 32, rows.size());
		assertEquals(FIRST + ",test_condition_1", rows.get(32)[0] + "," + rows.get(
			32)[1]);
		assertEquals(SECOND + ",test_condition_1", rows.get(33)[0] + "," + rows.get(
			33)[1]);
	}

	@Test
	void modelsThatDoNotLineUpAreRefusedNamingBoth() throws Exception {
		final Path lonely = folder.resolve("lonely");
		MiniZapbenchFiles.copyTree(one.resolve("predictions/test_condition_1"),
			lonely.resolve("predictions/test_condition_1"));
		MiniZapbenchFiles.copyTree(one.resolve("targets/test_condition_1"), lonely
			.resolve("targets/test_condition_1"));
		final Path output = folder.resolve("mae.csv");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Forecast Metrics\", \"predictions=[" + one + ";" + lonely +
				"] output=[" + output + "]\");", "");
		assertNotNull(failure);
		assertTrue(failure.contains("Key 'predictions': model lonely (" + lonely +
			") has test_condition_1, model " + FIRST + " (" + one +
			") test_condition_0, test_condition_1, test_holdout_condition_3"),
			failure);
		assertTrue(Files.notExists(output));
		final String traces = BatchMacroRunner.runMacro(
			"run(\"ZAP Forecast Metrics\", \"predictions=[" + one + ";" + root
				.resolve(MiniZapbenchFiles.TRACES) + "] output=[" + output + "]\");",
			"");
		assertNotNull(traces);
		assertTrue(traces.contains("holds predicted traces (frames × neurons); " +
			"several models are scored only as ZAPBench forecasts"), traces);
	}

	/**
	 * MAE per step of the second model over {@code names} pooled, from the first
	 * model's files: |t − (p + 0.1)| in float32, as ZAPBench subtracts float32
	 * arrays, summed in float64.
	 */
	private static double[] shiftedMae(final List<String> names)
		throws Exception
	{
		final double[] sums = new double[32];
		long count = 0;
		for (final String name : names) {
			final ZarrArray t = ZarrArray.open(one.resolve("targets").resolve(name));
			final ZarrArray p = ZarrArray.open(one.resolve("predictions").resolve(
				name));
			final ArrayMetadata meta = p.metadata();
			for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
				final float[] tv = (float[]) t.readChunk(g).data();
				final float[] pv = (float[]) p.readChunk(g).data();
				final int step = (int) g[1];
				assertEquals(1, meta.chunkShape()[1], "one step per chunk");
				for (int i = 0; i < pv.length; i++)
					sums[step] += Math.abs(tv[i] - (pv[i] + SHIFT));
			}
			count += meta.shape()[0] * meta.shape()[2];
		}
		for (int s = 0; s < 32; s++)
			sums[s] /= count;
		return sums;
	}

	/** Pixels of exactly {@code rgb}. */
	private static int count(final BufferedImage image, final int rgb) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++)
			for (int x = 0; x < image.getWidth(); x++)
				if ((image.getRGB(x, y) & 0xffffff) == rgb) n++;
		return n;
	}

	/**
	 * Black pixels inside the plot's frame (ErrorPlot's margins: 80 left, 210
	 * right, 56 top, 64 bottom), where only a pooled line would be black.
	 */
	private static int blackInsidePlot(final BufferedImage image) {
		int n = 0;
		for (int y = 56 + 3; y < ErrorPlot.HEIGHT - 64 - 3; y++)
			for (int x = 80 + 3; x < ErrorPlot.WIDTH - 210 - 3; x++)
				if ((image.getRGB(x, y) & 0xffffff) == 0) n++;
		return n;
	}

	private static void run(final String options) {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Forecast Metrics\", \"" + options + "\");", "");
		assertNull(failure, failure);
	}

	private static List<String[]> csv(final Path file) throws Exception {
		return Files.readAllLines(file).stream().map(l -> l.split(",", -1)).collect(
			Collectors.toList());
	}
}
