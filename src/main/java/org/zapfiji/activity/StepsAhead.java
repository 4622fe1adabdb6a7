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
import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ChunkedArray;

/**
 * The prediction made a fixed {@code h} steps ahead, frame by frame: what a
 * forecaster that had seen frames up to {@code t − h} said about frame
 * {@code t}.
 * <p>
 * Window indexing, as {@link Conditions#firstTestTarget} defines it: in a
 * condition whose first test target is frame {@code F}, window {@code w}'s
 * context ends with frame {@code F + w − 1}, and its step {@code s} (1 = first,
 * stored at index {@code s − 1}) predicts frame {@code F + w + s − 1}. So the
 * prediction for frame {@code t} made {@code h} steps earlier is window
 * {@code w = t − h + 1 − F}, step {@code h} — the window whose context ends at
 * {@code t − h}. Frames no window reaches at that horizon have no prediction.
 */
public final class StepsAhead {

	private final List<Forecast> forecasts;

	private final Conditions conditions;

	private final int steps;

	/**
	 * The chunk's worth of windows read last at this horizon, for predictions and
	 * for targets. Why: ZAPBench's chunks hold 32 windows of one step, so a
	 * single window costs as much to read as 32, and a time slider asks for
	 * window after window.
	 */
	private volatile SoftReference<Windows> lastPredicted, lastTargets;

	/** Windows {@code first ..} of {@code array} at step h, neuron fastest. */
	private static final class Windows {

		final ChunkedArray array;

		final int first;

		final float[] values;

		Windows(final ChunkedArray array, final int first, final float[] values) {
			this.array = array;
			this.first = first;
			this.values = values;
		}
	}

	/**
	 * @param steps h, from 1 to the forecasts' window length
	 */
	public StepsAhead(final List<Forecast> forecasts, final Conditions conditions,
		final int steps)
	{
		for (final Forecast f : forecasts)
			if (steps < 1 || steps > f.steps()) throw new IllegalArgumentException(
				"steps ahead must be 1.." + f.steps() + " for " + f.name() + ", was " +
					steps);
		this.forecasts = List.copyOf(forecasts);
		this.conditions = conditions;
		this.steps = steps;
	}

	/** h. */
	public int steps() {
		return steps;
	}

	/**
	 * The window of a condition (first test target {@code firstTarget}, {@code
	 * windows} windows) whose step {@code steps} predicts {@code frame}, or -1.
	 */
	public static int window(final int firstTarget, final int windows,
		final int frame, final int steps)
	{
		final int w = frame - steps + 1 - firstTarget;
		return w >= 0 && w < windows ? w : -1;
	}

	/** The frame that step {@code step} (from 1) of window {@code w} predicts. */
	public static int targetFrame(final int firstTarget, final int w,
		final int step)
	{
		return firstTarget + w + step - 1;
	}

	/**
	 * Each neuron's prediction for {@code frame}, or null if no forecast's window
	 * reaches it {@code h} steps ahead.
	 */
	public float[] predicted(final int frame) throws IOException {
		return read(frame, false);
	}

	/**
	 * The targets the same windows were scored against for {@code frame}: the
	 * recorded traces at that frame when the forecasts and traces agree, which is
	 * how the window indexing above is checked.
	 */
	public float[] targets(final int frame) throws IOException {
		return read(frame, true);
	}

	private float[] read(final int frame, final boolean targets)
		throws IOException
	{
		for (final Forecast f : forecasts) {
			final int c = f.condition();
			if (c < 0 || c >= conditions.count()) continue;
			final int w = window(conditions.firstTestTarget(c), f.windows(), frame,
				steps);
			if (w < 0) continue;
			return window(targets ? f.targets() : f.predictions(), f, w, targets);
		}
		return null;
	}

	/** Window {@code w} at step h, through the chunk's worth kept last. */
	private float[] window(final ChunkedArray array, final Forecast f,
		final int w, final boolean targets) throws IOException
	{
		final int block = array.metadata().chunkShape()[2];
		final int first = w / block * block;
		final int count = Math.min(block, f.windows() - first);
		if (count <= 1 || (long) count * f
			.neurons() > TraceTables.MAX_ELEMENTS_PER_READ)
			return (float[]) ArrayBoxes.read(array, new long[] { 0, steps - 1, w },
				new int[] { f.neurons(), 1, 1 }, false);
		final SoftReference<Windows> kept = targets ? lastTargets : lastPredicted;
		Windows windows = kept == null ? null : kept.get();
		if (windows == null || windows.array != array || windows.first != first) {
			windows = new Windows(array, first, (float[]) ArrayBoxes.read(array,
				new long[] { 0, steps - 1, first }, new int[] { f.neurons(), 1, count },
				false));
			if (targets) lastTargets = new SoftReference<>(windows);
			else lastPredicted = new SoftReference<>(windows);
		}
		final int start = (w - windows.first) * f.neurons();
		return Arrays.copyOfRange(windows.values, start, start + f.neurons());
	}
}
