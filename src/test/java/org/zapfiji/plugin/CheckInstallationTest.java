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

package org.zapfiji.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.task.Progress;

class CheckInstallationTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(CheckInstallationTest.class.getClassLoader());
	}

	@Test
	void javaCallReportsLibrariesMemoryAndExtensionPoints() throws Exception {
		final Path json = folder.resolve("sub folder/report.json");
		final CheckInstallation command = new CheckInstallation();
		final InstallationReport report = command.execute(command.parameters()
			.arguments().set(CheckInstallation.OUTPUT, json).build(), Progress
				.silent());
		assertTrue(report.problems.isEmpty(), report.problems.toString());
		for (final Map.Entry<String, String> library : report.libraries.entrySet())
			assertNotNull(library.getValue(), library.getKey());
		assertTrue(report.cacheLimitBytes > 0 &&
			report.cacheLimitBytes < report.maxHeapBytes);
		assertEquals(4, report.extensions.size());
		final JsonObject written = new Gson().fromJson(Files.readString(json),
			JsonObject.class);
		assertEquals(report.zapFijiVersion, written.get("zapFijiVersion")
			.getAsString());
		assertTrue(written.getAsJsonObject("extensions").has("VolumeFormat"));
		assertTrue(report.lines().contains("Installation OK."));
	}

	@Test
	void macroLineWritesTheSameReport() throws Exception {
		final Path json = folder.resolve("from macro.json");
		assertNull(BatchMacroRunner.runMacro(
			"run(\"ZAP Check Installation\", \"output=[" + json + "]\");", ""));
		final JsonObject written = new Gson().fromJson(Files.readString(json),
			JsonObject.class);
		assertEquals("1.54p", written.get("imageJVersion").getAsString());
		assertTrue(written.get("headless").getAsBoolean());
	}

	@Test
	void noOptionsWithNoDisplayUsesTheDefaults() {
		assertNull(BatchMacroRunner.runMacro("run(\"ZAP Check Installation\");",
			""));
	}

	@Test
	void unwritableOutputIsAClearError() throws Exception {
		final Path blocker = Files.writeString(folder.resolve("file"), "x");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Check Installation\", " + "\"output=" + blocker.resolve(
				"report.json") + "\");", "");
		assertTrue(failure.startsWith(
			"ZAP Check Installation: Cannot write the report to " + blocker.resolve(
				"report.json")), failure);
		assertEquals("x", Files.readString(blocker));
	}
}
