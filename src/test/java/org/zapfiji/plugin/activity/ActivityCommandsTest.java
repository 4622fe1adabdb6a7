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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.zapfiji.activity.TraceOutput;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * {@code ZAP Forecast Metrics} and {@code ZAP Extract Traces} as a pipeline
 * runs them: macro text through ImageJ's interpreter with no display, on the
 * generated mini-ZAPBench. Its forecasts' MAE at step s is 0.01 + 0.004 (s - 1)
 * by construction; NumPy computes the exact figures from the same files.
 */
class ActivityCommandsTest {

	/** Where the plot is kept to be looked at. */
	private static final Path SCREENSHOTS = java.nio.file.Paths.get("target",
		"screenshots");

	@TempDir
	static Path shared;

	private static Path root;

	private static Path experiment;

	@TempDir
	Path folder;

	@BeforeAll
	static void setUp() throws Exception {
		assertTrue(java.awt.GraphicsEnvironment.isHeadless(),
			"macro tests run headless");
		HeadlessCommands.install(ActivityCommandsTest.class.getClassLoader());
		root = MiniZapbenchFiles.write(shared.resolve("mini"));
		experiment = root.resolve(MiniZapbenchFiles.EXPERIMENT);
	}

	@Test
	void metricsPerStepConditionAndNeuronEqualNumpy() throws Exception {
		final Path output = folder.resolve("mae.csv");
		final Path plot = folder.resolve("mae.png");
		final Path perNeuron = folder.resolve("neurons.csv");
		run("run(\"ZAP Forecast Metrics\", \"predictions=[" + experiment.resolve(
			"predictions") + "] traces=[" + root.resolve(MiniZapbenchFiles.TRACES) +
			"] output=[" + output + "] plot=[" + plot + "] per_neuron=[" + perNeuron +
			"]\");");
		final List<String[]> rows = csv(output);
		assertEquals("model,forecast,condition,name,windows,neurons,step,mae",
			String.join(",", rows.get(0)));
		assertEquals(1 + 4 * 32, rows.size(),
			"3 conditions and all, 32 steps each");
		assertEquals("100000001,test_condition_0,0,gain,3,150,1", String.join(",",
			Arrays.copyOf(rows.get(1), 7)),
			"the model is named by its experiment id");
		assertEquals("100000001,test_holdout_condition_3,3,taxis,3,150,32", String
			.join(",", Arrays.copyOf(rows.get(96), 7)));
		assertEquals("100000001,all,,all,9,150,32", String.join(",", Arrays.copyOf(
			rows.get(128), 7)));
		for (int r = 1; r < rows.size(); r++) {
			final int step = Integer.parseInt(rows.get(r)[6]);
			assertEquals(0.01 + 0.004 * (step - 1), Double.parseDouble(rows.get(
				r)[7]), 1e-5, "row " + r);
		}
		final List<String[]> neurons = csv(perNeuron);
		assertEquals("neuron,label,mae,mae_test_condition_0,mae_test_condition_1," +
			"mae_test_holdout_condition_3", String.join(",", neurons.get(0)));
		assertEquals(151, neurons.size());
		assertEquals("149,150", neurons.get(150)[0] + "," + neurons.get(150)[1]);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(plot, SCREENSHOTS.resolve("forecast-metrics.png"),
			java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		final BufferedImage image = ImageIO.read(plot.toFile());
		assertEquals(ErrorPlot.WIDTH, image.getWidth());
		assertEquals(ErrorPlot.HEIGHT, image.getHeight());
		assertTrue(colours(image) >= 3, "lines in several colours");

		NumpyMae.assume();
		final JsonObject numpy = NumpyMae.compute(experiment, List.of(
			MiniZapbenchFiles.FORECASTS));
		final List<String> names = new ArrayList<>(List.of(
			MiniZapbenchFiles.FORECASTS));
		names.add("all");
		for (int c = 0; c < names.size(); c++) {
			final double[] expected = NumpyMae.values(numpy, names.get(c), "step");
			for (int s = 0; s < 32; s++)
				assertEquals(expected[s], Double.parseDouble(rows.get(1 + 32 * c +
					s)[7]), 1e-12 * expected[s], names.get(c) + " step " + (s + 1));
		}
		final double[] all = NumpyMae.values(numpy, "all", "neuron");
		final double[] gain = NumpyMae.values(numpy, "test_condition_0", "neuron");
		for (int n = 0; n < 150; n++) {
			assertEquals(all[n], Double.parseDouble(neurons.get(n + 1)[2]), 1e-12 *
				all[n], "neuron " + n);
			assertEquals(gain[n], Double.parseDouble(neurons.get(n + 1)[3]), 1e-12 *
				gain[n], "neuron " + n);
		}
	}

	@Test
	void oneConditionByNameOrNumber() throws Exception {
		final Path byName = folder.resolve("dots.csv");
		run("run(\"ZAP Forecast Metrics\", \"predictions=[" + experiment +
			"] output=[" + byName + "] condition=dots\");");
		final List<String[]> rows = csv(byName);
		assertEquals(33, rows.size(), "one condition, no pooled rows");
		assertEquals("test_condition_1", rows.get(32)[1]);
		final Path byNumber = folder.resolve("1.csv");
		run("run(\"ZAP Forecast Metrics\", \"predictions=[" + experiment.resolve(
			"predictions/test_condition_1") + "] output=[" + byNumber + "]\");");
		assertEquals(Files.readAllLines(byName), Files.readAllLines(byNumber));
	}

	@Test
	void badInputIsNamed() throws Exception {
		final Path output = folder.resolve("mae.csv");
		String failure = fail("predictions=[" + experiment + "] output=[" + output +
			"] condition=swimming");
		assertTrue(failure.contains("Key 'condition': no forecast for 'swimming'"),
			failure);
		assertTrue(failure.contains("test_condition_0 (gain), test_condition_1 " +
			"(dots), test_holdout_condition_3 (taxis)"), failure);
		final Path lonely = folder.resolve("lonely/predictions");
		Files.createDirectories(lonely);
		copyTree(experiment.resolve("predictions/test_condition_0"), lonely.resolve(
			"test_condition_0"));
		failure = fail("predictions=[" + lonely + "] output=[" + output + "]");
		assertTrue(failure.contains(folder.resolve("lonely/targets") +
			": no targets folder"), failure);
		final Path fewer = folder.resolve("fewer.npy");
		try (TraceOutput out = TraceOutput.create(fewer, 64, 149, false)) {
			out.write(new float[64 * 149], 64);
			out.commit();
		}
		failure = fail("predictions=[" + experiment + "] traces=[" + fewer +
			"] output=[" + output + "]");
		assertTrue(failure.contains("Key 'traces': " + fewer +
			": shape: expected " + "150 neurons like the forecasts"), failure);
		Files.writeString(output, "mine");
		failure = fail("predictions=[" + experiment + "] output=[" + output + "]");
		assertTrue(failure.contains("Key 'output': " + output +
			" exists; add the key 'overwrite'"), failure);
		assertEquals("mine", Files.readString(output));
		assertFalse(Files.exists(folder.resolve("mae.png")));
	}

	@Test
	void extractTracesReproducesTheRecordedTraces() throws Exception {
		final TraceTable recorded = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		for (final String name : List.of("part.npy", "part.csv", "part.zarr")) {
			final Path output = folder.resolve(name);
			run("run(\"ZAP Extract Traces\", \"volume=[" + root.resolve(
				MiniZapbenchFiles.DFF) + "] segmentation=[" + root.resolve(
					MiniZapbenchFiles.SEGMENTATION) + "] output=[" + output +
				"] time_from=5 time_to=9 threads=2\");");
			final TraceTable extracted = TraceTables.open(output);
			assertEquals(5, extracted.frames());
			assertEquals(150, extracted.neurons());
			final float[] expected = recorded.readFrames(5, 5);
			final float[] actual = extracted.readFrames(0, 5);
			for (int i = 0; i < expected.length; i++)
				assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(
					actual[i]), name + " value " + i);
		}
		final String refused = BatchMacroRunner.runMacro(
			"run(\"ZAP Extract Traces\", \"volume=[" + root.resolve(
				MiniZapbenchFiles.DFF) + "] segmentation=[" + root.resolve(
					MiniZapbenchFiles.SEGMENTATION) + "] output=[" + folder.resolve(
						"part.npy") + "] time_to=99\");", "");
		assertNotNull(refused);
		assertTrue(refused.contains("exists; add the key 'overwrite'"), refused);
		final String late = BatchMacroRunner.runMacro(
			"run(\"ZAP Extract Traces\", \"volume=[" + root.resolve(
				MiniZapbenchFiles.DFF) + "] segmentation=[" + root.resolve(
					MiniZapbenchFiles.SEGMENTATION) + "] output=[" + folder.resolve(
						"late.npy") + "] time_to=99\");", "");
		assertTrue(late.contains("Key 'time_to' must be a frame from 0 to 63"),
			late);
	}

