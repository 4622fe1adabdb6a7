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

package org.zapfiji.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.FormatException;

/**
 * Several models named in one key: split, named after ZAPBench's experiment id
 * or their folder, made unique, opened, and refused when their forecasts do not
 * line up.
 */
class ForecastModelTest {

	@TempDir
	Path folder;

	@Test
	void listIsSplitAtSemicolons() {
		assertEquals(List.of(Paths.get("/a/b"), Paths.get("c d")), ForecastModel
			.split(" /a/b ; ;c d;"));
	}

	@Test
	void modelsAreNamedAfterTheirExperimentOrFolder() {
		assertEquals("146855456", ForecastModel.nameOf(Paths.get(
			"/data/inference/20250131/146855456/1/predictions")));
		assertEquals("146855456", ForecastModel.nameOf(Paths.get(
			"/data/inference/20250131/146855456/predictions/test_condition_0")));
		assertEquals("146855456", ForecastModel.nameOf(Paths.get(
			"/data/inference/20250131/146855456")));
		assertEquals("linear", ForecastModel.nameOf(Paths.get(
			"/data/linear/predictions")));
		assertEquals("linear", ForecastModel.nameOf(Paths.get(
			"/data/linear/predictions/test_condition_0")));
		assertEquals("linear", ForecastModel.nameOf(Paths.get("/data/linear")));
		assertEquals("tsmixer", ForecastModel.nameOf(Paths.get(
			"/data/tsmixer.zarr")));
		assertEquals(List.of("m", "m_2", "m_3", "n"), ForecastModel.uniqueNames(List
			.of(Paths.get("/a/m/predictions"), Paths.get("/b/m/predictions"), Paths
				.get("/c/m"), Paths.get("/c/n"))));
	}

	@Test
	void modelsOfEqualShapesOpenAndCompare() throws Exception {
		final Path a = folder.resolve("a"), b = folder.resolve("b");
		for (final Path m : List.of(a, b))
			for (final int c : new int[] { 0, 2 })
				HandMadeForecasts.write(m, c, new int[] { 4, 1, 2 });
		final List<ForecastModel> models = ForecastModel.open(a + ";" + b.resolve(
			"predictions"), null);
		assertEquals("a", models.get(0).name());
		assertEquals("b", models.get(1).name());
		assertEquals(2, models.get(1).forecasts().size());
		assertEquals(b.resolve("targets/test_condition_2").toString(), models.get(1)
			.forecast("test_condition_2").targets().location());
		ForecastModel.checkSameShapes(models);
	}

	@Test
	void modelsThatDoNotLineUpAreNamedBoth() throws Exception {
		final Path a = folder.resolve("a"), b = folder.resolve("b"), c = folder
			.resolve("c");
		HandMadeForecasts.write(a, 0, new int[] { 4, 1, 2 });
		HandMadeForecasts.write(b, 1, new int[] { 4, 1, 2 });
		final FormatException missing = assertThrows(FormatException.class,
			() -> ForecastModel.checkSameShapes(ForecastModel.open(a + ";" + b,
				null)));
		assertEquals("model b (" + b + ") has no test_condition_0 like model a (" +
			a + "); it has test_condition_1", missing.getMessage());
		final float[][][] oneWindow = Arrays.copyOf(HandMadeForecasts.PREDICTIONS,
			1);
		HandMadeForecasts.write(c.resolve("predictions/test_condition_0"),
			oneWindow, new int[] { 4, 1, 1 });
		HandMadeForecasts.write(c.resolve("targets/test_condition_0"), oneWindow,
			new int[] { 4, 1, 1 });
		final FormatException shape = assertThrows(FormatException.class,
			() -> ForecastModel.checkSameShapes(ForecastModel.open(a + ";" + c,
				null)));
		assertTrue(shape.getMessage().startsWith(c.resolve(
			"predictions/test_condition_0") + ": shape: expected [2, 3, 4] " +
			"[windows, steps, neurons] like model a's " + a.resolve(
				"predictions/test_condition_0")), shape.getMessage());
		assertTrue(shape.getMessage().endsWith("found [1, 3, 4]"), shape
			.getMessage());
	}
}
