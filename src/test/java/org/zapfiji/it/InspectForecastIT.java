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
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityColors.Mode;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.activity.Conditions;
import org.zapfiji.activity.Forecast;
import org.zapfiji.activity.Forecasts;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.activity.NeuronRanking;
import org.zapfiji.activity.OneWindow;
import org.zapfiji.activity.StepsAhead;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.plugin.activity.InspectForecast;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.activity.ActivityModeOverlay;
import org.zapfiji.viewer.activity.ForecastInspector;
import org.zapfiji.viewer.activity.InspectorSidePanel;
import org.zapfiji.viewer.activity.NeuronRankingTable;
import org.zapfiji.viewer.activity.TracePlot;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InspectForecastIT {

	private static Path root;

	private static InspectForecast.Session session;

	private static ViewerFrame frame;

	private static ForecastInspector inspector;

	private static InspectorSidePanel side;

	/** x, y, z voxel and column of a neuron filling 5 × 5 voxels. */
	private static int[] neuron;

	private static ScreenRobot screen;

	private static Robot robot;

	@BeforeAll
	static void openTheWindow() throws Exception {
		root = MiniZapbenchFiles.write(Files.createTempDirectory("zap-inspect-it")
			.resolve("mini"));
		final InspectForecast command = new InspectForecast();
		session = command.execute(command.parameters().parse("segmentation=[" + root
			.resolve(MiniZapbenchFiles.SEGMENTATION) + "] traces=[" + root.resolve(
				MiniZapbenchFiles.TRACES) + "] predictions=[" + predictions() + ";" +
			MiniZapbenchFiles.writeShiftedModel(root, SECOND_MODEL, 0.1f).resolve(
				"predictions") + "] steps_ahead=1"), Progress.silent());
		inspector = session.showInspector();
		frame = inspector.frame();
		side = (InspectorSidePanel) frame.sidePanel();
		SwingUtilities.invokeAndWait(() -> {
			frame.setLocation(40, 40);
			frame.setSize(1400, 800);
		});
		assertTrue(ScreenRobot.await(() -> frame.isShowing() && new Point(40, 40)
			.equals(frame.getLocationOnScreen()), 10), "window placed");
		screen = new ScreenRobot();
		robot = new Robot();
		robot.setAutoDelay(10);
		neuron = uniformNeuronCentre();
	}

	private static final String SECOND_MODEL = "200000002";

	@AfterAll
	static void closeTheWindow() throws Exception {
		for (final Window w : Window.getWindows())
			if (w.isDisplayable()) SwingUtilities.invokeAndWait(w::dispose);
	}

	@Test
	@Order(1)
	void altThreeTurnsTheRecordedColourIntoTheDifferenceColour()
		throws Exception
	{
		final Conditions c = Conditions.findAbove(predictions());
		final int t = c.firstTestTarget(0) + 1;
		final int[] centre = neuron;
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

	/**
	 * Alt W fixes the window painted at frame t (h = 1: window 1 of gain) and
	 * follows it: a frame later the neuron shows that window's step 2, not the
	 * prediction made one step earlier (window 2's step 1); the overlay names
	 * window and step.
	 */
	@Test
	@Order(2)
	void altWFollowsOneForecastWindowStepByStep() throws Exception {
		final Conditions c = conditions();
		final int t = c.firstTestTarget(0) + 1;
		final int later = t + 1;
		final ActivityModes modes = session.modes();
		final List<Forecast> forecasts = Forecasts.open(predictions(), null);
		final float fixedValue = new OneWindow(forecasts.get(0), c.firstTestTarget(
			0), 1).predicted(later)[neuron[3]];
		final float aheadValue = new StepsAhead(forecasts, c, 1).predicted(
			later)[neuron[3]];
		final int fixedColour = modes.palette(Mode.PREDICTED).color(fixedValue);
		assertNotEquals(fixedColour, modes.palette(Mode.PREDICTED).color(
			aheadValue), "the test needs the two scrubs to differ at the neuron");
		final Point at = centreOn(t);
		chord(KeyEvent.VK_ALT, KeyEvent.VK_2);
		chord(KeyEvent.VK_ALT, KeyEvent.VK_W);
		assertTrue(ScreenRobot.await(() -> session.scrub().isFixedWindow(), 10),
			"alt W fixes the window");
		assertEquals(1, session.scrub().window(later).window);
		SwingUtilities.invokeAndWait(() -> frame.panel().state().setTime(later));
		assertTrue(screen.awaitPixel(at.x, at.y, 0xff000000 | fixedColour, 10),
			"step 2 of window 1: " + hex(fixedColour) + ", not " + hex(robot
				.getPixelColor(at.x, at.y).getRGB()));
		assertTrue(overlay().text().contains("window 1 of gain"), overlay().text());
		assertTrue(overlay().text().endsWith("step 2 of 32"), overlay().text());
		screen.screenshot("inspect-forecast-fixed-window");
		chord(KeyEvent.VK_ALT, KeyEvent.VK_W);
		assertTrue(ScreenRobot.await(() -> !session.scrub().isFixedWindow(), 10),
			"alt W again: back to steps ahead");
		assertTrue(screen.awaitPixel(at.x, at.y, 0xff000000 | modes.palette(
			Mode.PREDICTED).color(aheadValue), 10), "one step ahead again");
		chord(KeyEvent.VK_ALT, KeyEvent.VK_1);
	}

	/**
	 * F3 splits the view: the neuron shows its recorded colour on the left and
	 * its predicted colour, on the same scale, on the right.
	 */
	@Test
	@Order(3)
	void theSplitViewShowsThePredictionOnTheRight() throws Exception {
		final Conditions c = conditions();
		final int t = c.firstTestTarget(0) + 2;
		final ActivityModes modes = session.modes();
		final float recorded = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES)).readFrames(t, 1)[neuron[3]];
		final float predicted = new StepsAhead(Forecasts.open(predictions(), null),
			c, 1).predicted(t)[neuron[3]];
		assertEquals(modes.palette(Mode.RECORDED).max(), modes.palette(
			Mode.PREDICTED).max(), 0, "one scale for both sides");
		final int left = modes.palette(Mode.RECORDED).color(recorded);
		final int right = modes.palette(Mode.PREDICTED).color(predicted);
		assertNotEquals(left, right);
		screen.focus(frame.panel());
		robot.keyPress(KeyEvent.VK_F3);
		robot.keyRelease(KeyEvent.VK_F3);
		assertTrue(ScreenRobot.await(() -> frame.splitView().isSplit(), 10),
			"F3 splits");
		final Point first = centreOn(t);
		final ViewerPanel second = frame.splitView().second();
		ViewerFrames.awaitCompleteFrame(second);
		final Point origin = second.getLocationOnScreen();
		final int x = origin.x + second.getWidth() / 2, y = origin.y + second
			.getHeight() / 2;
		assertTrue(screen.awaitPixel(first.x, first.y, 0xff000000 | left, 10),
			"recorded on the left " + hex(left));
		assertTrue(screen.awaitPixel(x, y, 0xff000000 | right, 10),
			"predicted on the right " + hex(right) + ", not " + hex(robot
				.getPixelColor(x, y).getRGB()));
		screen.screenshot("inspect-forecast-split");
		screen.focus(frame.panel());
		robot.keyPress(KeyEvent.VK_F3);
		robot.keyRelease(KeyEvent.VK_F3);
		assertTrue(ScreenRobot.await(() -> !frame.splitView().isSplit(), 10));
	}

	/**
	 * A click on the neuron plots it: the plot's recorded line is its trace
	 * column, each model's line its window's predictions, the error line |target
	 * − prediction| per step; moving time moves the plot's frame and, at one step
	 * ahead, the window shown.
	 */
	@Test
	@Order(4)
	void clickingANeuronPlotsItsTracesAndForecasts() throws Exception {
		final Conditions c = conditions();
		final int first = c.firstTestTarget(0);
		final int t = first + 1;
		final int label = neuron[3] + 1;
		final Point at = centreOn(t);
		robot.mouseMove(at.x, at.y);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		assertTrue(ScreenRobot.await(() -> inspector.chosenNeuron() == label, 10),
			"the click chose label " + label + ", not " + inspector.chosenNeuron());
		final TracePlot plot = side.plot();
		assertTrue(ScreenRobot.await(() -> plot.data() != null && plot.data()
			.label() == label && plot.data().window() == 1, 10), "plotted");
		final List<TracePlot.Series> series = plot.series();
		final TracePlot.Series recorded = series.get(0);
		assertEquals("recorded", recorded.name());
		final TraceTable traces = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		for (int i = 0; i < recorded.x().length; i++)
			assertEquals(traces.readFrames((int) recorded.x()[i], 1)[neuron[3]],
				recorded.y()[i], 0, "recorded at frame " + recorded.x()[i]);
		final List<Forecast> one = Forecasts.open(predictions(), null);
		final List<String> names = new java.util.ArrayList<>();
		for (final TracePlot.Series s : series)
			if (s.panel() == TracePlot.Panel.TRACE && s != recorded) names.add(s
				.name());
		assertEquals(List.of("100000001", SECOND_MODEL), names);
		final TracePlot.Series model = series.get(1);
		final TracePlot.Series error = series.stream().filter(s -> s
			.panel() == TracePlot.Panel.ERROR).findFirst().get();
		for (int step = 1; step <= 32; step++) {
			final int frameOfStep = StepsAhead.targetFrame(first, 1, step);
			assertEquals(frameOfStep, model.x()[step - 1], 0);
			final float p = new StepsAhead(one, c, step).predicted(
				frameOfStep)[neuron[3]];
			assertEquals(p, model.y()[step - 1], 1e-7, "step " + step);
			final float target = traces.readFrames(frameOfStep, 1)[neuron[3]];
			assertEquals(Math.abs(target - p), error.y()[step - 1], 1e-6,
				"error at step " + step);
			assertEquals(p + 0.1f, series.get(2).y()[step - 1], 1e-6,
				"the second model");
		}
		assertTrue(side.message().startsWith("Neuron " + label + ", window 1"), side
			.message());
		screen.screenshot("inspect-forecast-plot");
		final int next = session.scrub().windowNear(t + 1).window;
		assertEquals(2, next, "one step ahead, frame t + 1 is window 2's step 1");
		SwingUtilities.invokeAndWait(() -> frame.panel().state().setTime(t + 1));
		assertTrue(ScreenRobot.await(() -> plot.currentFrame() == t + 1 && plot
			.data().window() == next, 10), "time moves the plot: frame " + plot
				.currentFrame() + ", window " + plot.data().window());
	}

	/**
	 * Once every window is scored, the table ranks the neurons by MAE; "go to
	 * worst" centres the view on that neuron and plots it, and alt 5 paints the
	 * error map: the neuron shows the colour of its MAE.
	 */
	@Test
	@Order(5)
	void theWorstNeuronIsOneClickAwayAndTheErrorMapShowsItsMae()
		throws Exception
	{
		final NeuronRankingTable table = side.table();
		assertTrue(ScreenRobot.await(() -> table.ranking() != null && inspector
			.dots().hasCentroids(), 20), "errors and centroids computed");
		final NeuronRanking.Entry worst = table.ranking().worst();
		final double[] byColumn = inspector.neuronErrors().maePerNeuron();
		assertEquals(byColumn[worst.column()], worst.mae(), 0);
		for (final double e : byColumn)
			assertTrue(e <= worst.mae() || Double.isNaN(e));
		screen.click(table.worstButton());
		assertTrue(ScreenRobot.await(() -> inspector.chosenNeuron() == worst
			.label(), 10), "go to worst chose label " + worst.label());
		final ViewerPanel panel = frame.panel();
		final double[] centre = ViewTransforms.globalAt(panel.state().transform(),
			panel.getWidth() / 2.0, panel.getHeight() / 2.0);
		final long[] voxel = { Math.round(centre[0] / 0.406), Math.round(centre[1] /
			0.406), Math.round(centre[2] / 4.0) };
		final float[] under = VolumeRegion.read(MiniZapbenchFiles.open(root,
			MiniZapbenchFiles.SEGMENTATION), 0, voxel, new int[] { 1, 1, 1 },
			new ChunkCache(1L << 20));
		assertEquals(worst.label(), (int) under[0],
			"the view's centre lies in the worst neuron");
		assertTrue(ScreenRobot.await(() -> side.plot().data() != null && side.plot()
			.data().label() == worst.label(), 10), "and it is plotted");
		screen.focus(panel);
		chord(KeyEvent.VK_ALT, KeyEvent.VK_5);
		assertTrue(ScreenRobot.await(() -> session.modes().isErrorMapShown(), 10));
		final int colour = new ActivityColors(Mode.ABS_ERROR, 0, worst.mae()).color(
			worst.mae());
		ViewerFrames.awaitCompleteFrame(panel);
		final Point origin = panel.getLocationOnScreen();
		final int x = origin.x + panel.getWidth() / 2, y = origin.y + panel
			.getHeight() / 2;
		assertTrue(screen.awaitPixel(x, y, 0xff000000 | colour, 10),
			"the worst neuron in the top colour of the error map " + hex(colour) +
				", not " + hex(robot.getPixelColor(x, y).getRGB()));
		assertTrue(overlay().text().startsWith("MAE per neuron"), overlay().text());
		screen.screenshot("inspect-forecast-error-map");
		chord(KeyEvent.VK_ALT, KeyEvent.VK_O);
		assertTrue(ScreenRobot.await(() -> inspector.dots().isShown(), 10),
			"alt O: centroid dots");
		assertTrue(screen.awaitPixel(x + 8, y, 0xff000000, 10),
			"the painting is hidden: black inside the neuron beside its dot");
		assertTrue(screen.awaitPixel(x, y, 0xff000000 | colour, 10),
			"the worst neuron's dot sits at the centre in its colour");
		screen.screenshot("inspect-forecast-dots");
		chord(KeyEvent.VK_ALT, KeyEvent.VK_O);
		chord(KeyEvent.VK_ALT, KeyEvent.VK_5);
		assertTrue(ScreenRobot.await(() -> !session.modes().isErrorMapShown() &&
			!inspector.dots().isShown(), 10));
	}

	/** Centres the view on the neuron at frame t; its pixel on screen. */
	private static Point centreOn(final int t) throws Exception {
		final ViewerPanel panel = frame.panel();
		SwingUtilities.invokeAndWait(() -> {
			panel.state().setTime(t);
			panel.state().setTransform(ViewTransforms.centeredOn(new double[] {
				neuron[0] * 0.406, neuron[1] * 0.406, neuron[2] * 4.0 }, Plane.XY, 8,
				panel.getWidth(), panel.getHeight()));
		});
		ViewerFrames.awaitCompleteFrame(panel);
		final Point origin = panel.getLocationOnScreen();
		robot.mouseMove(origin.x + panel.getWidth() / 2 + 50, origin.y + panel
			.getHeight() / 2 + 50);
		screen.focus(panel);
		return new Point(origin.x + panel.getWidth() / 2, origin.y + panel
			.getHeight() / 2);
	}

	private static Conditions conditions() throws Exception {
		return Conditions.findAbove(predictions());
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
