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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrGroup;

/**
 * Generates the mini-ZAPBench once and checks it against ZAPBench's layout (the
 * table in {@link ZapbenchField}), against itself (traces are segment means of
 * ΔF/F, s1 and s2 are block means of s0, forecasts are cut from the traces),
 * against Debian's python3-zarr, and for determinism.
 */
class MiniZapbenchTest {

	private static final long SEED = 7;

	@TempDir
	static Path folder;

	private static Path root;

	@BeforeAll
	static void generate() throws IOException {
		root = folder.resolve("first");
		MiniZapbench.write(root, SEED);
	}

	private static ZarrArray open(final String array) throws IOException {
		return ZarrArray.open(root.resolve(array));
	}

	@Test
	void arraysHaveShapesAndAxesFastestFirst() throws IOException {
		final ZarrArray raw = open(ZapbenchField.RAW);
		assertEquals(3, raw.zarrVersion());
		assertArrayEquals(new long[] { 64, 8, 192, 256 }, raw.metadata().shape());
		assertEquals(List.of("t", "z", "y", "x"), raw.metadata().axisNames());
		for (int level = 0; level < 3; level++)
			assertArrayEquals(new long[] { 64, 8, 192 >> level, 256 >> level }, open(
				ZapbenchField.DFF + "s" + level).metadata().shape());
		assertEquals(List.of("z", "y", "x"), open(ZapbenchField.SEGMENTATION)
			.metadata().axisNames());
		final ZarrArray traces = open(ZapbenchField.TRACES);
		assertArrayEquals(new long[] { 150, 64 }, traces.metadata().shape());
		assertTrue(traces.metadata().axisNames().isEmpty());
		final ZarrArray forecast = open(ZapbenchField.FORECAST);
		assertEquals(2, forecast.zarrVersion());
		assertArrayEquals(new long[] { 150, 32, 3 }, forecast.metadata().shape());
	}

	@Test
	void metadataMatchesZapbench() throws IOException {
		final List<String> wrong = new ArrayList<>();
		for (final ZapbenchField f : ZapbenchField.table()) {
			final JsonElement actual = field(f.array(), f.field());
			final JsonElement expected = f.json() == null ? null : JsonParser
				.parseString(f.json());
			if (expected == null ? actual != null : !expected.equals(actual)) wrong
				.add(f.array() + " " + f.field() + ": expected " + f.json() + " (" + f
					.source() + "), found " + actual);
		}
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}

	/** A field of zarr.json or .zarray, or null if absent. */
	private static JsonElement field(final String array, final String path)
		throws IOException
	{
		final Path folder = root.resolve(array);
		final Path file = Files.exists(folder.resolve("zarr.json")) ? folder
			.resolve("zarr.json") : folder.resolve(".zarray");
		JsonElement e = JsonParser.parseString(Files.readString(file));
		for (final String part : path.split("\\.")) {
			if (e == null || !e.isJsonObject()) return null;
			e = e.getAsJsonObject().get(part);
		}
		return e;
	}

	@Test
	void conditionsAreZapbenchOffsetsScaledToTheFrames() throws IOException {
		final Object constants = ZarrGroup.open(root).attributes().get(
			"zapbench_constants");
		assertNotNull(constants);
		assertEquals(MiniZapbench.VERSION, ((Number) ZarrGroup.open(root)
			.attributes().get("generator_version")).intValue());
		assertEquals(List.of(0, 5, 20, 25, 30, 41, 46, 54, 59, 64),
			((List<?>) ((java.util.Map<?, ?>) constants).get("condition_offsets"))
				.stream().map(o -> ((Number) o).intValue()).collect(Collectors
					.toList()));
	}

	@Test
	void tracesAreSegmentMeansOfDeltaFOverF() throws IOException {
		final long[] labels = MiniZapbenchContents.labels(open(
			ZapbenchField.SEGMENTATION));
		final int neurons = (int) open(ZapbenchField.TRACES).metadata().shape()[0];
		assertTrue(neurons >= 100 && neurons <= 200, neurons + " neurons");
		final double[][] sums = new double[64][neurons + 1];
		final int[] counts = new int[neurons + 1];
		for (final long label : labels)
			counts[(int) label]++;
		MiniZapbenchContents.forEachVoxel(open(ZapbenchField.DFF + "s0"), (x, y, z,
			t, value) -> sums[t][(int) labels[x + 256 * (y + 192 * z)]] += value);
		final float[][] traces = MiniZapbenchContents.traces(open(
			ZapbenchField.TRACES));
		float max = 0;
		for (int t = 0; t < 64; t++)
			for (int n = 0; n < neurons; n++) {
				assertTrue(counts[n + 1] > 0, "label " + (n + 1) + " has no voxel");
				assertEquals(Float.floatToIntBits((float) (sums[t][n + 1] / counts[n +
					1])), Float.floatToIntBits(traces[t][n]), "frame " + t + " neuron " +
						n);
				max = Math.max(max, traces[t][n]);
			}
		assertTrue(max > 0.5, "some neuron fires; largest trace value " + max);
	}

