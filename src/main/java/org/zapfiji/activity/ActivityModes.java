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

package org.zapfiji.activity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What an inspection window paints, and which of recorded, predicted,
 * difference and absolute error is shown now: the window's keys call
 * {@link #setMode}, its painted sources call {@link #colors}, its overlay reads
 * {@link #describe}. Kept free of windows so the switching is tested without a
 * display.
 * <p>
 * Each mode keeps one colour scale for the whole recording, so scrubbing time
 * never rescales the colours under the eye: the range of the values over every
 * frame, or over {@value #SAMPLED_FRAMES} evenly spaced frames when the
 * recording is longer (reading all frames of a ZAPBench-size recording would
 * take minutes before the window opens).
 */
public final class ActivityModes {

	/** Frames read to find a colour range when there are more. */
	public static final int SAMPLED_FRAMES = 256;

	private final Map<ActivityColors.Mode, ActivityFrames> frames = new EnumMap<>(
		ActivityColors.Mode.class);

	private final Map<ActivityColors.Mode, ActivityColors> palettes =
		new EnumMap<>(ActivityColors.Mode.class);

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private volatile ActivityColors.Mode mode = ActivityColors.Mode.RECORDED;

	/**
	 * @param predicted null: only {@link ActivityColors.Mode#RECORDED} can be
	 *          shown
	 * @throws IOException if the traces cannot be read for the colour ranges
	 */
	public ActivityModes(final TraceTable recorded,
		final ActivityFrames.Predictions predicted) throws IOException
	{
		for (final ActivityColors.Mode m : ActivityColors.Mode.values()) {
			if (m.needsPrediction() && predicted == null) continue;
			final ActivityFrames f = new ActivityFrames(recorded, predicted, m);
			frames.put(m, f);
			palettes.put(m, palette(f));
		}
	}

	/** The modes that can be shown, in the order of the keys. */
	public List<ActivityColors.Mode> modes() {
		return Collections.unmodifiableList(new ArrayList<>(frames.keySet()));
	}

	public ActivityColors.Mode mode() {
		return mode;
	}

	/**
	 * Shows {@code next} and tells the listeners (the window repaints).
	 *
	 * @return false, changing nothing, if {@code next} needs predictions and
	 *         there are none
	 */
	public boolean setMode(final ActivityColors.Mode next) {
		if (!frames.containsKey(next)) return false;
		final boolean changed = next != mode;
		mode = next;
		if (changed) for (final Runnable r : listeners)
			r.run();
		return true;
	}

	/** Called after every change of mode, on the thread that made it. */
	public void addListener(final Runnable listener) {
		listeners.add(listener);
	}

	/** Frames of the recorded traces: the time points painted. */
	public int frames() {
		return frames.get(ActivityColors.Mode.RECORDED).frames();
	}

	/** The colour scale of {@code m}, fixed for the whole recording. */
	public ActivityColors palette(final ActivityColors.Mode m) {
		final ActivityColors p = palettes.get(m);
		if (p == null) throw new IllegalArgumentException("mode " + m.key() +
			" needs predictions, and none were given");
		return p;
	}

	/** The values of the current mode at frame {@code t}, by trace column. */
	public double[] values(final int t) throws IOException {
		return frames.get(mode).values(t);
	}

	/** Colours by label (0 = background) of the current mode at frame t. */
	public int[] colors(final int t) throws IOException {
		final ActivityColors.Mode m = mode;
		return palettes.get(m).byLabel(frames.get(m).values(t));
	}

	/** "difference (predicted − recorded), ±0.021" for the overlay. */
	public String describe() {
		final ActivityColors.Mode m = mode;
		final ActivityColors p = palettes.get(m);
		switch (m) {
			case RECORDED:
				return "recorded, " + range(p);
			case PREDICTED:
				return "predicted, " + range(p);
			case DIFFERENCE:
				return "difference (predicted \u2212 recorded), \u00b1" + number(p
					.max());
			default:
				return "absolute error |predicted \u2212 recorded|, " + range(p);
		}
	}

	private static String range(final ActivityColors p) {
		return number(p.min()) + " \u2026 " + number(p.max());
	}

	private static String number(final double v) {
		return String.format(java.util.Locale.ROOT, "%.3g", v);
	}

	private static ActivityColors palette(final ActivityFrames f)
		throws IOException
	{
		final int n = f.frames();
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		final int samples = Math.min(n, SAMPLED_FRAMES);
		for (int i = 0; i < samples; i++) {
			final int t = samples == n ? i : (int) ((long) i * (n - 1) / (samples -
				1));
			// each value on its own: a frame whose values are all equal still
			// widens the range
			for (final double v : f.values(t))
				if (Double.isFinite(v)) {
					final double x = f.mode().isDiverging() ? Math.abs(v) : v;
					lo = Math.min(lo, f.mode().isDiverging() ? -x : x);
					hi = Math.max(hi, x);
				}
		}
		if (!(hi > lo)) {
			lo = f.mode().isDiverging() ? -1 : 0;
			hi = 1;
		}
		if (f.mode().isDiverging()) return new ActivityColors(f.mode(), 0, Math.max(
			Math.abs(lo), Math.abs(hi)));
		return new ActivityColors(f.mode(), lo, hi);
	}
}
