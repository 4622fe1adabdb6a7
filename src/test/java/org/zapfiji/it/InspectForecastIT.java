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

import java.awt.Point;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zapfiji.activity.ActivityColors.Mode;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.activity.StepsAhead;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.plugin.activity.InspectForecast;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.activity.ActivityModeOverlay;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * {@code ZAP Inspect Forecast} on the mini-ZAPBench, driven through the X
 * display: at a frame one step into a forecast window, the centre of a neuron
 * shows the recorded colour of its trace value; alt 3 turns it into the
 * blue–white–red colour of predicted − recorded, alt 1 back. Expected colours
 * come from the traces and forecasts read independently ({@link StepsAhead})
 * through the window's colour scales; the mode overlay says what is shown.
 */
class InspectForecastIT {

	private static Path root;

	private static InspectForecast.Session session;

	private static ViewerFrame frame;

	private static ScreenRobot screen;

	private static Robot robot;

	@BeforeAll
	static void openTheWindow() throws Exception {
		root = MiniZapbenchFiles.write(Files.createTempDirectory("zap-inspect-it")
			.resolve("mini"));
		final InspectForecast command = new InspectForecast();
		session = command.execute(command.parameters().parse("segmentation=[" + root
			.resolve(MiniZapbenchFiles.SEGMENTATION) + "] traces=[" + root.resolve(
				MiniZapbenchFiles.TRACES) + "] predictions=[" + predictions() +
			"] steps_ahead=1"), Progress.silent());
		frame = session.show();
		SwingUtilities.invokeAndWait(() -> frame.setLocation(40, 40));
		assertTrue(ScreenRobot.await(() -> frame.isShowing() && new Point(40, 40)
			.equals(frame.getLocationOnScreen()), 10), "window placed");
		screen = new ScreenRobot();
		robot = new Robot();
		robot.setAutoDelay(10);
	}

	@AfterAll
	static void closeTheWindow() throws Exception {
		for (final Window w : Window.getWindows())
			if (w.isDisplayable()) SwingUtilities.invokeAndWait(w::dispose);
	}

	@Test
	void altThreeTurnsTheRecordedColourIntoTheDifferenceColour()
		throws Exception
	{
		final Conditions c = Conditions.findAbove(predictions());
		final int t = c.firstTestTarget(0) + 1;
		final int[] centre = uniformNeuronCentre();
		final int neuron = centre[3];
		final float recorded = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES)).readFrames(t, 1)[neuron];
		final float predicted = new StepsAhead(Forecasts.open(predictions(), null),
			c, 1).predicted(t)[neuron];
		final ActivityModes modes = session.modes();
		final int recordedColour = modes.palette(Mode.RECORDED).color(recorded);
		final int differenceColour = modes.palette(Mode.DIFFERENCE).color(
			Mode.DIFFERENCE.value(recorded, predicted));
		assertNotEquals(recordedColour, differenceColour);

		final ViewerPanel panel = frame.panel();
		SwingUtilities.invokeAndWait(() -> {
			panel.state().setTime(t);
			panel.state().setTransform(ViewTransforms.centeredOn(new double[] {
				centre[0] * 0.406, centre[1] * 0.406, centre[2] * 4.0 }, Plane.XY, 8,
				panel.getWidth(), panel.getHeight()));
		});
		assertTrue(ScreenRobot.await(() -> frame.timeSlider().slider()
			.getValue() == t, 10), "the time slider is the frame");
		ViewerFrames.awaitCompleteFrame(panel);
		final Point origin = panel.getLocationOnScreen();
		final int x = origin.x + panel.getWidth() / 2, y = origin.y + panel
			.getHeight() / 2;
		assertTrue(screen.awaitPixel(x, y, 0xff000000 | recordedColour, 10),
			"recorded colour " + hex(recordedColour) + " at the neuron, not " + hex(
				robot.getPixelColor(x, y).getRGB()));
		assertEquals("recorded", overlay().text().substring(0, 8));
		screen.screenshot("inspect-forecast-recorded");

		robot.mouseMove(x + 50, y + 50);
		screen.focus(panel);
		chord(KeyEvent.VK_ALT, KeyEvent.VK_3);
		assertTrue(ScreenRobot.await(() -> modes.mode() == Mode.DIFFERENCE, 10),
			"alt 3 shows the difference");
		assertTrue(screen.awaitPixel(x, y, 0xff000000 | differenceColour, 10),
			"difference colour " + hex(differenceColour) + " at the neuron, not " +
				hex(robot.getPixelColor(x, y).getRGB()));
		assertTrue(overlay().text().startsWith("difference"), overlay().text());
		screen.screenshot("inspect-forecast-difference");

		chord(KeyEvent.VK_ALT, KeyEvent.VK_1);
		assertTrue(screen.awaitPixel(x, y, 0xff000000 | recordedColour, 10),
			"alt 1 brings the recorded colour back");
	}

	private static ActivityModeOverlay overlay() {
		for (final ViewerOverlay o : frame.panel().overlays())
			if (o instanceof ActivityModeOverlay) return (ActivityModeOverlay) o;
		throw new AssertionError("no mode overlay");
	}

	/**
	 * x, y, z voxel and column of a neuron whose label fills the 5 × 5 voxels
	 * around its rounded centre, so the pixel looked at is the neuron's whatever
	 * the renderer does at voxel edges.
	 */
	private static int[] uniformNeuronCentre() throws Exception {
		final List<double[]> neurons = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		for (int k = 0; k < neurons.size(); k++) {
			final double[] n = neurons.get(k);
			final int x = (int) Math.round(n[0] / 0.406), y = (int) Math.round(n[1] /
				0.406), z = (int) Math.round(n[2] / 4.0);
			if (z < 0 || z >= 8 || x < 3 || y < 3) continue;
			final float[] plane = VolumeRegion.read(MiniZapbenchFiles.open(root,
				MiniZapbenchFiles.SEGMENTATION), 0, new long[] { x - 2, y - 2, z },
				new int[] { 5, 5, 1 }, new ChunkCache(1L << 20));
			boolean uniform = true;
			for (final float v : plane)
				uniform &= v == k + 1;
			if (uniform) return new int[] { x, y, z, k };
		}
		throw new AssertionError("no neuron fills 5 × 5 voxels around its centre");
	}

	private static Path predictions() {
		return root.resolve(MiniZapbenchFiles.EXPERIMENT).resolve("predictions");
	}

	private static void chord(final int modifier, final int key) {
		robot.keyPress(modifier);
		robot.keyPress(key);
		robot.keyRelease(key);
		robot.keyRelease(modifier);
	}

	private static String hex(final int rgb) {
		return String.format("#%06x", rgb & 0xffffff);
	}
}
