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

package org.zapfiji.viewer.ui.input;

import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.List;

import javax.swing.JPanel;

import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.annotation.MarkingKeys;
import org.zapfiji.viewer.review.ReviewKeys;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * Each navigation action, set off by synthetic input on a panel that is never
 * shown, changes the viewer state exactly as BigDataViewer would.
 */
class NavigationBehavioursTest {

	private static final double EPS = 1e-9;

	private final JPanel panel = new JPanel();

	private final SynchronizedViewerState state = ViewerStates.of(List.of(
		new FixedSource("a", 5), new FixedSource("b", 3)), 400, 300);

	private final InputBindings bindings;

	private final SyntheticInput input = new SyntheticInput(panel);

	NavigationBehavioursTest() {
		panel.setSize(400, 300);
		bindings = new InputBindings(panel, Keymap.defaults());
		NavigationBehaviours.install(bindings, state, panel);
	}

	private double[] globalAt(final double x, final double y) {
		return ViewTransforms.globalAt(state.transform(), x, y);
	}

	private double[] screenOf(final double[] global) {
		return state.transform().apply(global[0], global[1], global[2]);
	}

	@Test
	void scrollZoomKeepsThePointUnderTheMouse() {
		final double[] before = globalAt(100, 80);
		final double scale = state.transform().scale();
		input.wheel(SHIFT_DOWN_MASK | CTRL_DOWN_MASK, 100, 80, 1);
		assertArrayEquals(before, globalAt(100, 80), EPS);
		assertEquals(scale / 1.05, state.transform().scale(), EPS);
		input.wheel(java.awt.event.InputEvent.META_DOWN_MASK, 100, 80, -2);
		assertEquals(scale * 1.05, state.transform().scale(), EPS);
	}