	@Test
	void deltaFOverFIsClippedAndLevelsAreBlockMeans() throws IOException {
		final float[] s0 = MiniZapbenchContents.frame(open(ZapbenchField.DFF +
			"s0"), 40);
		final float[] s1 = MiniZapbenchContents.frame(open(ZapbenchField.DFF +
			"s1"), 40);
		for (final float v : s0)
			assertTrue(v >= -0.25f && v <= 1.5f, "ΔF/F " + v);
		for (int z = 0; z < 8; z++)
			for (int y = 0; y < 96; y++)
				for (int x = 0; x < 128; x++) {
					final int v = 2 * x + 256 * (2 * y + 192 * z);
					assertEquals((s0[v] + s0[v + 1] + s0[v + 256] + s0[v + 257]) / 4,
						s1[x + 128 * (y + 96 * z)]);
				}
	}

	/**
	 * ZAPBench's transpose [3, 2, 1, 0] puts x fastest inside a stored chunk:
	 * decoding the file by hand must give the voxels our reader gives.
	 */
	@Test
	void rawChunksAreStoredWithXFastest() throws IOException {
		final ZarrArray raw = open(ZapbenchField.RAW);
		final byte[] file = Files.readAllBytes(root.resolve(ZapbenchField.RAW)
			.resolve("c/1/0/3/5"));
		final ByteBuffer stored = ByteBuffer.wrap(BloscCodec.of("zstd", 4,
			BloscCodec.Shuffle.BYTE, 2, 0).decode(file, 128 * 128 * 2)).order(
				ByteOrder.LITTLE_ENDIAN);
		final short[] read = (short[]) raw.readChunk(new long[] { 5, 3, 0, 1 })
			.data();
		for (int y = 0; y < 128; y++)
			for (int x = 0; x < 128; x++)
				assertEquals(stored.getShort(2 * (x + 128 * y)), read[y + 128 * x]);
	}

	@Test
	void forecastTargetsComeFromTracesAndErrorRisesWithStepsAhead()
		throws IOException
	{
		final float[][] traces = MiniZapbenchContents.traces(open(
			ZapbenchField.TRACES));
		for (final int condition : MiniZapbench.FORECAST_CONDITIONS) {
			final String name = MiniForecasts.name(condition);
			final float[][][] targets = MiniZapbenchContents.forecast(root.resolve(
				MiniZapbench.EXPERIMENT).resolve("targets").resolve(name));
			final float[][][] predictions = MiniZapbenchContents.forecast(root
				.resolve(MiniZapbench.EXPERIMENT).resolve("predictions").resolve(name));
			final int first = MiniForecasts.firstTarget(condition);
			double previous = 0;
			for (int s = 0; s < 32; s++) {
				double sum = 0;
				for (int w = 0; w < 3; w++) {
					assertArrayEquals(traces[first + w + s], targets[w][s]);
					for (int n = 0; n < traces[0].length; n++)
						sum += Math.abs(targets[w][s][n] - predictions[w][s][n]);
				}
				final double mae = sum / (3 * traces[0].length);
				assertEquals(MiniForecasts.error(s + 1), mae, 1e-5, name + " step " +
					(s + 1));
				assertTrue(mae > previous, name + ": MAE rises at step " + (s + 1));
				previous = mae;
			}
		}
		assertTrue(Files.isDirectory(root.resolve(MiniZapbench.EXPERIMENT).resolve(
			"targets/test_holdout_condition_3")));
	}

