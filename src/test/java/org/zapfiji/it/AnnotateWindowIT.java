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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.Edit;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.annotation.Annotate;
import org.zapfiji.plugin.annotation.AnnotationSession;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * {@code ZAP Annotate} on the mini-ZAPBench recording, driven through the X
 * display with real keys and mouse: A over a neuron adds one mark at its
 * center, Space-drag moves it, D deletes it, ctrl Z brings it back and ctrl
 * shift Z deletes it again; the store and the drawn outline follow each step.
 */
class AnnotateWindowIT {

	private static AnnotateWindow window;

	private static Path project;

	private static AnnotationSession session;

	private static ViewerFrame frame;

	private static ScreenRobot screen;

	private static Robot robot;

	@BeforeAll
	static void openTheWindow() throws Exception {
		window = AnnotateWindow.open("robot", List.of(), "robot",
			"annotator=robot method=centroid");
		project = window.project;
		session = window.session;
		frame = window.frame;
		screen = new ScreenRobot();
		robot = new Robot();
		robot.setAutoDelay(10);
	}

	@AfterAll
	static void closeTheWindow() throws Exception {
		if (window != null) window.close();
	}

	@Test
	void keysAddMoveDeleteUndoAndRedoAMark() throws Exception {
		final ViewerPanel panel = frame.panel();
		final ViewerState state = panel.state();
		final double[] neuron = isolatedNeuronNearASlice();
		final double sliceZ = Math.rint(neuron[2] / 4) * 4;
		final double scale = state.transform().scale();
		state.setTransform(ViewTransforms.centeredOn(new double[] { neuron[0],
			neuron[1], sliceZ }, Plane.XY, scale, panel.getWidth(), panel
				.getHeight()));
		ViewerFrames.awaitCompleteFrame(panel);
		final Point origin = panel.getLocationOnScreen();
		final int cx = panel.getWidth() / 2, cy = panel.getHeight() / 2;

		// A, half a micrometre off the neuron: a mark at its center.
		robot.mouseMove(origin.x + cx + 5, origin.y + cy - 4);
		screen.focus(panel);
		screen.press(KeyEvent.VK_A);
		final ProjectStore store = session.store();
		assertTrue(ScreenRobot.await(() -> store.markCount() == 1, 10),
			"A added a mark");
		final Mark added = store.marks().get(0);
		assertArrayEquals(ViewTransforms.globalAt(state.transform(), cx + 5, cy -
			4), added.click(), 1e-9, "the raw click is the point under the mouse");
		assertTrue(Math.hypot(added.x() - neuron[0], added.y() - neuron[1]) < 0.6 &&
			Math.abs(added.z() - neuron[2]) < 1.5, "snapped to the neuron at " +
				java.util.Arrays.toString(neuron) + ": " + added);
		assertEquals("centroid", added.refinement());
		final double[] at = state.transform().apply(added.x(), added.y(), added
			.z());
		assertTrue(awaitOutline(origin, at, true), "the outline is drawn");
		screen.screenshot("annotate-added");

		// Hold Space and drag: the mark follows, the view does not turn.
		final Affine3D view = state.transform();
		final int fromX = origin.x + (int) Math.round(at[0]);
		final int fromY = origin.y + (int) Math.round(at[1]);
		robot.mouseMove(fromX, fromY);
		robot.keyPress(KeyEvent.VK_SPACE);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		for (int i = 1; i <= 8; i++)
			robot.mouseMove(fromX + 5 * i, fromY + 3 * i);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		robot.keyRelease(KeyEvent.VK_SPACE);
		final double[] expected = { added.x() + 40 / scale, added.y() + 24 /
			scale };
		assertTrue(ScreenRobot.await(() -> {
			final Mark m = store.mark(added.id()).get();
			return Math.abs(m.x() - expected[0]) < 0.05 && Math.abs(m.y() -
				expected[1]) < 0.05;
		}, 10), "Space-drag moved the mark by (40, 24) pixels: " + store.mark(added
			.id()));
		assertEquals(view, state.transform(), "and did not rotate the view");
		final double[] movedAt = { at[0] + 40, at[1] + 24 };
		assertTrue(awaitOutline(origin, movedAt, true));

		// D deletes the mark under the mouse.
		screen.press(KeyEvent.VK_D);
		assertTrue(ScreenRobot.await(() -> store.markCount() == 0, 10),
			"D deleted it");
		robot.mouseMove(origin.x + 5, origin.y + panel.getHeight() + 10);
		assertTrue(awaitOutline(origin, movedAt, false), "no outline left");

		// ctrl Z restores it where it was moved to; ctrl shift Z deletes it again.
		screen.focus(panel);
		chord(KeyEvent.VK_CONTROL, KeyEvent.VK_Z);
		assertTrue(ScreenRobot.await(() -> store.markCount() == 1, 10),
			"ctrl Z restored it");
		assertEquals(expected[0], store.marks().get(0).x(), 0.05);
		assertTrue(awaitOutline(origin, movedAt, true));
		screen.screenshot("annotate-restored");
		chord(KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT, KeyEvent.VK_Z);
		assertTrue(ScreenRobot.await(() -> store.markCount() == 0, 10),
			"ctrl shift Z deleted it again");

		final List<Edit> edits = store.edits();
		assertEquals(5, edits.size(), "add, move, delete, undo, redo: " + edits);
		for (final Edit e : edits)
			assertEquals("robot", e.annotator());
		assertFalse(edits.get(3).undoes() == null, "the fourth is an undo");
	}

	/**
	 * A neuron within a micrometre of a 4 µm slice, with no other neuron within 8
	 * µm, so a click on it is unambiguous and the drag moves it into clear space.
	 */
	private static double[] isolatedNeuronNearASlice() {
		final List<double[]> neurons = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		for (final double[] n : neurons) {
			if (Math.abs(n[2] - Math.rint(n[2] / 4) * 4) > 1 || n[0] < 15 ||
				n[1] < 15 || n[0] > 70 || n[1] > 50) continue;
			boolean alone = true;
			for (final double[] o : neurons)
				if (o != n && Math.hypot(o[0] - n[0], o[1] - n[1]) < 8 && Math.abs(
					o[2] - n[2]) < 6) alone = false;
			if (alone) return n;
		}
		throw new AssertionError("no isolated neuron in the mini-ZAPBench");
	}

	/**
	 * Waits until the screen shows (or no longer shows) the yellow of an
	 * unreviewed mark on a ring around panel point {@code at}: at least 30 pixels
	 * between 60 % and 140 % of the mark's radius on screen, away from the
	 * preview cross at the center.
	 */
	private static boolean awaitOutline(final Point origin, final double[] at,
		final boolean shown) throws InterruptedException
	{
		final double radius = 2.5 * frame.panel().state().transform().scale();
		return ScreenRobot.await(() -> {
			final BufferedImage image = screen.capture();
			int yellow = 0;
			for (int dy = (int) -radius * 2; dy <= radius * 2; dy++)
				for (int dx = (int) -radius * 2; dx <= radius * 2; dx++) {
					final double d = Math.hypot(dx, dy);
					if (d < 0.6 * radius || d > 1.4 * radius) continue;
					final int rgb = image.getRGB(origin.x + (int) at[0] + dx, origin.y +
						(int) at[1] + dy);
					final int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
					if (r > 180 && g > 140 && b < g / 2) yellow++;
				}
			return shown == yellow >= 30;
		}, 10);
	}

	private static void chord(final int... keys) {
		for (final int k : keys)
			robot.keyPress(k);
		for (int i = keys.length - 1; i >= 0; i--)
			robot.keyRelease(keys[i]);
	}
}
