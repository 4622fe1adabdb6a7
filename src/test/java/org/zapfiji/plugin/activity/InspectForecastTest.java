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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.ActivityColors.Mode;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.task.Progress;

/**
 * {@code ZAP Inspect Forecast} without a window: headless it stops with a
 * message that points to ZAP Render Forecast; where windows are allowed it
 * opens the raw volume and the three activity channels on the mini-ZAPBench,
 * with every mode available, and names the key of a missing file.
 */
class InspectForecastTest {

	@TempDir
	static Path shared;

	private static Path root;

	@BeforeAll
	static void setUp() throws Exception {
		HeadlessCommands.install(InspectForecastTest.class.getClassLoader());
		root = MiniZapbenchFiles.write(shared.resolve("mini"));
	}

	private static String options() {
		return "raw=[" + root.resolve(MiniZapbenchFiles.VOLUMES + "/raw") +
			"] segmentation=[" + root.resolve(MiniZapbenchFiles.SEGMENTATION) +
			"] traces=[" + root.resolve(MiniZapbenchFiles.TRACES) +
			"] predictions=[" + root.resolve(MiniZapbenchFiles.EXPERIMENT).resolve(
				"predictions") + "] steps_ahead=1";
	}

	@Test
	void aBatchMacroStopsWithAMessageNotAHeadlessException() {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Inspect Forecast\", \"" + options() + "\");", "");
		assertTrue(failure.startsWith("ZAP Inspect Forecast: ZAP Inspect " +
			"Forecast is a window and needs a display"), failure);
		assertTrue(failure.contains("use ZAP Render Forecast"), failure);
		assertFalse(failure.contains("HeadlessException"), failure);
	}

	@Test
	void whereWindowsAreAllowedRawAndActivityAreOpened() throws Exception {
		final InspectForecast command = new InspectForecast(() -> true);
		final InspectForecast.Session session = command.execute(command.parameters()
			.parse(options()), Progress.silent());
		try {
			assertEquals(7, session.sources().size(),
				"raw, then red, green, blue of the mode, then of the prediction");
			assertEquals("activity red", session.sources().get(1).name());
			assertEquals("predicted blue", session.sources().get(6).name());
			assertTrue(session.scrub() != null && !session.scrub().isFixedWindow());
			assertEquals(64, session.sources().get(1).numTimepoints());
			assertEquals(List.of(Mode.RECORDED, Mode.PREDICTED, Mode.DIFFERENCE,
				Mode.ABS_ERROR), session.modes().modes());
		}
		finally {
			session.close();
		}
	}

	@Test
	void aMissingTraceFileIsNamedByItsKey() {
		final InspectForecast command = new InspectForecast(() -> true);
		final String message = assertThrows(CommandException.class, () -> command
			.execute(command.parameters().parse("segmentation=[" + root.resolve(
				MiniZapbenchFiles.SEGMENTATION) + "] traces=[" + shared.resolve(
					"none.npy") + "]"), Progress.silent())).getMessage();
		assertTrue(message.startsWith("Key 'traces'"), message);
	}
}
