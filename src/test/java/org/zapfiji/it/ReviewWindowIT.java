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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.table.JTableHeader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.annotation.Annotate;
import org.zapfiji.plugin.annotation.AnnotationSession;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.review.MarkTableWindow;
import org.zapfiji.viewer.review.ReviewOrder;
import org.zapfiji.viewer.review.ReviewQueue;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * Review in {@code ZAP Annotate} on the mini-ZAPBench recording, driven through
 * the X display with real keys and mouse: Tab centres the view on the queue's
 * first mark and ringing it on screen, ctrl 1 accepts it in the store and goes
 * on, the table of marks opens from the Review menu and a click on a row (or
 * Enter) goes to that mark, Enter in the viewer types a comment; then R-drag
 * draws a region and alt R declares it complete. Screenshots go to
 * {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewWindowIT {

	private static AnnotateWindow window;

	private static Path project;

	private static AnnotationSession session;

	private static ViewerFrame frame;

	private static ScreenRobot screen;

	private static Robot robot;

	@BeforeAll
	static void openTheWindow() throws Exception {
		window = AnnotateWindow.open("review", marksOnTheNeurons(), "ana",
			"annotator=rita method=none");
		project = window.project;
		session = window.session;
		frame = window.frame;
		screen = new ScreenRobot();
		robot = new Robot();
		robot.setAutoDelay(10);
		ViewerFrames.awaitCompleteFrame(frame.panel());
	}

	/**
	 * A mark on every neuron of the mini-ZAPBench, by ana: a third candidates
	 * with a score, a third unreviewed, a third accepted; ben marked every fifth
	 * neuron a micrometre off.
	 */
	private static List<Mark> marksOnTheNeurons() {
		final List<Mark> marks = new ArrayList<>();
		final List<double[]> neurons = MiniZapbench.neurons(
			MiniZapbench.DEFAULT_SEED);
		final Instant now = Instant.now();
		for (int k = 0; k < neurons.size(); k++) {
			final double[] n = neurons.get(k);
			final MarkStatus status = k % 3 == 0 ? MarkStatus.CANDIDATE : k % 3 == 1
				? MarkStatus.UNREVIEWED : MarkStatus.ACCEPTED;
			marks.add(Mark.builder(1000 + k, n[0], n[1], n[2]).radius(n[3], n[3],
				n[4]).status(status).annotator("ana").created(now).refinement(k % 3 == 0
					? "log" : "none", k % 3 == 0 ? 0.2 + k / 200.0 : Double.NaN).build());
			if (k % 5 == 0) marks.add(Mark.builder(5000 + k, n[0] + 1, n[1], n[2])
				.radius(n[3], n[3], n[4]).annotator("ben").created(now).build());
		}
		return marks;
	}

	@AfterAll
	static void closeTheWindow() throws Exception {
		if (window != null) window.close();
	}

	@Test
	@Order(1)
	void tabCentresTheQueuesMarkAndCtrl1AcceptsIt() throws Exception {
		final ViewerPanel panel = frame.panel();
		final ProjectStore store = session.store();
		final long first = firstOpenMarkByPlace(store.marks());
		robot.mouseMove(panel.getLocationOnScreen().x + 30, panel
			.getLocationOnScreen().y + 30);
		screen.focus(panel);
		screen.press(KeyEvent.VK_TAB);
		assertTrue(ScreenRobot.await(() -> session.editor().selectedId() == first,
			10), "Tab went to mark " + first);
		assertCentred(store.mark(first).get());
		ViewerFrames.awaitCompleteFrame(panel);
		assertTrue(awaitHalo(store.mark(first).get()), "the mark is ringed");
		screen.screenshot("review-next");

		chord(KeyEvent.VK_CONTROL, KeyEvent.VK_1);
		assertTrue(ScreenRobot.await(() -> store.mark(first).get()
			.status() == MarkStatus.ACCEPTED, 10), "ctrl 1 accepted it");
		assertEquals(1, store.mark(first).get().round());
		assertEquals("ana", store.mark(first).get().annotator());
		assertEquals("rita", store.edits().get(store.edits().size() - 1)
			.annotator(), "the log names the reviewer");
		assertTrue(ScreenRobot.await(() -> session.editor().selectedId() != first,
			10), "and went on to the next");
		final long second = session.editor().selectedId();
		assertTrue(store.mark(second).get().status() == MarkStatus.CANDIDATE ||
			store.mark(second).get().status() == MarkStatus.UNREVIEWED);
		assertCentred(store.mark(second).get());

		// Enter: the comment field of the review panel; Enter again saves.
		screen.press(KeyEvent.VK_ENTER);
		assertTrue(ScreenRobot.await(() -> frame.sidePanel() != null && frame
			.sidePanel().isShowing(), 10), "the review panel opened");
		final javax.swing.JTextField field = ScreenRobot.find(frame.sidePanel(),
			javax.swing.JTextField.class, f -> f.getColumns() == 18);
		screen.focus(field);
		screen.type("two nuclei");
		screen.press(KeyEvent.VK_ENTER);
		assertTrue(ScreenRobot.await(() -> "two nuclei".equals(store.mark(second)
			.get().comment()), 10), "the comment was saved: " + store.mark(second));
		screen.focus(panel);
	}

	@Test
	@Order(2)
	void aClickOnARowOfTheTableGoesToThatMark() throws Exception {
		clickMenu("Review", "Table of marks");
		final AtomicReference<MarkTableWindow> found = new AtomicReference<>();
		assertTrue(ScreenRobot.await(() -> {
			for (final Window w : Window.getWindows())
				if (w instanceof MarkTableWindow && w.isShowing()) found.set(
					(MarkTableWindow) w);
			return found.get() != null;
		}, 10), "the table opened");
		final MarkTableWindow window = found.get();
		// Placed again until it holds: the window may still be placing itself
		// beside the viewer when it first shows.
		assertTrue(ScreenRobot.await(() -> {
			if (new Point(1060, 40).equals(window.getLocationOnScreen())) return true;
			SwingUtilities.invokeLater(() -> window.setBounds(1060, 40, 520, 660));
			return false;
		}, 10), "the table window placed");
		Thread.sleep(300);
		final JTable table = window.table();
		assertEquals(session.store().markCount(), table.getRowCount());

		// Sort by z (a click on its header), then click the ninth row.
		final JTableHeader header = table.getTableHeader();
		final Rectangle zHeader = header.getHeaderRect(5);
		clickAt(header, zHeader.x + zHeader.width / 2, zHeader.height / 2);
		assertTrue(ScreenRobot.await(() -> !table.getRowSorter().getSortKeys()
			.isEmpty(), 10), "sorted by z");
		final long ninth = idInRow(table, 8);
		assertTrue(ninth != session.editor().selectedId(), "another mark");
		SwingUtilities.invokeAndWait(() -> table.scrollRectToVisible(table
			.getCellRect(0, 0, true)));
		Thread.sleep(300);
		final Rectangle cell = table.getCellRect(8, 1, true);
		clickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
		assertTrue(ScreenRobot.await(() -> session.editor().selectedId() == ninth,
			10), "the click went to mark " + ninth);
		assertCentred(session.store().mark(ninth).get());

		// Down, then Enter: the tenth.
		final long tenth = idInRow(table, 9);
		screen.press(KeyEvent.VK_DOWN);
		screen.press(KeyEvent.VK_ENTER);
		assertTrue(ScreenRobot.await(() -> session.editor().selectedId() == tenth,
			10), "Enter went to mark " + tenth);
		assertCentred(session.store().mark(tenth).get());
		ViewerFrames.awaitCompleteFrame(frame.panel());
		assertTrue(awaitHalo(session.store().mark(tenth).get()));
		screen.screenshot("review-table");
	}

	@Test
	@Order(3)
	void rDragDrawsARegionAndAltRDeclaresItComplete() throws Exception {
		final ViewerPanel panel = frame.panel();
		final ViewerState state = panel.state();
		final Point origin = panel.getLocationOnScreen();
		final int x0 = panel.getWidth() / 2 - 150, y0 = panel.getHeight() / 2 - 100;
		final int x1 = x0 + 260, y1 = y0 + 180;
		robot.mouseMove(origin.x + x0, origin.y + y0);
		screen.focus(panel);
		robot.keyPress(KeyEvent.VK_R);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		for (int i = 1; i <= 10; i++)
			robot.mouseMove(origin.x + x0 + (x1 - x0) * i / 10, origin.y + y0 + (y1 -
				y0) * i / 10);
		Thread.sleep(300);
		screen.screenshot("review-region-drawing");
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		robot.keyRelease(KeyEvent.VK_R);
		final ProjectStore store = session.store();
		assertTrue(ScreenRobot.await(() -> store.regions().size() == 1, 10),
			"R-drag drew a region");
		final Region r = store.regions().get(0);
		final double[] from = ViewTransforms.globalAt(state.transform(), x0, y0);
		final double[] to = ViewTransforms.globalAt(state.transform(), x1, y1);
		final double pixel = 1 / state.transform().scale();
		assertArrayEquals(new double[] { from[0], from[1] }, new double[] { r
			.min()[0], r.min()[1] }, pixel, "the drag's corner: " + r);
		assertArrayEquals(new double[] { to[0], to[1] }, new double[] { r.max()[0],
			r.max()[1] }, pixel);
		assertEquals(16, r.max()[2] - r.min()[2], 1e-6,
			"2 slices of 4 µm to each side of the plane");
		assertEquals(RegionStatus.IN_PROGRESS, r.status());

		robot.mouseMove(origin.x + (x0 + x1) / 2, origin.y + (y0 + y1) / 2);
		chord(KeyEvent.VK_ALT, KeyEvent.VK_R);
		assertTrue(ScreenRobot.await(() -> store.region(r.id()).get()
			.status() == RegionStatus.COMPLETE, 10), "alt R declared it complete");
		SwingUtilities.invokeAndWait(() -> session.reviewMenus().showPanel(true));
		robot.mouseMove(origin.x + 20, origin.y + panel.getHeight() - 20);
		Thread.sleep(500);
		screen.screenshot("review-region-complete");
	}

	@Test
	@Order(4)
	void theDisagreementOrderGoesFirstToMarksWithoutAPartner() throws Exception {
		final ViewerPanel panel = frame.panel();
		SwingUtilities.invokeAndWait(() -> {
			session.reviewMenus().showPanel(true);
			session.review().setOrder(ReviewOrder.DISAGREEMENT, "", "", 3);
		});
		assertTrue(ScreenRobot.await(() -> session.review().queue() != null &&
			session.review().queue().order() == ReviewOrder.DISAGREEMENT, 10));
		final ReviewQueue expected = ReviewQueue.disagreement(session.store()
			.marks(), "ana", "ben", 3);
		final long current = session.editor().selectedId();
		int at = -1;
		for (int i = 0; i < expected.size(); i++)
			if (expected.entries().get(i).id() == current) at = i;
		final long next = expected.entries().get(at + 1).id();
		robot.mouseMove(panel.getLocationOnScreen().x + 30, panel
			.getLocationOnScreen().y + 30);
		screen.focus(panel);
		screen.press(KeyEvent.VK_TAB);
		assertTrue(ScreenRobot.await(() -> session.editor().selectedId() == next,
			10), "Tab went on from the current mark to " + next);
		assertCentred(session.store().mark(next).get());
		ViewerFrames.awaitCompleteFrame(panel);
		Thread.sleep(300);
		screen.screenshot("review-disagreement");
	}

	/** The first candidate or unreviewed mark by plane (z), then y, x, id. */
	private static long firstOpenMarkByPlace(final List<Mark> marks) {
		Mark best = null;
		for (final Mark m : marks) {
			if (m.status() != MarkStatus.CANDIDATE && m
				.status() != MarkStatus.UNREVIEWED) continue;
			if (best == null || compare(m, best) < 0) best = m;
		}
		assertNotNull(best);
		return best.id();
	}

	private static int compare(final Mark a, final Mark b) {
		int c = Double.compare(a.z(), b.z());
		if (c == 0) c = Double.compare(a.y(), b.y());
		if (c == 0) c = Double.compare(a.x(), b.x());
		return c != 0 ? c : Long.compare(a.id(), b.id());
	}

	private static void assertCentred(final Mark m) {
		final ViewerPanel panel = frame.panel();
		assertArrayEquals(new double[] { panel.getWidth() / 2.0, panel.getHeight() /
			2.0, 0 }, panel.state().transform().apply(m.x(), m.y(), m.z()), 1e-6,
			"mark " + m.id() + " at the centre of the panel, on the plane");
	}

	/**
	 * Waits until the screen shows the white halo of the selected mark: at least
	 * 40 near-white pixels on a ring at 80–120 % of its radius on screen.
	 */
	private static boolean awaitHalo(final Mark m) throws InterruptedException {
		final ViewerPanel panel = frame.panel();
		final double radius = m.radius()[0] * panel.state().transform().scale();
		final Point origin = panel.getLocationOnScreen();
		final double[] at = panel.state().transform().apply(m.x(), m.y(), m.z());
		return ScreenRobot.await(() -> {
			final BufferedImage image = screen.capture();
			int white = 0;
			for (int dy = (int) -radius * 2; dy <= radius * 2; dy++)
				for (int dx = (int) -radius * 2; dx <= radius * 2; dx++) {
					final double d = Math.hypot(dx, dy);
					if (d < 0.8 * radius || d > 1.2 * radius) continue;
					final int rgb = image.getRGB(origin.x + (int) at[0] + dx, origin.y +
						(int) at[1] + dy);
					if ((rgb >> 16 & 0xff) > 230 && (rgb >> 8 & 0xff) > 230 && (rgb &
						0xff) > 230) white++;
				}
			return white >= 40;
		}, 10);
	}

	private static long idInRow(final JTable table, final int row)
		throws Exception
	{
		final AtomicReference<Long> id = new AtomicReference<>();
		SwingUtilities.invokeAndWait(() -> id.set((Long) table.getValueAt(row, 0)));
		return id.get();
	}

	private static void clickMenu(final String menuName, final String itemPrefix)
		throws Exception
	{
		final AtomicReference<JMenu> menu = new AtomicReference<>();
		SwingUtilities.invokeAndWait(() -> {
			for (int i = 0; i < frame.getJMenuBar().getMenuCount(); i++)
				if (menuName.equals(frame.getJMenuBar().getMenu(i).getText())) menu.set(
					frame.getJMenuBar().getMenu(i));
		});
		assertNotNull(menu.get(), "menu " + menuName);
		screen.click(menu.get());
		final AtomicReference<JMenuItem> item = new AtomicReference<>();
		assertTrue(ScreenRobot.await(() -> {
			for (final Component c : menu.get().getMenuComponents())
				if (c instanceof JMenuItem && ((JMenuItem) c).getText().startsWith(
					itemPrefix) && c.isShowing()) item.set((JMenuItem) c);
			return item.get() != null;
		}, 10), "item " + itemPrefix + " shown");
		Thread.sleep(200);
		screen.click(item.get());
	}

	private static void clickAt(final Component c, final int x, final int y) {
		final Point p = c.getLocationOnScreen();
		robot.mouseMove(p.x + x, p.y + y);
		robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
		robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
		robot.delay(100);
	}

	private static void chord(final int... keys) {
		for (final int k : keys)
			robot.keyPress(k);
		for (int i = keys.length - 1; i >= 0; i--)
			robot.keyRelease(keys[i]);
	}
}
