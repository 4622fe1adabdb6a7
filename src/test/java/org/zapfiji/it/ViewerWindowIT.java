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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.overlay.UnitNames;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * The viewer window on the mini-ZAPBench raw recording, driven through the X
 * display with mouse and keys as a person would: pan, next time point, browse
 * z, data on screen, the status line in µm, split view.
 */
class ViewerWindowIT {

	private static ChunkLoader loader;

	private static Dataset dataset;

	private static ViewerFrame frame;

	private static ScreenRobot screen;

	private static Robot robot;

	@BeforeAll
	static void openTheViewer() throws Exception {
		final Path root = Files.createTempDirectory("zap-viewer-it");
		MiniZapbench.write(root, MiniZapbench.DEFAULT_SEED);
		dataset = new VolumeFormats(Extensions.discover(ViewerWindowIT.class
			.getClassLoader())).open(root.resolve("volumes/20240930/raw"));
		final Volume volume = dataset.volumes().get(0);
		loader = new ChunkLoader(new ChunkCache(256L << 20), 2);
		final List<ViewerSource> sources = VolumeSource.channels(volume, loader);
		screen = new ScreenRobot();
		robot = new Robot();
		robot.setAutoDelay(10);
		frame = ViewerFrame.show("ZAP Viewer IT", sources, loader);
		SwingUtilities.invokeAndWait(() -> frame.setLocation(40, 40));
		assertTrue(ScreenRobot.await(() -> frame.isShowing() && new Point(40, 40)
			.equals(frame.getLocationOnScreen()), 10), "window placed");
		ViewerFrames.awaitCompleteFrame(frame.panel());
		Thread.sleep(300);
	}

	@AfterAll
	static void closeTheViewer() throws Exception {
		if (frame != null) SwingUtilities.invokeAndWait(frame::dispose);
		if (frame != null) assertTrue(ScreenRobot.await(() -> !frame.panel()
			.renderLoop().isRunning(), 5), "closing the window stops its painter");
		if (loader != null) loader.close();
		if (dataset != null) dataset.close();
	}

	@Test
	void theWindowShowsDataAndDragsScrollsAndStepsTime() throws Exception {
		final ViewerPanel panel = frame.panel();
		final ViewerState state = panel.state();
		final Point origin = panel.getLocationOnScreen();
		final int cx = origin.x + panel.getWidth() / 2;
		final int cy = origin.y + panel.getHeight() / 2;

		final Color middle = robot.getPixelColor(cx, cy);
		assertTrue(middle.getRed() + middle.getGreen() + middle.getBlue() > 0,
			"the middle of the panel shows data, not black: " + middle);
		robot.mouseMove(cx + 5, cy + 5);
		final String unit = UnitNames.shortName(state.snapshot().sources().get(0)
			.spaceUnit());
		assertEquals("\u00b5m", unit,
			"the voxel size comes from the file's dimension_units (\"406 nm\")");
		assertTrue(ScreenRobot.await(() -> frame.statusLine().getText().matches(
			"x [-0-9.]+ y [-0-9.]+ z [-0-9.]+" + (unit.isEmpty() ? "" : " " + unit) +
				"   voxel \\d+, \\d+, \\d+   value \\d+ .*"), 10), "status line: " +
					frame.statusLine().getText());
		screen.screenshot("viewer-window");

		// Right-drag pans by the drag distance.
		final Affine3D before = state.transform();
		robot.mouseMove(cx, cy);
		robot.mousePress(InputEvent.BUTTON3_DOWN_MASK);
		for (int i = 1; i <= 10; i++)
			robot.mouseMove(cx + 6 * i, cy + 4 * i);
		robot.mouseRelease(InputEvent.BUTTON3_DOWN_MASK);
		final Affine3D expected = ViewTransforms.translate(before, 60, 40, 0);
		assertTrue(ScreenRobot.await(() -> state.transform().approximatelyEquals(
			expected, 0.5), 10), "panned by (60, 40): " + before + " -> " + state
				.transform());

		// ] steps time.
		screen.focus(panel);
		screen.press(KeyEvent.VK_CLOSE_BRACKET);
		assertTrue(ScreenRobot.await(() -> state.time() == 1, 10), "time " + state
			.time());
		assertTrue(ScreenRobot.await(() -> frame.timeSlider().slider()
			.getValue() == 1, 10), "the time slider follows");

		// Scrolling moves the plane: the point under the centre changes depth.
		final double zBefore = ViewTransforms.globalAt(state.transform(), cx -
			origin.x, cy - origin.y)[2];
		robot.mouseMove(cx, cy);
		robot.mouseWheel(1);
		assertTrue(ScreenRobot.await(() -> ViewTransforms.globalAt(state
			.transform(), cx - origin.x, cy - origin.y)[2] != zBefore, 10),
			"scroll moved the plane");
		ViewerFrames.awaitCompleteFrame(panel);
		Thread.sleep(300);
		screen.screenshot("viewer-after-navigation");
	}

	@Test
	void splitViewShowsTwoLinkedPanels() throws Exception {
		final ViewerPanel panel = frame.panel();
		screen.focus(panel);
		screen.press(KeyEvent.VK_F3);
		assertTrue(ScreenRobot.await(() -> frame.splitView().isSplit(), 10),
			"F3 splits the view");
		final ViewerPanel second = frame.splitView().second();
		ViewerFrames.awaitCompleteFrame(second);
		ViewerFrames.awaitCompleteFrame(panel);
		panel.state().setTime(3);
		assertEquals(3, second.state().time());
		Thread.sleep(500);
		screen.screenshot("viewer-split");
		final AtomicReference<Boolean> split = new AtomicReference<>();
		SwingUtilities.invokeAndWait(() -> {
			frame.splitView().toggle();
			split.set(frame.splitView().isSplit());
		});
		assertNotEquals(Boolean.TRUE, split.get());
	}
}
