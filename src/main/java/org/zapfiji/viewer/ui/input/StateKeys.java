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

import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;

/**
 * BigDataViewer's keys for what is shown rather than where: time, current
 * source, source visibility and interpolation.
 */
public final class StateKeys {

	private StateKeys() {}

	public static void install(final InputBindings bindings,
		final ViewerState state)
	{
		bindings.add("next timepoint", "one time point on (stops at the last)",
			"CLOSE_BRACKET, M", (ClickBehaviour) (x, y) -> state.setTime(state
				.time() + 1));
		bindings.add("previous timepoint", "one time point back (stops at 0)",
			"OPEN_BRACKET, N", (ClickBehaviour) (x, y) -> state.setTime(Math.max(0,
				state.time() - 1)));
		bindings.add("toggle interpolation",
			"switch between nearest-neighbour and trilinear", "I", (ClickBehaviour) (
				x, y) -> state.setInterpolation(state.snapshot().interpolation()
					.next()));
		for (int i = 0; i < 10; i++) {
			final int source = i;
			final String key = String.valueOf((i + 1) % 10);
			bindings.add("set current source " + i, "make source " + (i + 1) +
				" current", key, (ClickBehaviour) (x, y) -> state.setCurrentSource(
					source));
			bindings.add("toggle source visibility " + i, "show or hide source " +
				(i + 1), "shift " + key, (ClickBehaviour) (x, y) -> toggleVisibility(
					state, source));
		}
	}

	private static void toggleVisibility(final ViewerState state,
		final int source)
	{
		final ViewerSnapshot s = state.snapshot();
		if (source >= s.sources().size()) return;
		final SourceDisplay d = s.display(source);
		state.setDisplay(source, d.withVisible(!d.visible()));
	}
}
