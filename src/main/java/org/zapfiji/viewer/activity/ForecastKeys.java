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

package org.zapfiji.viewer.activity;

import java.util.ArrayList;
import java.util.List;

import org.zapfiji.activity.ActivityColors;
import org.zapfiji.activity.ActivityModes;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.InputBindings;

/**
 * The keys of {@code ZAP Inspect Forecast}: alt 1 recorded, alt 2 predicted,
 * alt 3 signed difference, alt 4 absolute error. Chosen where nothing else is:
 * plain and shift digits are BigDataViewer's source keys, ctrl digits the
 * review verdicts; alt digits are free in BigDataViewer and ZAP Fiji alike, and
 * sit in the order the modes are read (what was recorded, what was predicted,
 * how they differ, how much). Remappable in the keymap file under these names;
 * the viewer's {@code Keymap.defaults()} holds the same defaults, so the help
 * window lists them.
 */
public final class ForecastKeys {

	public static final String RECORDED = "show recorded activity";

	public static final String PREDICTED = "show predicted activity";

	public static final String DIFFERENCE = "show forecast difference";

	public static final String ABS_ERROR = "show forecast absolute error";

	/** Action, default triggers and mode, in the order of the help window. */
	private static final Object[][] DEFAULTS = { //
		{ RECORDED, "alt 1", ActivityColors.Mode.RECORDED }, //
		{ PREDICTED, "alt 2", ActivityColors.Mode.PREDICTED }, //
		{ DIFFERENCE, "alt 3", ActivityColors.Mode.DIFFERENCE }, //
		{ ABS_ERROR, "alt 4", ActivityColors.Mode.ABS_ERROR } };

	private ForecastKeys() {}

	/** Action and default triggers, for the keymap's defaults. */
	public static String[][] defaults() {
		final String[][] d = new String[DEFAULTS.length][];
		for (int i = 0; i < d.length; i++)
			d[i] = new String[] { (String) DEFAULTS[i][0], (String) DEFAULTS[i][1] };
		return d;
	}

	/** Every action, in the order of the help window. */
	public static List<String> actions() {
		final List<String> actions = new ArrayList<>();
		for (final Object[] d : DEFAULTS)
			actions.add((String) d[0]);
		return actions;
	}

	/** Binds the four keys to {@code modes}. */
	public static void install(final InputBindings bindings,
		final ActivityModes modes)
	{
		for (final Object[] d : DEFAULTS) {
			final ActivityColors.Mode mode = (ActivityColors.Mode) d[2];
			bindings.add((String) d[0], "paint " + describe(mode) +
				" through the segmentation", (String) d[1], (ClickBehaviour) (x,
					y) -> modes.setMode(mode));
		}
	}

	private static String describe(final ActivityColors.Mode mode) {
		switch (mode) {
			case RECORDED:
				return "the recorded activity";
			case PREDICTED:
				return "the predicted activity";
			case DIFFERENCE:
				return "predicted \u2212 recorded (blue under, red over)";
			default:
				return "the absolute error |predicted \u2212 recorded|";
		}
	}
}
