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

import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.InputBindings;

/**
 * The keys of {@code ZAP Inspect Forecast} beyond the four modes
 * ({@link ForecastKeys}): alt 5 the error map, alt W fixes the forecast window
 * shown (or goes back to steps ahead), alt ] and alt [ move to the next or
 * previous window (or horizon), alt O switches between painting and centroid
 * dots, and a click on a neuron plots its traces. Alt with a letter or bracket
 * is free in BigDataViewer's keymap and in ZAP Fiji's marking and review keys;
 * the brackets sit beside BigDataViewer's own time keys {@code [ ]}, as the
 * window or horizon is the forecast's own time.
 */
public final class InspectorKeys {

	public static final String ERROR_MAP = "show forecast error map";

	public static final String FIX_WINDOW = "toggle fixed forecast window";

	public static final String NEXT = "next forecast window";

	public static final String PREVIOUS = "previous forecast window";

	public static final String DOTS = "toggle activity dots";

	public static final String PLOT = "plot neuron";

	/** Action and default triggers, in the order of the help window. */
	static final String[][] DEFAULTS = { { ERROR_MAP, "alt 5" }, { FIX_WINDOW,
		"alt W" }, { NEXT, "alt CLOSE_BRACKET" }, { PREVIOUS, "alt OPEN_BRACKET" },
		{ DOTS, "alt O" }, { PLOT, "button1" } };

	private InspectorKeys() {}

	/** Action and default triggers, for the keymap's defaults. */
	public static String[][] defaults() {
		final String[][] d = new String[DEFAULTS.length][];
		for (int i = 0; i < d.length; i++)
			d[i] = DEFAULTS[i].clone();
		return d;
	}

	/** Every action, in the order of the help window. */
	public static List<String> actions() {
		final List<String> actions = new ArrayList<>();
		for (final String[] d : DEFAULTS)
			actions.add(d[0]);
		return actions;
	}

	/** Binds the keys to {@code inspector}. */
	public static void install(final InputBindings bindings,
		final ForecastInspector inspector)
	{
		bindings.add(ERROR_MAP,
			"paint each neuron's mean absolute error over all forecast windows " +
				"(again: back to the mode)", trigger(ERROR_MAP), (ClickBehaviour) (x,
					y) -> inspector.toggleErrorMap());
		bindings.add(FIX_WINDOW,
			"follow the forecast window shown now step by step as time moves, or " +
				"go back to a fixed number of steps ahead", trigger(FIX_WINDOW),
			(ClickBehaviour) (x, y) -> inspector.toggleFixedWindow());
		bindings.add(NEXT,
			"the next forecast window (fixed window) or one step further ahead",
			trigger(NEXT), (ClickBehaviour) (x, y) -> inspector.moveForecast(1));
		bindings.add(PREVIOUS,
			"the previous forecast window (fixed window) or one step less ahead",
			trigger(PREVIOUS), (ClickBehaviour) (x, y) -> inspector.moveForecast(-1));
		bindings.add(DOTS,
			"show every neuron as a dot at its centroid, or paint the segments",
			trigger(DOTS), (ClickBehaviour) (x, y) -> inspector.toggleDots());
		bindings.add(PLOT,
			"plot the recorded trace, context, forecasts and error per step of " +
				"the neuron clicked", trigger(PLOT), (ClickBehaviour) (x,
					y) -> inspector.chooseNeuronAt(x, y));
	}

	private static String trigger(final String action) {
		for (final String[] d : DEFAULTS)
			if (d[0].equals(action)) return d[1];
		throw new IllegalArgumentException(action);
	}
}
