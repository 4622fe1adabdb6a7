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

package org.zapfiji.viewer.ui.dialog;

import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;

/**
 * What the brightness and visibility dialogs do to the viewer state, without
 * the dialogs: every edit goes straight into {@link ViewerState#setDisplay}, so
 * the picture follows the slider.
 */
public final class DisplayEdits {

	private final ViewerState state;

	public DisplayEdits(final ViewerState state) {
		this.state = state;
	}

	public ViewerSnapshot snapshot() {
		return state.snapshot();
	}

	/**
	 * Sets the value drawn black; the value drawn in full colour follows if it
	 * would fall below it, so the range never turns inside out.
	 */
	public void setMin(final int source, final double min) {
		final SourceDisplay d = state.snapshot().display(source);
		state.setDisplay(source, d.withRange(min, Math.max(min, d.max())));
	}

	/** Sets the value drawn in full colour; the minimum follows if above it. */
	public void setMax(final int source, final double max) {
		final SourceDisplay d = state.snapshot().display(source);
		state.setDisplay(source, d.withRange(Math.min(d.min(), max), max));
	}

	/** @param rgb 0xRRGGBB */
	public void setColor(final int source, final int rgb) {
		final SourceDisplay d = state.snapshot().display(source);
		state.setDisplay(source, d.withColor(rgb));
	}

	public void setVisible(final int source, final boolean visible) {
		final SourceDisplay d = state.snapshot().display(source);
		state.setDisplay(source, d.withVisible(visible));
	}

	public void setCurrent(final int source) {
		state.setCurrentSource(source);
	}

	/**
	 * What the sliders span: from 0 (or below, for negative data) to twice the
	 * larger of the source's initial maximum and the current range, rounded up to
	 * 1, 2 or 5 × 10ⁿ. The spinners beside them take any value; the span grows
	 * when one is set beyond it.
	 */
	public double[] sliderRange(final int source) {
		final ViewerSnapshot s = state.snapshot();
		final double[] initial = s.sources().get(source).initialRange();
		final SourceDisplay d = s.display(source);
		final double lo = Math.min(0, Math.min(initial[0], d.min()));
		final double top = Math.max(initial[1], Math.max(d.max(), d.min()));
		final double hi = roundUp(Math.max(top * 2, lo + 1));
		return new double[] { lo, hi };
	}

	/** The next 1, 2 or 5 × 10ⁿ at or above {@code v} (v > 0), else v. */
	static double roundUp(final double v) {
		if (!(v > 0)) return v;
		final double decade = Math.pow(10, Math.floor(Math.log10(v)));
		for (final double f : new double[] { 1, 2, 5, 10 })
			if (f * decade >= v * (1 - 1e-12)) return f * decade;
		return 10 * decade;
	}
}