	@Test
	void extractedTracesScoreZeroAgainstTheRecording() throws Exception {
		final Path extracted = folder.resolve("all.npy");
		final Path output = folder.resolve("frames.csv");
		run("run(\"ZAP Extract Traces\", \"volume=[" + root.resolve(
			MiniZapbenchFiles.DFF) + "] segmentation=[" + root.resolve(
				MiniZapbenchFiles.SEGMENTATION) + "] output=[" + extracted + "]\");\n" +
			"run(\"ZAP Forecast Metrics\", \"predictions=[" + extracted +
			"] traces=[" + root.resolve(MiniZapbenchFiles.TRACES) + "] output=[" +
			output + "] plot=[" + folder.resolve("frames.png") + "]\");");
		final List<String> lines = Files.readAllLines(output);
		assertEquals("frame,mae", lines.get(0));
		assertEquals(66, lines.size());
		assertEquals("63,0.0", lines.get(64));
		assertEquals("all,0.0", lines.get(65));
		assertNull(BatchMacroRunner.runMacro("", ""));
	}

	@Test
	void cancelLeavesNothingAndOverwriteReplaces() throws Exception {
		final Path output = folder.resolve("traces.zarr");
		final ExtractTraces extract = new ExtractTraces();
		final org.zapfiji.plugin.command.Arguments arguments = extract.parameters()
			.arguments().set(ExtractTraces.VOLUME, root.resolve(
				MiniZapbenchFiles.DFF)).set(ExtractTraces.SEGMENTATION, root.resolve(
					MiniZapbenchFiles.SEGMENTATION)).set(ExtractTraces.OUTPUT, output)
			.build();
		final org.zapfiji.task.Progress cancelSoon =
			new org.zapfiji.task.Progress()
			{

				private int updates;

				@Override
				public void update(final long done, final long total) {
					updates++;
				}

				@Override
				public void status(final String message) {}

				@Override
				public boolean isCanceled() {
					return updates > 20;
				}
			};
		org.junit.jupiter.api.Assertions.assertThrows(
			org.zapfiji.task.CanceledException.class, () -> extract.execute(arguments,
				cancelSoon));
		try (java.util.stream.Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of(), left.collect(Collectors.toList()),
				"a canceled extraction leaves nothing");
		}
		final ForecastMetrics metrics = new ForecastMetrics();
		final Path csv = folder.resolve("mae.csv");
		org.junit.jupiter.api.Assertions.assertThrows(
			org.zapfiji.task.CanceledException.class, () -> metrics.execute(metrics
				.parameters().arguments().set(ForecastMetrics.PREDICTIONS, experiment)
				.set(ForecastMetrics.OUTPUT, csv).build(), cancelSoon));
		assertFalse(Files.exists(csv));
		Files.writeString(output, "old");
		run("run(\"ZAP Extract Traces\", \"volume=[" + root.resolve(
			MiniZapbenchFiles.DFF) + "] segmentation=[" + root.resolve(
				MiniZapbenchFiles.SEGMENTATION) + "] output=[" + output +
			"] time_to=0 overwrite\");");
		assertEquals(1, TraceTables.open(output).frames());
	}

	private static void run(final String macro) {
		final String failure = BatchMacroRunner.runMacro(macro, "");
		assertNull(failure, failure);
	}

	private static String fail(final String options) {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Forecast Metrics\", \"" + options + "\");", "");
		assertNotNull(failure, "expected a failure for " + options);
		return failure;
	}

	private static List<String[]> csv(final Path file) throws Exception {
		return Files.readAllLines(file).stream().map(l -> l.split(",", -1)).collect(
			Collectors.toList());
	}

	/** Distinct saturated colours in the image. */
	private static long colours(final BufferedImage image) {
		final java.util.Set<Integer> seen = new java.util.HashSet<>();
		for (int y = 0; y < image.getHeight(); y++)
			for (int x = 0; x < image.getWidth(); x++) {
				final int rgb = image.getRGB(x, y) & 0xffffff;
				final int r = rgb >> 16, g = rgb >> 8 & 0xff, b = rgb & 0xff;
				if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 100)
					seen.add(rgb);
			}
		return seen.size();
	}

	private static void copyTree(final Path from, final Path to)
		throws Exception
	{
		try (java.util.stream.Stream<Path> all = Files.walk(from)) {
			for (final Path p : all.collect(Collectors.toList()))
				Files.copy(p, to.resolve(from.relativize(p).toString()));
		}
	}
}