	/**
	 * The windows sit where ZAPBench's rule, applied to the constants read back
	 * from the dataset's own zarr.json, puts them: step s of window w of
	 * condition c is the recorded frame firstTestTarget(c) + w + s − 1, for every
	 * condition, window and step. The frames differ from one to the next, so a
	 * window one frame off cannot pass.
	 */
	@Test
	void forecastWindowsSitWhereTheRecordedConstantsPutThem() throws IOException {
		final Conditions conditions = Conditions.read(root.resolve("zarr.json"));
		assertEquals(64, conditions.frames());
		final float[][] traces = MiniZapbenchContents.traces(open(
			ZapbenchField.TRACES));
		for (int t = 1; t < 64; t++)
			assertFalse(Arrays.equals(traces[t - 1], traces[t]), "frame " + t);
		final Path predictions = root.resolve(MiniZapbench.EXPERIMENT).resolve(
			"predictions");
		int checked = 0;
		for (final Forecast f : Forecasts.open(predictions, null)) {
			final int c = f.condition();
			final float[][][] targets = MiniZapbenchContents.forecast(root.resolve(
				MiniZapbench.EXPERIMENT).resolve("targets").resolve(f.name()));
			assertEquals(3, targets.length, f.name());
			for (int w = 0; w < targets.length; w++)
				for (int s = 1; s <= 32; s++) {
					final int frame = conditions.firstTestTarget(c) + w + s - 1;
					assertArrayEquals(traces[frame], targets[w][s - 1], f.name() +
						" window " + w + " step " + s + " = frame " + frame);
					checked++;
				}
		}
		assertEquals(3 * 3 * 32, checked, "three conditions, 3 windows, 32 steps");
		assertEquals(4, conditions.firstTestTarget(0), "gain: frames 1-3, " +
			"no test frame: windows start at the condition's end");
		assertEquals(17, conditions.firstTestTarget(1), "dots: frames 6-18, " +
			"int(13 × 0.2) = 2 test frames");
		assertEquals(30, conditions.firstTestTarget(3), "taxis, held out: " +
			"4 frames of context after frame 26");
	}

	@Test
	void debianZarrReadsTheForecasts() throws IOException {
		DebianPython.assumeModules("zarr", "numpy");
		final String script = String.join("\n", "import sys, json, zarr", //
			"import numpy as np", //
			"out = {}", //
			"for name in sys.argv[2:]:", //
			"    p = zarr.open(sys.argv[1] + '/predictions/' + name, mode='r')", //
			"    t = zarr.open(sys.argv[1] + '/targets/' + name, mode='r')", //
			"    d = np.abs(np.nan_to_num(t[...]) - np.nan_to_num(p[...]))", //
			"    out[name] = {'shape': list(p.shape), 'dtype': str(p.dtype),", //
			"        'mae': d.astype(np.float64).mean(axis=(0, 2)).tolist(),", //
			"        't0': float(t[1, 2, 3])}", //
			"print(json.dumps(out))", "");
		final List<String> args = new ArrayList<>(List.of(root.resolve(
			MiniZapbench.EXPERIMENT).toString()));
		for (final int c : MiniZapbench.FORECAST_CONDITIONS)
			args.add(MiniForecasts.name(c));
		final JsonObject out = JsonParser.parseString(DebianPython.run(script, args
			.toArray(new String[0])).expectSuccess()).getAsJsonObject();
		final float[][] traces = MiniZapbenchContents.traces(open(
			ZapbenchField.TRACES));
		for (final int c : MiniZapbench.FORECAST_CONDITIONS) {
			final JsonObject o = out.getAsJsonObject(MiniForecasts.name(c));
			assertEquals("[3,32,150]", o.get("shape").toString());
			assertEquals("float32", o.get("dtype").getAsString());
			assertEquals(traces[MiniForecasts.firstTarget(c) + 1 + 2][3], o.get("t0")
				.getAsFloat());
			for (int s = 0; s < 32; s++)
				assertEquals(MiniForecasts.error(s + 1), o.getAsJsonArray("mae").get(s)
					.getAsDouble(), 1e-5);
		}
	}

	@Test
	void sameSeedWritesTheSameBytes() throws IOException {
		final Path again = folder.resolve("again");
		MiniZapbench.write(again, SEED);
		final List<String> files = files(root);
		assertEquals(files, files(again));
		for (final String f : files)
			assertArrayEquals(Files.readAllBytes(root.resolve(f)), Files.readAllBytes(
				again.resolve(f)), f);
	}

	private static List<String> files(final Path base) throws IOException {
		try (Stream<Path> s = Files.walk(base)) {
			return s.filter(Files::isRegularFile).map(p -> base.relativize(p)
				.toString()).sorted().collect(Collectors.toList());
		}
	}

	@Test
	void zarrJsonIsPlainUtf8Json() throws IOException {
		final String text = new String(Files.readAllBytes(root.resolve(
			ZapbenchField.RAW + "/zarr.json")), StandardCharsets.UTF_8);
		assertNull(JsonParser.parseString(text).getAsJsonObject().get(
			"storage_transformers"));
	}
}