	@Test
	void oneWheelClickIsOneSliceOfTheCurrentSource() {
		final double[] start = globalAt(200, 150);
		final double z = start[2];
		input.wheel(0, 10, 10, 1);
		assertEquals(-4, globalAt(200, 150)[2] - z, EPS, "one 4 µm slice");
		input.wheel(SHIFT_DOWN_MASK, 10, 10, -1);
		assertEquals(36, globalAt(200, 150)[2] - z, EPS, "fast: 10 slices");
		input.wheel(CTRL_DOWN_MASK, 10, 10, -1);
		assertEquals(36.4, globalAt(200, 150)[2] - z, EPS, "slow: 0.1 slice");
		input.type(KeyEvent.VK_COMMA);
		assertEquals(32.4, globalAt(200, 150)[2] - z, EPS, "COMMA as scroll");
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_PERIOD, '>');
		assertEquals(72.4, globalAt(200, 150)[2] - z, EPS);
		assertEquals(start[0], globalAt(200, 150)[0], EPS);
		assertEquals(start[1], globalAt(200, 150)[1], EPS);
	}

	@Test
	void aZStepInAZyViewIsOneVoxelAlongX() {
		state.setTransform(ViewTransforms.align(state.transform(), Plane.ZY, 200,
			150));
		assertEquals(0.406, ViewSteps.zStep(state.snapshot()), EPS);
		final double x = globalAt(200, 150)[0];
		input.type(KeyEvent.VK_PERIOD);
		assertEquals(0.406, Math.abs(globalAt(200, 150)[0] - x), EPS);
	}

	@Test
	void dragTranslateMovesThePictureWithTheMouse() {
		final double[] grabbed = globalAt(50, 60);
		input.drag(0, 3, 50, 60, 80, 20);
		assertArrayEquals(new double[] { 80, 20, 0 }, screenOf(grabbed), EPS);
		input.drag(0, 2, 80, 20, 50, 60);
		assertArrayEquals(new double[] { 50, 60, 0 }, screenOf(grabbed), EPS);
	}

	@Test
	void dragRotateTurnsAboutWhereTheDragStarted() {
		final Affine3D before = state.transform();
		final double[] pivot = globalAt(120, 90);
		input.drag(0, 1, 120, 90, 130, 90);
		assertArrayEquals(new double[] { 120, 90, 0 }, screenOf(pivot), 1e-6);
		assertTrue(state.transform().approximatelyEquals(ViewTransforms.rotate(
			before, 1, -10 * ViewSteps.DEGREE, 120, 90, 0), 1e-9),
			"10 pixels right turn 10° about the screen y axis");
		input.drag(SHIFT_DOWN_MASK, 1, 120, 90, 120, 91);
		assertTrue(state.transform().approximatelyEquals(ViewTransforms.rotate(
			ViewTransforms.rotate(before, 1, -10 * ViewSteps.DEGREE, 120, 90, 0), 0,
			10 * ViewSteps.DEGREE, 120, 90, 0), 1e-9), "fast: 10° per pixel");
	}

	@Test
	void arrowKeysRotateAboutTheChosenAxisAndZoomAboutTheCentre() {
		final Affine3D before = state.transform();
		final double[] centre = globalAt(200, 150);
		input.type(KeyEvent.VK_LEFT);
		assertTrue(state.transform().approximatelyEquals(ViewTransforms.rotate(
			before, 2, ViewSteps.DEGREE, 200, 150, 0), EPS), "z axis at first");
		input.type(KeyEvent.VK_X);
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_RIGHT, KeyEvent.CHAR_UNDEFINED);
		input.type(CTRL_DOWN_MASK, KeyEvent.VK_RIGHT, KeyEvent.CHAR_UNDEFINED);
		assertArrayEquals(centre, globalAt(200, 150), 1e-9);
		final double scale = state.transform().scale();
		input.type(KeyEvent.VK_UP);
		assertEquals(scale * 1.1, state.transform().scale(), EPS);
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_DOWN, KeyEvent.CHAR_UNDEFINED);
		assertEquals(scale * 1.1 / 2, state.transform().scale(), EPS);
		assertArrayEquals(centre, globalAt(200, 150), 1e-9);
	}

	@Test
	void alignXyLeavesScaleTimesIdentityAboutTheMouse() {
		state.setTransform(ViewTransforms.rotate(state.transform(), 0, 0.7, 10, 20,
			0));
		final double scale = state.transform().scale();
		input.move(150, 70);
		final double[] anchor = globalAt(150, 70);
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_Z, 'Z');
		for (int r = 0; r < 3; r++)
			for (int c = 0; c < 3; c++)
				assertEquals(r == c ? scale : 0, state.transform().get(r, c), EPS);
		assertArrayEquals(anchor, globalAt(150, 70), 1e-9);
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_A, 'A');
		assertArrayEquals(new double[] { 0, -1, 0 }, unit(state.transform()
			.inverse().step(2)), EPS, "shift A: XZ, looking along -y");
	}

	@Test
	void timeStepsAndStopsAtTheEnds() {
		input.type(KeyEvent.VK_N);
		assertEquals(0, state.time());
		for (int i = 0; i < 7; i++)
			input.type(i % 2 == 0 ? KeyEvent.VK_M : KeyEvent.VK_CLOSE_BRACKET);
		assertEquals(4, state.time(), "5 time points");
		input.type(KeyEvent.VK_OPEN_BRACKET);
		assertEquals(3, state.time());
	}

	@Test
	void sourceVisibilityAndInterpolationKeys() {
		input.type(0, KeyEvent.VK_2, '2');
		assertEquals(1, state.snapshot().currentSource());
		input.type(0, KeyEvent.VK_9, '9');
		assertEquals(1, state.snapshot().currentSource(), "no ninth source");
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_1, '!');
		assertFalse(state.snapshot().display(0).visible());
		assertTrue(state.snapshot().display(1).visible());
		input.type(KeyEvent.VK_I);
		assertEquals(Interpolation.TRILINEAR, state.snapshot().interpolation());
	}

	@Test
	void bookmarksComeBack() {
		final Affine3D marked = state.transform();
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_B, 'B');
		input.type(0, KeyEvent.VK_A, 'a');
		assertEquals(List.of("a"), List.copyOf(state.snapshot().bookmarks()
			.keySet()));
		input.drag(0, 1, 100, 100, 140, 130);
		input.wheel(SHIFT_DOWN_MASK | CTRL_DOWN_MASK, 10, 10, 3);
		input.type(0, KeyEvent.VK_B, 'b');
		input.type(0, KeyEvent.VK_Q, 'q');
		assertFalse(state.transform().approximatelyEquals(marked, 1e-6),
			"no bookmark q");
		input.type(0, KeyEvent.VK_B, 'b');
		input.type(0, KeyEvent.VK_A, 'a');
		assertTrue(state.transform().approximatelyEquals(marked, 1e-9));
	}

	@Test
	void bookmarkRotationKeepsCentreAndZoom() {
		input.type(SHIFT_DOWN_MASK, KeyEvent.VK_B, 'B');
		input.type(0, KeyEvent.VK_1, '1');
		input.drag(0, 1, 100, 100, 140, 130);
		input.wheel(SHIFT_DOWN_MASK | CTRL_DOWN_MASK, 10, 10, 3);
		final double scale = state.transform().scale();
		final double[] centre = globalAt(200, 150);
		input.type(KeyEvent.VK_O);
		input.type(0, KeyEvent.VK_1, '1');
		assertArrayEquals(centre, globalAt(200, 150), 1e-9);
		assertEquals(scale, state.transform().scale(), 1e-12);
		for (int r = 0; r < 3; r++)
			for (int c = 0; c < 3; c++)
				assertEquals(r == c ? scale : 0, state.transform().get(r, c), 1e-12,
					"the bookmark was an XY view");
	}

	@Test
	void everyDefaultActionIsBound() {
		final List<String> bound = bindings.bindings().stream().map(Binding::action)
			.collect(java.util.stream.Collectors.toList());
		// The dialogs' keys come with the panel, the marking keys with the
		// annotation tool (AnnotationToolTest checks those), the review keys with
		// the review tool (ReviewToolTest), the forecast keys with ZAP Inspect
		// Forecast (ForecastKeysTest).
		for (final String action : Keymap.defaults().actions())
			if (!List.of("brightness settings", "visibility and grouping", "help")
				.contains(action) && !MarkingKeys.actions().contains(action) &&
				!ReviewKeys.actions().contains(action) &&
				!org.zapfiji.viewer.activity.ForecastKeys.actions().contains(action) &&
				!org.zapfiji.viewer.activity.InspectorKeys.actions().contains(action))
				assertTrue(bound.contains(action), action);
	}

	private static double[] unit(final double[] v) {
		final double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
		return new double[] { v[0] / n, v[1] / n, v[2] / n };
	}
}
