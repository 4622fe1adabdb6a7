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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.FormatException;

/**
 * ZAPBench's conditions and test windows, worked out by hand from
 * {@code zapbench/constants.py} and {@code data_utils.py}, and conditions read
 * from JSON.
 */
class ConditionsTest {

	@TempDir
	Path folder;

	@Test
	void zapbenchTestWindowsAreThoseOfItsInferenceSets() {
		final Conditions c = Conditions.zapbench();
		assertEquals(9, c.count());
		assertEquals(7879, c.frames());
		assertEquals("taxis", c.name(3));
		assertTrue(c.isHeldOut(3));
		// gain: frames 1..647, 647 frames: 454 train, 64 validation, 129 test
		assertArrayEquals(new int[] { 1, 648 }, c.bounds(0));
		assertEquals(519, c.firstTestTarget(0));
		assertEquals(98, c.testWindows(0));
		// taxis is held out: tested from 256 frames after its start
		assertEquals(3079 + 256, c.firstTestTarget(3));
		assertEquals(368, c.testWindows(3));
		final int[] expected = { 98, 323, 99, 368, 231, 86, 165, 99, 88 };
		int total = 0;
		for (int i = 0; i < 9; i++) {
			assertEquals(expected[i], c.testWindows(i), c.name(i));
			total += c.testWindows(i);
		}
		assertEquals(1557, total, "ZAPBench's 1,557 test windows");
	}

	@Test
	void conditionsAreFoundByNumberOrName() {
		final Conditions c = Conditions.zapbench();
		assertEquals(6, c.find("open loop"));
		assertEquals(6, c.find("Open Loop"));
		assertEquals(2, c.find("2"));
		assertEquals(-1, c.find("9"));
		assertEquals(-1, c.find("swimming"));
	}

	@Test
	void jsonFileGivesConditionsWithDefaults() throws Exception {
		final Path file = folder.resolve("conditions.json");
		Files.writeString(file, "{\"condition_offsets\": [0, 100, 250],\n" +
			" \"condition_names\": [\"rest\", \"loom\"], \"conditions_holdout\": [1]}");
		final Conditions c = Conditions.read(file);
		assertEquals(2, c.count());
		assertEquals("loom", c.name(1));
		assertArrayEquals(new int[] { 101, 249 }, c.bounds(1));
		assertEquals(101 + 256, c.firstTestTarget(1));
		assertEquals(0, c.testWindows(1), "held out, but shorter than the context");
		// rest: 98 frames, 19 test, 9 validation
		assertEquals(1 + 70 + 9, c.firstTestTarget(0));
	}

	@Test
	void zarrAttributesHoldConditionsToo() throws Exception {
		final Path root = folder.resolve("mini");
		Files.createDirectories(root.resolve("inference/x"));
		Files.writeString(root.resolve("zarr.json"), "{\"zarr_format\": 3, " +
			"\"node_type\": \"group\", \"attributes\": {\"zapbench_constants\": " +
			"{\"condition_offsets\": [0, 5, 20, 64], \"condition_padding\": 1}}}");
		final Conditions found = Conditions.findAbove(root.resolve("inference/x"));
		assertEquals(64, found.frames());
		assertEquals("condition 2", found.name(2));
		assertEquals(Conditions.read(root.resolve("zarr.json")).frames(), 64);
		assertNull(Conditions.findAbove(folder.resolve("elsewhere")));
	}

	@Test
	void badFieldsAreNamed() throws Exception {
		final Path file = folder.resolve("bad.json");
		Files.writeString(file, "{\"condition_offsets\": [0, 100, 90]}");
		FormatException e = assertThrows(FormatException.class, () -> Conditions
			.read(file));
		assertTrue(e.getMessage().contains(file + ": condition_offsets"), e
			.getMessage());
		Files.writeString(file, "{\"condition_offsets\": [0, 100], " +
			"\"condition_names\": [\"a\", \"b\"]}");
		e = assertThrows(FormatException.class, () -> Conditions.read(file));
		assertTrue(e.getMessage().contains("condition_names: expected an array " +
			"of 1 names"), e.getMessage());
		Files.writeString(file, "{\"offsets\": [0, 100]}");
		e = assertThrows(FormatException.class, () -> Conditions.read(file));
		assertTrue(e.getMessage().contains("condition_offsets"), e.getMessage());
	}
}
