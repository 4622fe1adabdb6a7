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

import java.awt.AWTException;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

/**
 * Drives real windows on the X display the way a person does (mouse, keys) and
 * saves what the screen shows under {@code target/screenshots}.
 */
final class ScreenRobot {

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private final Robot robot;

	ScreenRobot() throws AWTException {
		if (GraphicsEnvironment.isHeadless()) throw new IllegalStateException(
			"GUI tests need a display; run them with ./zap-fiji test, which starts Xvfb");
		robot = new Robot();
		robot.setAutoDelay(15);
	}

	/**
	 * Waits up to {@code seconds} for a showing dialog with this title, then puts
	 * it at a known place. Without a window manager a dialog that centres itself
	 * can be somewhere else on the X server than AWT believes for a moment, and
	 * clicks computed from AWT's position then miss.
	 */
	static Dialog awaitDialog(final String title, final int seconds)
		throws InterruptedException
	{
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < end) {
			for (final Window w : Window.getWindows())
				if (w instanceof Dialog && w.isShowing() && title.equals(((Dialog) w)
					.getTitle())) return placed((Dialog) w);
			Thread.sleep(50);
		}
		throw new AssertionError("No dialog '" + title + "' appeared within " +
			seconds + " s");
	}

	private static Dialog placed(final Dialog dialog)
		throws InterruptedException
	{
		final Point where = new Point(120, 520);
		Thread.sleep(300); // let the dialog finish its own placement first
		java.awt.EventQueue.invokeLater(() -> dialog.setLocation(where));
		if (!await(() -> dialog.isShowing() && where.equals(dialog
			.getLocationOnScreen()), 10)) throw new AssertionError("dialog '" + dialog
				.getTitle() + "' did not move to " + where);
		Thread.sleep(300); // and the X server to show it there
		return dialog;
	}

	/**
	 * Waits up to {@code seconds} for {@code condition}: input from the robot
	 * reaches the components asynchronously, through the X server.
	 */
	static boolean await(final java.util.function.BooleanSupplier condition,
		final int seconds) throws InterruptedException
	{
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) return false;
			Thread.sleep(20);
		}
		return true;
	}

	/** The first component in {@code root} (depth first) that matches. */
	static <T extends Component> T find(final Container root, final Class<T> type,
		final Predicate<T> accept)
	{
		for (final Component c : root.getComponents()) {
			if (type.isInstance(c) && accept.test(type.cast(c))) return type.cast(c);
			if (c instanceof Container) {
				final T inner = find((Container) c, type, accept);
				if (inner != null) return inner;
			}
		}
		return null;
	}

	/**
	 * Lets the input reach the windows: a short pause for the X server, then
	 * everything queued on the event thread. {@link Robot#waitForIdle()} is not
	 * used: on Xvfb without a window manager its X round trip sometimes times out
	 * on every call, which made one test take minutes.
	 */
	private void settle() {
		robot.delay(20);
		try {
			java.awt.EventQueue.invokeAndWait(() -> {});
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (final java.lang.reflect.InvocationTargetException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** Every component in {@code root} of {@code type}, in layout order. */
	static <T extends Component> java.util.List<T> findAll(final Container root,
		final Class<T> type)
	{
		final java.util.List<T> found = new java.util.ArrayList<>();
		for (final Component c : root.getComponents()) {
			if (type.isInstance(c)) found.add(type.cast(c));
			if (c instanceof Container) found.addAll(findAll((Container) c, type));
		}
		return found;
	}

	void click(final Component component) {
		final Point p = component.getLocationOnScreen();
		robot.mouseMove(p.x + component.getWidth() / 2, p.y + component
			.getHeight() / 2);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		settle();
	}

	/**
	 * Makes sure keys go to {@code component}: waits for the focus a click or Tab
	 * gave it, and asks for it when it did not come (a freshly started X server
	 * without a window manager sometimes drops the first focus change).
	 */
	void focus(final Component component) throws InterruptedException {
		if (await(component::hasFocus, 3)) return;
		java.awt.EventQueue.invokeLater(component::requestFocus);
		if (!await(component::hasFocus, 10)) throw new AssertionError(component
			.getClass().getSimpleName() + " never got the keyboard focus");
	}

	void selectAll() {
		chord(KeyEvent.VK_CONTROL, KeyEvent.VK_A);
	}

	void press(final int keyCode) {
		robot.keyPress(keyCode);
		robot.keyRelease(keyCode);
		settle();
	}

	/** Types plain ASCII text: letters, digits, space and {@code / . _ - :}. */
	void type(final String text) {
		for (final char c : text.toCharArray()) {
			if (Character.isUpperCase(c)) chord(KeyEvent.VK_SHIFT, KeyEvent
				.getExtendedKeyCodeForChar(Character.toLowerCase(c)));
			else if (c == '_') chord(KeyEvent.VK_SHIFT, KeyEvent.VK_MINUS);
			else if (c == ':') chord(KeyEvent.VK_SHIFT, KeyEvent.VK_SEMICOLON);
			else press(KeyEvent.getExtendedKeyCodeForChar(c));
		}
	}

	/** Waits up to {@code seconds} until the screen shows {@code rgb} at x, y. */
	boolean awaitPixel(final int x, final int y, final int rgb, final int seconds)
		throws InterruptedException
	{
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < end) {
			if (robot.getPixelColor(x, y).getRGB() == rgb) return true;
			Thread.sleep(50);
		}
		return false;
	}

	/**
	 * Waits up to {@code seconds} until at least {@code share} of the pixels of
	 * {@code window} on screen have the colour {@code rgb}; saves the screen as
	 * {@code not-painted.png} if they never do. The window's bounds are read
	 * again each time: a dialog may still be moving to its place.
	 */
	boolean awaitColourShare(final Window window, final int rgb,
		final double share, final int seconds) throws InterruptedException,
		IOException
	{
		final long end = System.currentTimeMillis() + seconds * 1000L;
		while (System.currentTimeMillis() < end) {
			final Rectangle area = new Rectangle(window.getLocationOnScreen(), window
				.getSize());
			final BufferedImage image = robot.createScreenCapture(area);
			long hits = 0;
			for (int y = 0; y < image.getHeight(); y++)
				for (int x = 0; x < image.getWidth(); x++)
					if (image.getRGB(x, y) == rgb) hits++;
			if (hits >= share * image.getWidth() * image.getHeight()) return true;
			Thread.sleep(100);
		}
		screenshot("not-painted");
		return false;
	}

	/** The whole screen now. */
	BufferedImage capture() {
		return robot.createScreenCapture(new Rectangle(Toolkit.getDefaultToolkit()
			.getScreenSize()));
	}

	/** Captures the screen into {@code target/screenshots/<name>.png}. */
	BufferedImage screenshot(final String name) throws IOException {
		final BufferedImage image = capture();
		Files.createDirectories(SCREENSHOTS);
		ImageIO.write(image, "png", SCREENSHOTS.resolve(name + ".png").toFile());
		return image;
	}

	private void chord(final int modifier, final int key) {
		robot.keyPress(modifier);
		robot.keyPress(key);
		robot.keyRelease(key);
		robot.keyRelease(modifier);
		settle();
	}
}
