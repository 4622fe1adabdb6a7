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
import java.util.concurrent.atomic.AtomicReferenceArray;

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
 * take minutes before the window opens). Recorded and predicted share one
 * scale, so the same colour means the same dF/F on both sides of a split view.
 * <p>
 * Over the four modes an <em>error map</em> can be shown: one value per neuron
 * for the whole recording (its MAE over the forecast windows), painted the same
 * at every frame, to see where in the brain a forecast goes wrong.
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

	private final LabelColumns columns;

	private volatile ErrorMap errorMap;

	private volatile boolean errorMapShown;

	/** Bumped when what a frame shows changes without a change of mode. */
	private volatile int version;

	/**
	 * The last colours computed per mode: the three channel sources of a painting
	 * ask for the same, and a split view paints two modes at once.
	 */
	private final AtomicReferenceArray<Painted> last = new AtomicReferenceArray<>(
		ActivityColors.Mode.values().length);

	/** One value per trace column for the whole recording, and its scale. */
	private static final class ErrorMap {

		final double[] values;

		final String description;

		final ActivityColors palette;

		final int[] colors;

		ErrorMap(final double[] values, final String description,
			final LabelColumns columns)
		{
			this.values = values.clone();
			this.description = description;
			double hi = 0;
			for (final double v : values)
				if (Double.isFinite(v)) hi = Math.max(hi, v);
			this.palette = new ActivityColors(ActivityColors.Mode.ABS_ERROR, 0, hi > 0
				? hi : 1);
			this.colors = palette.byLabel(this.values, columns);
		}
	}

	private static final class Painted {

		final ActivityColors.Mode mode;

		final int t;

		final int version;

		final int[] colors;

		Painted(final ActivityColors.Mode mode, final int t, final int version,
			final int[] colors)
		{
			this.mode = mode;
			this.t = t;
			this.version = version;
			this.colors = colors;
		}
	}

	/**
	 * @param predicted null: only {@link ActivityColors.Mode#RECORDED} can be
	 *          shown
	 * @throws IOException if the traces cannot be read for the colour ranges
	 */
	public ActivityModes(final TraceTable recorded,
		final ActivityFrames.Predictions predicted) throws IOException
	{
		this(recorded, predicted, LabelColumns.identity());
	}

	/**
	 * @param columns which trace column paints which segmentation label
	 */
	public ActivityModes(final TraceTable recorded,
		final ActivityFrames.Predictions predicted, final LabelColumns columns)
		throws IOException
	{
		this.columns = columns;
		final Map<ActivityColors.Mode, double[]> ranges = new EnumMap<>(
			ActivityColors.Mode.class);
		for (final ActivityColors.Mode m : ActivityColors.Mode.values()) {
			if (m.needsPrediction() && predicted == null) continue;
			final ActivityFrames f = new ActivityFrames(recorded, predicted, m);
			frames.put(m, f);
			ranges.put(m, range(f));
		}
		final double[] shared = ranges.get(ActivityColors.Mode.RECORDED);
		final double[] p = ranges.get(ActivityColors.Mode.PREDICTED);
		if (p != null) {
			shared[0] = Math.min(shared[0], p[0]);
			shared[1] = Math.max(shared[1], p[1]);
			ranges.put(ActivityColors.Mode.PREDICTED, shared);
		}
		for (final Map.Entry<ActivityColors.Mode, double[]> e : ranges.entrySet())
			palettes.put(e.getKey(), palette(e.getKey(), e.getValue()));
	}

	/** The modes that can be shown, in the order of the keys. */
	public List<ActivityColors.Mode> modes() {
		return Collections.unmodifiableList(new ArrayList<>(frames.keySet()));
	}

	public ActivityColors.Mode mode() {
		return mode;
	}

	/**
	 * Shows {@code next} (and leaves the error map) and tells the listeners (the
	 * window repaints).
	 *
	 * @return false, changing nothing, if {@code next} needs predictions and
	 *         there are none
	 */
	public boolean setMode(final ActivityColors.Mode next) {
		if (!frames.containsKey(next)) return false;
		final boolean changed = next != mode || errorMapShown;
		mode = next;
		errorMapShown = false;
		if (changed) changed();
		return true;
	}

	/**
	 * The error map: {@code perColumn[n]} for the neuron of trace column n, e.g.
	 * its MAE over all windows and steps; {@code description} names it in the
	 * view ("MAE per neuron, 1,557 windows").
	 */
	public void setErrorMap(final double[] perColumn, final String description) {
		errorMap = new ErrorMap(perColumn, description, columns);
		if (errorMapShown) changed();
	}

	/** Whether an error map was {@linkplain #setErrorMap given}. */
	public boolean hasErrorMap() {
		return errorMap != null;
	}

	/**
	 * Shows the error map over the mode, or stops showing it.
	 *
	 * @return false, changing nothing, if there is no error map
	 */
	public boolean showErrorMap(final boolean show) {
		if (show && errorMap == null) return false;
		if (show != errorMapShown) {
			errorMapShown = show;
			changed();
		}
		return true;
	}

	public boolean isErrorMapShown() {
		return errorMapShown;
	}

	/** The error map's values by trace column, or null. */
	public double[] errorMap() {
		final ErrorMap m = errorMap;
		return m == null ? null : m.values.clone();
	}

	/**
	 * Tells the listeners that frames now show other values, e.g. after the
	 * forecast scrub moved to another horizon or window.
	 */
	public void changed() {
		version++;
		for (final Runnable r : listeners)
			r.run();
	}

	/** Called after every change of mode, on the thread that made it. */
	public void addListener(final Runnable listener) {
		listeners.add(listener);
	}

	/** Frames of the recorded traces: the time points painted. */
	public int frames() {
		return frames.get(ActivityColors.Mode.RECORDED).frames();
	}

	/** Whether predictions were given (all four modes can be shown). */
	public boolean hasPredictions() {
		return frames.containsKey(ActivityColors.Mode.PREDICTED);
	}

	/** The colour scale of {@code m}, fixed for the whole recording. */
	public ActivityColors palette(final ActivityColors.Mode m) {
		final ActivityColors p = palettes.get(m);
		if (p == null) throw new IllegalArgumentException("mode " + m.key() +
			" needs predictions, and none were given");
		return p;
	}

	/**
	 * The values shown at frame {@code t}, by trace column: the current mode's,
	 * or the error map's while it is shown.
	 */
	public double[] values(final int t) throws IOException {
		final ErrorMap m = errorMap;
		if (errorMapShown && m != null) return m.values.clone();
		return values(mode, t);
	}

	/** The values of mode {@code m} at frame {@code t}, by trace column. */
	public double[] values(final ActivityColors.Mode m, final int t)
		throws IOException
	{
		final ActivityFrames f = frames.get(m);
		if (f == null) throw new IllegalArgumentException("mode " + m.key() +
			" needs predictions, and none were given");
		return f.values(t);
	}

	/**
	 * Colours by label (0 = background) at frame t: of the current mode, or of
	 * the error map while it is shown.
	 */
	public int[] colors(final int t) throws IOException {
		final ErrorMap m = errorMap;
		if (errorMapShown && m != null) return m.colors;
		return colors(mode, t);
	}

	/**
	 * Colours by label of mode {@code m} at frame t, whatever is shown now (the
	 * second side of a split view paints one mode). The last result is kept, as
	 * each of the three channels of a painting asks for the same.
	 */
	public int[] colors(final ActivityColors.Mode m, final int t)
		throws IOException
	{
		final int v = version;
		final Painted p = last.get(m.ordinal());
		if (p != null && p.t == t && p.version == v) return p.colors;
		final int[] colors = palette(m).byLabel(values(m, t), columns);
		last.set(m.ordinal(), new Painted(m, t, v, colors));
		return colors;
	}

	/** "difference (predicted − recorded), ±0.021" for the overlay. */
	public String describe() {
		final ErrorMap e = errorMap;
		if (errorMapShown && e != null) return e.description + ", " + range(
			e.palette);
		return describe(mode);
	}

	/** The overlay's text for mode {@code m}. */
	public String describe(final ActivityColors.Mode m) {
		final ActivityColors p = palette(m);
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

	/** Min and max (± the largest |value| if diverging) of sampled frames. */
	private static double[] range(final ActivityFrames f) throws IOException {
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
		return new double[] { lo, hi };
	}

	private static ActivityColors palette(final ActivityColors.Mode mode,
		final double[] range)
	{
		double lo = range[0], hi = range[1];
		if (!(hi > lo)) {
			lo = mode.isDiverging() ? -1 : 0;
			hi = 1;
		}
		if (mode.isDiverging()) return new ActivityColors(mode, 0, Math.max(Math
			.abs(lo), Math.abs(hi)));
		return new ActivityColors(mode, lo, hi);
	}
}
