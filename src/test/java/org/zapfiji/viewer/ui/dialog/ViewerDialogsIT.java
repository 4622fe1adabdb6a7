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

package org.zapfiji.viewer.ui.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.ui.input.FixedSource;
import org.zapfiji.viewer.ui.input.InputBindings;
import org.zapfiji.viewer.ui.input.Keymap;
import org.zapfiji.viewer.ui.input.NavigationBehaviours;
import org.zapfiji.viewer.ui.input.SyntheticInput;

/**
 * The three dialogs as real windows on the X display: opened by their keys,
 * owned by the viewer's frame, reused when asked for again, and their edits
 * reach the viewer state. Screenshots go to {@code target/screenshots}.
 */
class ViewerDialogsIT {

	private final SynchronizedViewerState state = ViewerStates.of(List.of(
		new FixedSource("anatomy", 4), new FixedSource("dF/F", 4)), 400, 300);

	private JFrame frame;

	private JPanel panel;

	private InputBindings bindings;

	@AfterEach
	void close() throws Exception {
		onEdt(() -> {
			frame.dispose();
			return null;
		});
	}

	private void open() throws Exception {
		onEdt(() -> {
			frame = new JFrame("viewer");
			panel = new JPanel();
			panel.setPreferredSize(new Dimension(400, 300));
			frame.add(panel);
			frame.pack();
			frame.setLocation(20, 20);
			frame.setVisible(true);
			bindings = new InputBindings(panel, Keymap.defaults());
			NavigationBehaviours.install(bindings, state, panel);
			ViewerActions.install(bindings, state, panel);
			return null;
		});
	}

	@Test
	void eachKeyOpensItsDialogOnceAndEditsReachTheState() throws Exception {
		open();
		final HelpWindow help = (HelpWindow) press(KeyEvent.VK_F1,
			"Keys and mouse");
		assertSame(frame, help.getOwner());
		assertFalse(help.isModal());
		assertEquals(bindings.bindings().size(), onEdt(() -> help.table()
			.getRowCount()));
		screenshot("viewer-help", help);
		assertSame(help, press(KeyEvent.VK_H, "Keys and mouse"), "reused");

		final BrightnessDialog brightness = (BrightnessDialog) press(KeyEvent.VK_S,
			"Brightness and colour");
		assertEquals(2, brightness.rows().size());
		onEdt(() -> {
			brightness.rows().get(1).maxSpinner().setValue(345.0);
			return null;
		});
		assertEquals(345.0, state.snapshot().display(1).max());
		onEdt(() -> {
			new DisplayEdits(state).setMin(1, 12);
			return null;
		});
		awaitTrue(() -> ((Number) brightness.rows().get(1).minSpinner().getValue())
			.doubleValue() == 12, "a change made elsewhere shows in the dialog");
		screenshot("viewer-brightness", brightness);

		final VisibilityDialog visibility = (VisibilityDialog) press(KeyEvent.VK_F6,
			"Visibility");
		onEdt(() -> {
			visibility.visibleBoxes().get(0).doClick();
			visibility.currentButtons().get(1).doClick();
			return null;
		});
		assertFalse(state.snapshot().display(0).visible());
		assertEquals(1, state.snapshot().currentSource());
		screenshot("viewer-visibility", visibility);
	}

	private JDialog press(final int key, final String title) throws Exception {
		onEdt(() -> {
			new SyntheticInput(panel).type(key);
			return null;
		});
		final AtomicReference<JDialog> found = new AtomicReference<>();
		awaitTrue(() -> {
			for (final Window w : Window.getWindows())
				if (w instanceof JDialog && w.isShowing() && title.equals(((JDialog) w)
					.getTitle())) found.set((JDialog) w);
			return found.get() != null;
		}, "dialog '" + title + "' shown");
		return found.get();
	}

	private static void awaitTrue(final Callable<Boolean> condition,
		final String what) throws Exception
	{
		final long end = System.currentTimeMillis() + 10_000;
		while (!onEdt(condition)) {
			assertTrue(System.currentTimeMillis() < end, what);
			Thread.sleep(50);
		}
	}

	private static void screenshot(final String name, final Window window)
		throws Exception
	{
		Thread.sleep(500);
		final Path folder = Paths.get("target", "screenshots");
		Files.createDirectories(folder);
		final Robot robot = new Robot();
		ImageIO.write(robot.createScreenCapture(new Rectangle(Toolkit
			.getDefaultToolkit().getScreenSize())), "png", folder.resolve(name +
				".png").toFile());
		assertTrue(window.isShowing());
	}

	private static <T> T onEdt(final Callable<T> task) throws Exception {
		final AtomicReference<T> result = new AtomicReference<>();
		final AtomicReference<Exception> failure = new AtomicReference<>();
		EventQueue.invokeAndWait(() -> {
			try {
				result.set(task.call());
			}
			catch (final Exception e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) throw failure.get();
		return result.get();
	}
}
