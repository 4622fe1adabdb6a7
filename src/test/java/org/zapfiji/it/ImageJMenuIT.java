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
import java.awt.TextField;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.command.EchoCommand;

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

	/** A failed test must not leave its dialog over the next test's. */
	@org.junit.jupiter.api.AfterEach
	void closeDialogs() {
		for (final java.awt.Window window : java.awt.Window.getWindows())
			if (window instanceof Dialog) window.dispose();
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
		robot.focus(field);
		robot.selectAll();
		robot.type(report.toString());
		assertTrue(ScreenRobot.await(() -> report.toString().equals(field
			.getText()), 20), "the typed path did not arrive: " + field.getText());
		assertTrue(robot.awaitColourShare(dialog, dialog.getBackground().getRGB(),
			0.3, 20), "the dialog is not painted on screen (see target/screenshots)");
		robot.screenshot("check-installation-dialog");
		robot.press(KeyEvent.VK_ENTER);

		awaitFile(report, 30);
		assertTrue(Files.readString(report).contains("\"headless\": false"));
		final String recorded = awaitRecordedLine(COMMAND, 20);
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

	/**
	 * A command with one parameter of each kind, its dialog filled in with mouse
	 * and keys: the recorder writes exactly the declared keys, and the recorded
	 * line replayed by ImageJ's interpreter in a JVM with no display delivers the
	 * same arguments.
	 */
	@Test
	void everyKindOfFieldRecordsItsDeclaredKey() throws Exception {
		Menus.getCommands().put("ZAP Test Echo", EchoCommand.class.getName());
		if (Recorder.getInstance() == null) IJ.run("Record...");
		final ScreenRobot robot = new ScreenRobot();
		final Path folder = Files.createTempDirectory(Paths.get("/tmp"), "zapecho");
		final Path output = folder.resolve("dialog.txt");
		IJ.doCommand("ZAP Test Echo");
		final Dialog dialog = ScreenRobot.awaitDialog("ZAP Test Echo", 20);
		final java.util.List<TextField> fields = ScreenRobot.findAll(dialog,
			TextField.class);
		assertEquals(4, fields.size(), "output, width, sigma and comment fields");
		fillIn(robot, fields.get(0), output.toString());
		fillIn(robot, fields.get(1), "64");
		fillIn(robot, fields.get(3), "two words");
		fillIn(robot, fields.get(2), "0.406");
		// Keyboard only, as a user tabbing through the dialog: Tab to the
		// choice, two steps down to "yz", Tab to the checkbox, Space unticks it.
		final java.awt.Choice plane = ScreenRobot.find(dialog,
			java.awt.Choice.class, c -> true);
		final java.awt.Checkbox snap = ScreenRobot.find(dialog,
			java.awt.Checkbox.class, c -> true);
		robot.press(KeyEvent.VK_TAB);
		robot.focus(plane);
		robot.press(KeyEvent.VK_DOWN);
		robot.press(KeyEvent.VK_DOWN);
		assertTrue(ScreenRobot.await(() -> "yz".equals(plane.getSelectedItem()),
			20), "the choice follows the arrow keys");
		robot.press(KeyEvent.VK_TAB);
		robot.focus(snap);
		robot.press(KeyEvent.VK_SPACE);
		assertTrue(ScreenRobot.await(() -> !snap.getState(), 20),
			"Space unticks the checkbox");
		robot.screenshot("echo-dialog");
		robot.click(ScreenRobot.find(dialog, java.awt.Button.class, b -> b
			.getLabel().trim().equals("OK")));

		awaitFile(output, 30);
		final String recorded = awaitRecordedLine("ZAP Test Echo", 20);
		assertEquals("run(\"ZAP Test Echo\", \"output=" + output +
			" width=64 sigma=0.406 plane=yz comment=[two words]\");", recorded);
		assertEquals("output=" + output +
			" width=64 sigma=0.406 plane=yz comment=[two words]", Files.readString(
				output));

		final Path replayed = folder.resolve("replayed.txt");
		final Path macro = Files.writeString(folder.resolve("echo.ijm"), recorded
			.replace(output.toString(), replayed.toString()));
		final Process batch = new ProcessBuilder("java", "-Djava.awt.headless=true",
			"-cp", System.getProperty("java.class.path"), BatchMacroRunner.class
				.getName(), "--batch", macro.toString()).inheritIO().start();
		assertEquals(0, batch.waitFor());
		assertEquals(Files.readString(output).replace(output.toString(), "OUT"),
			Files.readString(replayed).replace(replayed.toString(), "OUT"));
	}

	private static void fillIn(final ScreenRobot robot, final TextField field,
		final String text) throws InterruptedException
	{
		robot.click(field);
		robot.focus(field);
		robot.selectAll();
		robot.type(text);
		assertTrue(ScreenRobot.await(() -> text.equals(field.getText()), 20),
			"typed '" + text + "', the field shows '" + field.getText() + "'");
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

	private static String awaitRecordedLine(final String command,
		final int seconds) throws InterruptedException
	{
		final Pattern line = Pattern.compile("run\\(\"" + command +
			"\"[^\\n]*\\);");
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < end) {
			final Matcher m = line.matcher(Recorder.getInstance().getText());
			if (m.find()) return m.group();
			Thread.sleep(100);
		}
		throw new AssertionError("The recorder wrote no line for " + command +
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
