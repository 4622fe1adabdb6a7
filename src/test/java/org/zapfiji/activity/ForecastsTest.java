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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * Forecasts are found from any of the folders a user may name, and bad input is
 * refused with the file and the field at fault.
 */
class ForecastsTest {

	@TempDir
	Path folder;

	private static List<String> names(final List<Forecast> forecasts) {
		return forecasts.stream().map(Forecast::name).collect(Collectors.toList());
	}

	@Test
	void predictionsFolderExperimentOrOneArray() throws IOException {
		HandMadeForecasts.write(folder, 10, new int[] { 4, 1, 2 });
		HandMadeForecasts.write(folder, 2, new int[] { 4, 1, 2 });
		for (final String kind : List.of("predictions", "targets"))
			HandMadeForecasts.write(folder.resolve(kind).resolve(
				"test_holdout_condition_3"), HandMadeForecasts.TARGETS, new int[] { 4,
					1, 2 });
		final List<String> all = List.of("test_condition_2",
			"test_holdout_condition_3", "test_condition_10");
		assertEquals(all, names(Forecasts.open(folder, null)));
		assertEquals(all, names(Forecasts.open(folder.resolve("predictions"),
			null)));
		final List<Forecast> one = Forecasts.open(folder.resolve(
			"predictions/test_holdout_condition_3"), null);
		assertEquals(3, one.get(0).condition());
		assertEquals(2, one.get(0).windows());
		assertEquals(3, one.get(0).steps());
		assertEquals(4, one.get(0).neurons());
	}

	@Test
	void missingTargetsFolderIsNamed() throws IOException {
		HandMadeForecasts.write(folder, 0, new int[] { 4, 1, 2 });
		deleteTree(folder.resolve("targets"));
		final FormatException e = assertThrows(FormatException.class,
			() -> Forecasts.open(folder.resolve("predictions"), null));
		assertTrue(e.getMessage().startsWith(folder.toAbsolutePath().resolve(
			"targets") + ": no targets folder"), e.getMessage());
		assertTrue(e.getMessage().contains("key 'targets'"), e.getMessage());
		final FormatException single = assertThrows(FormatException.class,
			() -> Forecasts.open(folder.resolve("predictions/test_condition_0"),
				null));
		assertTrue(single.getMessage().contains("targets/test_condition_0: no " +
			"targets array"), single.getMessage());
	}

	@Test
	void shapeMismatchNamesTheTargetsAndTheField() throws IOException {
		HandMadeForecasts.write(folder, 0, new int[] { 4, 1, 2 });
		deleteTree(folder.resolve("targets/test_condition_0"));
		HandMadeForecasts.write(folder.resolve("targets/test_condition_0"),
			new float[2][3][5], new int[] { 5, 1, 2 });
		final FormatException e = assertThrows(FormatException.class,
			() -> Forecasts.open(folder, null));
		assertEquals(folder.resolve("targets/test_condition_0") +
			": shape: expected [2, 3, 4] [windows, steps, neurons] like the " +
			"predictions " + folder.resolve("predictions/test_condition_0") +
			", found [2, 3, 5]", e.getMessage());
	}

	@Test
	void wrongDataTypeIsNamed() throws IOException {
		HandMadeForecasts.write(folder, 0, new int[] { 4, 1, 2 });
		deleteTree(folder.resolve("predictions/test_condition_0"));
		ZarrArray.create(folder.resolve("predictions/test_condition_0"),
			ArrayMetadata.of(new long[] { 4, 3, 2 }, new int[] { 4, 1, 2 },
				DataType.INT16, 0L, List.of()), ZarrLayout.v2());
		final FormatException e = assertThrows(FormatException.class,
			() -> Forecasts.open(folder, null));
		assertEquals(folder.resolve("predictions/test_condition_0") +
			": data type: expected float32 or float64 (predictions), found int16", e
				.getMessage());
	}

	@Test
	void tracesAreNoForecast() throws IOException {
		final Path p = folder.resolve("predictions/test_condition_0");
		ZarrArray.create(p, ArrayMetadata.of(new long[] { 4, 3 }, new int[] { 4,
			3 }, DataType.FLOAT32, 0.0, List.of()), ZarrLayout.v2());
		ZarrArray.create(folder.resolve("targets/test_condition_0"), ArrayMetadata
			.of(new long[] { 4, 3 }, new int[] { 4, 3 }, DataType.FLOAT32, 0.0, List
				.of()), ZarrLayout.v2());
		final FormatException e = assertThrows(FormatException.class,
			() -> Forecasts.open(p, null));
		assertEquals(p + ": shape: expected three dimensions [windows, steps, " +
			"neurons], found 2 dimensions [3, 4]", e.getMessage());
	}

	static void deleteTree(final Path root) throws IOException {
		try (java.util.stream.Stream<Path> all = Files.walk(root)) {
			for (final Path p : all.sorted(java.util.Comparator.reverseOrder())
				.collect(Collectors.toList()))
				Files.delete(p);
		}
	}
}
