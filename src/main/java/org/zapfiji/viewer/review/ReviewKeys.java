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

package org.zapfiji.viewer.review;

import java.util.ArrayList;
import java.util.List;

import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.viewer.ui.input.Binding;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.InputBindings;

/**
 * The reviewer's keys, chosen where neither BigDataViewer's navigation nor the
 * marking keys are: Tab and shift Tab step through the review queue (no
 * BigDataViewer action uses Tab, and the panel takes it before focus
 * traversal); ctrl 1, ctrl 2 and ctrl 3 accept, reject and flag uncertain
 * (plain and shift digits are BigDataViewer's source keys; ctrl digits are
 * free, and sit beside Tab, so one hand reviews while the other stays on the
 * mouse); Enter opens the comment field. Regions: hold R and drag to draw one,
 * alt R declares the region under the mouse complete or back in progress, shift
 * R edits its corners, name and status.
 * <p>
 * Every action can be remapped in the keymap file under these names and is
 * listed in the help window; the viewer's {@code Keymap.defaults()} holds the
 * same defaults.
 */
public final class ReviewKeys {

	public static final String NEXT = "review next";

	public static final String PREVIOUS = "review previous";

	public static final String ACCEPT = "accept mark";

	public static final String REJECT = "reject mark";

	public static final String UNCERTAIN = "flag mark uncertain";

	public static final String COMMENT = "comment on mark";

	public static final String DRAW_REGION = "draw region";

	public static final String TOGGLE_REGION = "toggle region complete";

	public static final String EDIT_REGION = "edit region";

	/** Action and default triggers, in the order of the help window. */
	static final String[][] DEFAULTS = { { NEXT, "TAB" }, { PREVIOUS,
		"shift TAB" }, { ACCEPT, "ctrl 1" }, { REJECT, "ctrl 2" }, { UNCERTAIN,
			"ctrl 3" }, { COMMENT, "ENTER" }, { DRAW_REGION, "R button1" }, {
				TOGGLE_REGION, "alt R" }, { EDIT_REGION, "shift R" } };

	private ReviewKeys() {}

	/** Every review action, in the order of the help window. */
	public static List<String> actions() {
		final List<String> actions = new ArrayList<>();
		for (final String[] d : DEFAULTS)
			actions.add(d[0]);
		return actions;
	}

	static void install(final InputBindings bindings, final ReviewTool review) {
		bindings.add(NEXT,
			"go to the next mark of the review queue, centred, and select it",
			defaults(NEXT), (ClickBehaviour) (x, y) -> review.next());
		bindings.add(PREVIOUS, "go back to the previous mark of the review queue",
			defaults(PREVIOUS), (ClickBehaviour) (x, y) -> review.previous());
		bindings.add(ACCEPT, "accept the selected mark (then the next one)",
			defaults(ACCEPT), (ClickBehaviour) (x, y) -> review.verdict(
				MarkStatus.ACCEPTED));
		bindings.add(REJECT, "reject the selected mark (then the next one)",
			defaults(REJECT), (ClickBehaviour) (x, y) -> review.verdict(
				MarkStatus.REJECTED));
		bindings.add(UNCERTAIN,
			"flag the selected mark as uncertain (then the next one)", defaults(
				UNCERTAIN), (ClickBehaviour) (x, y) -> review.verdict(
					MarkStatus.UNCERTAIN));
		bindings.add(COMMENT, "type a comment on the selected mark", defaults(
			COMMENT), (ClickBehaviour) (x, y) -> review.askComment());
		bindings.add(DRAW_REGION,
			"drag a box on the plane: a new region a few planes deep", defaults(
				DRAW_REGION), review.regionDrawing());
		bindings.add(TOGGLE_REGION,
			"declare the region under the mouse complete, or back in progress",
			defaults(TOGGLE_REGION), (ClickBehaviour) (x, y) -> review.toggleRegionAt(
				x, y));
		bindings.add(EDIT_REGION,
			"edit the corners, name and status of the region under the mouse",
			defaults(EDIT_REGION), (ClickBehaviour) (x, y) -> review.editRegionAt(x,
				y));
	}

	/** The default triggers of {@code action}. */
	static String defaults(final String action) {
		for (final String[] d : DEFAULTS)
			if (d[0].equals(action)) return d[1];
		throw new IllegalArgumentException("no review action " + action);
	}

	/**
	 * The keys {@code action} has in {@code bindings} now, as a menu shows them
	 * ("TAB", "ctrl 1"); empty if none.
	 */
	static String keysOf(final InputBindings bindings, final String action) {
		for (final Binding b : bindings.bindings())
			if (b.action().equals(action)) return b.triggers().isEmpty() ? "" : b
				.keys();
		return "";
	}
}
