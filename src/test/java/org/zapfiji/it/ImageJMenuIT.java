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

package org.zapfiji.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dialog;
import java.awt.Menu;
import java.awt.MenuBar;
import java.awt.MenuItem;
import java.awt.Point;
import java.awt.TextField;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ij.IJ;
import ij.ImageJ;
import ij.Menus;
import ij.plugin.frame.Recorder;

/**
 * The real ImageJ 1 on the X display with the built jar in its plugins folder:
 * the command is in {@code Plugins > ZAP}, its dialog is filled in with mouse
 * and keys, ImageJ's recorder writes the macro line with the declared key, and
 * that line replayed by the batch command with no display does the same.
 */
class ImageJMenuIT {

	private static final String COMMAND = "ZAP Check Installation";

	private static ImageJ imagej;

	@BeforeAll
	static void startImageJWithTheBuiltJar() throws Exception {
		final Path home = Files.createTempDirectory("zap-imagej-home");
		Files.createDirectories(home.resolve("plugins"));
		try (Stream<Path> jars = Files.list(Paths.get("target"))) {
			final Path jar = jars.filter(p -> p.getFileName().toString().matches(
				"ZAP_Fiji-[^-]+(-SNAPSHOT)?\\.jar")).findFirst().orElseThrow(
					() -> new AssertionError(
						"target/ZAP_Fiji-<version>.jar is not built"));
			Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));
		}
		System.setProperty("plugins.dir", home.toString());
		imagej = new ImageJ();
		imagej.exitWhenQuitting(false);
	}

	@AfterAll
	static void quitImageJ() {
		if (Recorder.getInstance() != null) Recorder.getInstance().close();
		imagej.quit();
		// The Log and other non-image windows outlive quit(); later GUI tests share
		// the display.
		for (final java.awt.Window window : java.awt.Window.getWindows())
			window.dispose();
	}

	@Test
	void commandFromTheMenuRecordsAMacroLineThatBatchReplays() throws Exception {
		final MenuItem item = findItem(Menus.getMenuBar(), "Plugins", "ZAP",
			COMMAND);
		assertNotNull(item, "Plugins > ZAP > " + COMMAND +
			" is missing from the menu bar");
		IJ.run("Record...");
		final ScreenRobot robot = new ScreenRobot();

		// Pick the command from the menu, as a click on the item does.
		imagej.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED,
			COMMAND));
		final Dialog dialog = ScreenRobot.awaitDialog(COMMAND, 20);
		final TextField field = ScreenRobot.find(dialog, TextField.class,
			f -> true);
		final Path report = Files.createTempDirectory(Paths.get("/tmp"), "zapgui")
			.resolve("report.json");
		robot.click(field);
		robot.selectAll();
		robot.type(report.toString());
		final BufferedImage shot = robot.screenshot("check-installation-dialog");
		final Point corner = dialog.getLocationOnScreen();
		assertEquals(dialog.getBackground().getRGB(), shot.getRGB(corner.x + 4,
			corner.y + 4), "the dialog is not painted on screen");
		robot.press(KeyEvent.VK_ENTER);

		awaitFile(report, 30);
		assertTrue(Files.readString(report).contains("\"headless\": false"));
		final String recorded = awaitRecordedLine(20);
		assertEquals("run(\"" + COMMAND + "\", \"output=" + report + "\");",
			recorded);
		robot.screenshot("check-installation-done");

		// The recorded line, replayed with no display, writes the same report.
		final Path replayed = report.resolveSibling("replayed.json");
		final Path macro = Files.writeString(report.resolveSibling("recorded.ijm"),
			recorded.replace(report.toString(), replayed.toString()));
		final LauncherScript batch = LauncherScript.run("--batch", macro
			.toString());
		assertEquals(0, batch.status, batch.toString());
		final String fromDialog = Files.readString(report);
		final String fromBatch = Files.readString(replayed);
		assertEquals(section(fromDialog, "extensions"), section(fromBatch,
			"extensions"));
		assertEquals(section(fromDialog, "zapFijiVersion"), section(fromBatch,
			"zapFijiVersion"));
		assertTrue(fromBatch.contains("\"headless\": true"));
	}

	private static MenuItem findItem(final MenuBar bar, final String... path) {
		for (int i = 0; i < bar.getMenuCount(); i++)
			if (bar.getMenu(i).getLabel().equals(path[0])) return findItem(bar
				.getMenu(i), path, 1);
		return null;
	}

	private static MenuItem findItem(final Menu menu, final String[] path,
		final int depth)
	{
		for (int i = 0; i < menu.getItemCount(); i++) {
			final MenuItem item = menu.getItem(i);
			if (!item.getLabel().equals(path[depth])) continue;
			if (depth == path.length - 1) return item;
			if (item instanceof Menu) return findItem((Menu) item, path, depth + 1);
		}
		return null;
	}

	private static String awaitRecordedLine(final int seconds)
		throws InterruptedException
	{
		final Pattern line = Pattern.compile("run\\(\"" + COMMAND +
			"\"[^\\n]*\\);");
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < end) {
			final Matcher m = line.matcher(Recorder.getInstance().getText());
			if (m.find()) return m.group();
			Thread.sleep(100);
		}
		throw new AssertionError("The recorder wrote no line for " + COMMAND +
			": " + Recorder.getInstance().getText());
	}

	private static void awaitFile(final Path file, final int seconds)
		throws InterruptedException
	{
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (!Files.exists(file) && System.currentTimeMillis() < end)
			Thread.sleep(100);
		assertTrue(Files.exists(file), file + " was not written within " + seconds +
			" s");
	}

	/** The text of one top-level JSON member, up to the next top-level member. */
	private static String section(final String json, final String member) {
		final int start = json.indexOf("\n  \"" + member + "\"");
		final int end = json.indexOf("\n  \"", start + 1);
		return json.substring(start, end < 0 ? json.length() : end);
	}
}
