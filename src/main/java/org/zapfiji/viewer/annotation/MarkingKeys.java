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

package org.zapfiji.viewer.annotation;

import java.util.ArrayList;
import java.util.List;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.DragBehaviour;
import org.zapfiji.viewer.ui.input.InputBindings;

/**
 * The annotator's keys, Mastodon's where they do not clash with BigDataViewer's
 * navigation: A adds a mark at the mouse, D deletes the one under it, Space
 * held with a left-drag moves one, E and Q grow and shrink one, ctrl Z and ctrl
 * shift Z undo and redo, a left click selects.
 * <p>
 * BigDataViewer binds shift A to "align XZ plane", so adding without snapping
 * for one click is alt A; alt S turns snapping off (and on) for good, alt C
 * colours marks by annotator instead of status. Every action can be remapped in
 * the keymap file under these names and is listed in the help window.
 * <p>
 * The mouse position is read on the event thread, on the plane shown; the edit
 * itself runs on the tool's edit thread (snapping reads voxels, the store
 * writes to disk), in the order the keys were pressed.
 */
public final class MarkingKeys {

	public static final String ADD = "add mark";

	public static final String ADD_UNSNAPPED = "add mark without snapping";

	public static final String DELETE = "delete mark";

	public static final String MOVE = "move mark";

	public static final String GROW = "grow mark";

	public static final String SHRINK = "shrink mark";

	public static final String SELECT = "select mark";

	public static final String UNDO = "undo";

	public static final String REDO = "redo";

	public static final String TOGGLE_SNAPPING = "toggle snapping";

	public static final String TOGGLE_COLORS = "toggle mark colours";

	/**
	 * Action and default triggers, in the order of the help window; the viewer's
	 * {@code Keymap.defaults()} holds the same, so the keymap file lists them.
	 */
	static final String[][] DEFAULTS = { { ADD, "A" }, { ADD_UNSNAPPED, "alt A" },
		{ DELETE, "D" }, { MOVE, "SPACE button1" }, { GROW, "E" }, { SHRINK, "Q" },
		{ SELECT, "button1" }, { UNDO, "ctrl Z" }, { REDO, "shift ctrl Z" }, {
			TOGGLE_SNAPPING, "alt S" }, { TOGGLE_COLORS, "alt C" } };

	private MarkingKeys() {}

	/** Every marking action, in the order of the help window. */
	public static List<String> actions() {
		final List<String> actions = new ArrayList<>();
		for (final String[] d : DEFAULTS)
			actions.add(d[0]);
		return actions;
	}

	static void install(final InputBindings bindings, final ViewerState state,
		final AnnotationTool tool)
	{
		final MarkEditor editor = tool.editor();
		bindings.add(ADD,
			"add a mark at the mouse, snapped to the neuron's center (the click is kept)",
			defaults(ADD), (ClickBehaviour) (x, y) -> {
				final double[] p = at(state, x, y);
				final int t = state.time();
				tool.submit(() -> editor.add(p, t, true));
			});
		bindings.add(ADD_UNSNAPPED, "add a mark exactly at the mouse, this once",
			defaults(ADD_UNSNAPPED), (ClickBehaviour) (x, y) -> {
				final double[] p = at(state, x, y);
				final int t = state.time();
				tool.submit(() -> editor.add(p, t, false));
			});
		bindings.add(DELETE, "delete the mark under the mouse", defaults(DELETE),
			(ClickBehaviour) (x, y) -> {
				final double[] p = at(state, x, y);
				final int t = state.time();
				tool.submit(() -> editor.deleteAt(p, t));
			});
		bindings.add(MOVE, "drag the mark under the mouse to a new place", defaults(
			MOVE), new MoveDrag(state, tool));
		bindings.add(GROW,
			"radius of the mark under the mouse (else the selected one) x " +
				MarkEditor.RADIUS_STEP, defaults(GROW), scale(state, tool,
					MarkEditor.RADIUS_STEP));
		bindings.add(SHRINK,
			"radius of the mark under the mouse (else the selected one) / " +
				MarkEditor.RADIUS_STEP, defaults(SHRINK), scale(state, tool, 1 /
					MarkEditor.RADIUS_STEP));
		bindings.add(SELECT, "select the mark under the mouse (click)", defaults(
			SELECT), (ClickBehaviour) (x, y) -> {
				final double[] p = at(state, x, y);
				final int t = state.time();
				tool.submit(() -> editor.selectAt(p, t));
			});
		bindings.add(UNDO, "undo your latest edit of the project", defaults(UNDO),
			(ClickBehaviour) (x, y) -> tool.submit(editor::undo));
		bindings.add(REDO, "redo what you undid last", defaults(REDO),
			(ClickBehaviour) (x, y) -> tool.submit(editor::redo));
		bindings.add(TOGGLE_SNAPPING,
			"turn snapping of new marks off, or back on, until pressed again",
			defaults(TOGGLE_SNAPPING), (ClickBehaviour) (x, y) -> {
				editor.setSnapping(!editor.snapping());
				tool.previewAt(x, y);
			});
		bindings.add(TOGGLE_COLORS, "colour marks by status or by annotator",
			defaults(TOGGLE_COLORS), (ClickBehaviour) (x, y) -> {
				tool.overlay().setColorByAnnotator(!tool.overlay().colorByAnnotator());
				bindings.target().repaint();
			});
	}

	/** The default triggers of {@code action}. */
	static String defaults(final String action) {
		for (final String[] d : DEFAULTS)
			if (d[0].equals(action)) return d[1];
		throw new IllegalArgumentException("no annotation action " + action);
	}

	/** The point on the plane shown under screen pixel (x, y), µm. */
	static double[] at(final ViewerState state, final int x, final int y) {
		return ViewTransforms.globalAt(state.transform(), x, y);
	}

	private static ClickBehaviour scale(final ViewerState state,
		final AnnotationTool tool, final double factor)
	{
		return (x, y) -> {
			final double[] p = at(state, x, y);
			final int t = state.time();
			tool.submit(() -> tool.editor().scaleRadius(p, t, factor));
		};
	}

	/** Moves the mark under the mouse with it; one edit when let go. */
	private static final class MoveDrag implements DragBehaviour {

		private final ViewerState state;

		private final AnnotationTool tool;

		MoveDrag(final ViewerState state, final AnnotationTool tool) {
			this.state = state;
			this.tool = tool;
		}

		@Override
		public void init(final int x, final int y) {
			final double[] p = at(state, x, y);
			final int t = state.time();
			tool.submit(() -> tool.editor().beginMove(p, t));
		}

		@Override
		public void drag(final int x, final int y) {
			final double[] p = at(state, x, y);
			tool.submit(() -> tool.editor().moveTo(p));
		}

		@Override
		public void end(final int x, final int y) {
			final double[] p = at(state, x, y);
			tool.submit(() -> {
				tool.editor().moveTo(p);
				tool.editor().endMove();
			});
		}
	}
}
