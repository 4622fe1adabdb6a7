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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.task.Progress;

/**
 * {@code ZAP Open in Viewer} with no display fails with a message that points
 * to {@code ZAP Render View}; where windows are allowed it opens the sources.
 */
class OpenInViewerTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(OpenInViewerTest.class.getClassLoader());
	}

	@Test
	void withNoDisplayTheCommandSuggestsRenderView() throws Exception {
		final Path tiff = TestVolumes.tiff(folder.resolve("known.tif"));
		final OpenInViewer command = new OpenInViewer();
		final String message = assertThrows(CommandException.class, () -> command
			.execute(command.parameters().parse("input=[" + tiff + "]"), Progress
				.silent())).getMessage();
		assertEquals("The viewer is a window and needs a display; this ImageJ " +
			"runs without one. To make pictures of a view without a window, use " +
			"ZAP Render View (keys input, output, plane, center, zoom, time).",
			message);
	}

	@Test
	void aBatchMacroStopsWithThatMessageNotAHeadlessException() throws Exception {
		final Path tiff = TestVolumes.tiff(folder.resolve("known.tif"));
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Open in Viewer\", \"input=[" + tiff + "]\");", "");
		assertTrue(failure.startsWith("ZAP Open in Viewer: The viewer is a " +
			"window and needs a display"), failure);
		assertTrue(failure.contains("use ZAP Render View"), failure);
		assertFalse(failure.contains("HeadlessException"), failure);
	}

	@Test
	void whereWindowsAreAllowedTheSourcesAreOpened() throws Exception {
		final Path a = TestVolumes.tiff(folder.resolve("a.tif"));
		final Path b = TestVolumes.tiff(folder.resolve("b.tif"));
		final OpenInViewer command = new OpenInViewer(() -> true);
		try (ViewerSources opened = command.execute(command.parameters().parse(
			"input=[" + a + ";" + b + "] volume=0"), Progress.silent()))
		{
			assertEquals("a.tif + b.tif", opened.title());
			assertEquals(2, opened.sources().size());
			assertEquals(5, opened.sources().get(0).dimensions(0)[2]);
		}
	}

	@Test
	void badInputIsReportedBeforeAnyWindow() throws Exception {
		final OpenInViewer command = new OpenInViewer(() -> true);
		final Path missing = folder.resolve("gone.zarr");
		assertEquals(missing + ": no such file or folder", assertThrows(
			CommandException.class, () -> command.execute(command.parameters().parse(
				"input=[" + missing + "]"), Progress.silent())).getMessage());
	}
}
