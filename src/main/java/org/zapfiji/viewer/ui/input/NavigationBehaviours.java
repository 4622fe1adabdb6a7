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

import javax.swing.JComponent;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * BigDataViewer's navigation on a {@link ViewerState}, under BigDataViewer's
 * action names and default triggers.
 * <p>
 * Steps: drag rotation 1° per pixel about where the drag started; LEFT/RIGHT
 * rotate 1° about the selected axis (X, Y, Z keys; z, the viewing axis, at
 * first) through the window centre; UP/DOWN zoom by 1.1 about the centre; the
 * wheel zooms by 1.05 per click about the mouse; wheel and {@code ,} {@code .}
 * move the plane one {@linkplain ViewSteps#zStep z step} (one slice of the
 * current source along the viewing direction). The {@code fast} variants
 * (shift) do 10 times as much (10°, zoom 2, 10 slices), the {@code slow} ones
 * (ctrl) a tenth (0.1°, zoom 1.01, 0.1 slice), as in BigDataViewer.
 * <p>
 * Time, source, visibility and interpolation keys are in {@link StateKeys},
 * bookmarks in {@link BookmarkKeys}; {@link #install} installs all three.
 */
public final class NavigationBehaviours {

	private static final String[] SPEED_NAMES = { "", " fast", " slow" };

	private static final double[] SPEEDS = { 1, 10, 0.1 };

	private static final String[] SPEED_KEYS = { "", "shift ", "ctrl " };

	private NavigationBehaviours() {}

	/** All navigation, state and bookmark actions, on {@code panel}'s size. */
	public static void install(final InputBindings bindings,
		final ViewerState state, final JComponent panel)
	{
		installTransforms(bindings, state, panel);
		StateKeys.install(bindings, state);
		BookmarkKeys.install(bindings, state, panel);
	}

	private static void installTransforms(final InputBindings bindings,
		final ViewerState state, final JComponent panel)
	{
		final int[] axis = { 2 };
		bindings.add("drag translate", "pan: the picture follows the mouse",
			"button2, button3", TransformDrag.translate(state));
		bindings.add("scroll zoom", "zoom by 1.05 per wheel click about the mouse",
			"meta scroll, shift ctrl scroll", (ScrollBehaviour) (r, x, y) -> state
				.setTransform(ViewTransforms.zoom(state.transform(), Math.pow(1.05, -r),
					x, y)));
		for (int a = 0; a < 3; a++) {
			final int chosen = a;
			final String name = String.valueOf("xyz".charAt(a));
			bindings.add("axis " + name, "LEFT/RIGHT rotate about the screen's " +
				name + " axis", name.toUpperCase(), (ClickBehaviour) (x, y) -> axis[0] =
					chosen);
		}
		for (int s = 0; s < 3; s++)
			installSpeed(bindings, state, panel, axis, s);
		bindings.add("align XY plane", "show the XY plane about the mouse",
			"shift Z", align(state, bindings, Plane.XY));
		bindings.add("align ZY plane", "show the ZY plane about the mouse",
			"shift X", align(state, bindings, Plane.ZY));
		bindings.add("align XZ plane", "show the XZ plane about the mouse",
			"shift Y, shift A", align(state, bindings, Plane.XZ));
	}

	private static void installSpeed(final InputBindings bindings,
		final ViewerState state, final JComponent panel, final int[] axis,
		final int s)
	{
		final String n = SPEED_NAMES[s];
		final String k = SPEED_KEYS[s];
		final double v = SPEEDS[s];
		final String a = amount(v);
		bindings.add("drag rotate" + n, "rotate " + a +
			"° per pixel about the point where the drag started", k + "button1",
			TransformDrag.rotate(state, v));
		bindings.add("scroll browse z" + n, "move the plane " + a +
			" slice per wheel click", k + "scroll", (ScrollBehaviour) (r, x,
				y) -> browse(state, r * v));
		bindings.add("rotate left" + n, "rotate " + a +
			"° about the chosen axis through the centre", k + "LEFT",
			(ClickBehaviour) (x, y) -> rotate(state, panel, axis[0], v));
		bindings.add("rotate right" + n, "rotate -" + a +
			"° about the chosen axis through the centre", k + "RIGHT",
			(ClickBehaviour) (x, y) -> rotate(state, panel, axis[0], -v));
		final double factor = 1 + 0.1 * v;
		bindings.add("zoom in" + n, "zoom by " + amount(factor) +
			" about the centre", k + "UP", (ClickBehaviour) (x, y) -> zoom(state,
				panel, factor));
		bindings.add("zoom out" + n, "zoom by 1/" + amount(factor) +
			" about the centre", k + "DOWN", (ClickBehaviour) (x, y) -> zoom(state,
				panel, 1 / factor));
		bindings.add("forward z" + n, "move the plane " + a + " slice", k + "COMMA",
			(ClickBehaviour) (x, y) -> browse(state, v));
		bindings.add("backward z" + n, "move the plane " + a +
			" slice the other way", k + "PERIOD", (ClickBehaviour) (x, y) -> browse(
				state, -v));
	}

	/** 1 rather than 1.0 in the help window. */
	private static String amount(final double v) {
		return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
	}

	private static ClickBehaviour align(final ViewerState state,
		final InputBindings bindings, final Plane plane)
	{
		return (x, y) -> state.setTransform(ViewTransforms.align(state.transform(),
			plane, bindings.mouseX(), bindings.mouseY()));
	}

	private static void browse(final ViewerState state, final double steps) {
		state.setTransform(ViewSteps.browseZ(state.transform(), steps, ViewSteps
			.zStep(state.snapshot())));
	}

	private static void rotate(final ViewerState state, final JComponent panel,
		final int axis, final double degrees)
	{
		state.setTransform(ViewTransforms.rotate(state.transform(), axis, degrees *
			ViewSteps.DEGREE, panel.getWidth() / 2.0, panel.getHeight() / 2.0, 0));
	}

	private static void zoom(final ViewerState state, final JComponent panel,
		final double factor)
	{
		state.setTransform(ViewTransforms.zoom(state.transform(), factor, panel
			.getWidth() / 2.0, panel.getHeight() / 2.0));
	}
}
