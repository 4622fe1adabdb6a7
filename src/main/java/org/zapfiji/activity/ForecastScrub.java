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
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The two ways of scrubbing forecasts through time, and which one is in use:
 * <ul>
 * <li><b>fixed steps ahead</b> h: each frame shows the prediction made h steps
 * earlier ({@link StepsAhead}), so a whole recording can be watched at one
 * horizon;</li>
 * <li><b>fixed window</b>: one forecast followed step by step, 1 to 32, as
 * frames advance ({@link OneWindow}), so one sees it drift away from the
 * recording.</li>
 * </ul>
 * Switching from steps ahead to a fixed window keeps the window that predicts
 * the current frame at the current horizon, so the picture does not jump. Kept
 * free of windows: the viewer's keys call it, its painting reads {@link #at}.
 */
public final class ForecastScrub implements ActivityFrames.Predictions {

	/** One forecast window: its condition's forecast and index. */
	public static final class Window {

		public final Forecast forecast;

		public final int window;

		/** The frame step 1 predicts. */
		public final int firstFrame;

		Window(final Forecast forecast, final int window, final int firstFrame) {
			this.forecast = forecast;
			this.window = window;
			this.firstFrame = firstFrame;
		}

		/** The step (from 1) that predicts {@code frame}, or 0 outside. */
		public int step(final int frame) {
			final int s = frame - firstFrame + 1;
			return s >= 1 && s <= forecast.steps() ? s : 0;
		}

		public int lastFrame() {
			return firstFrame + forecast.steps() - 1;
		}

		@Override
		public boolean equals(final Object o) {
			return o instanceof Window && ((Window) o).forecast == forecast &&
				((Window) o).window == window;
		}

		@Override
		public int hashCode() {
			return 31 * System.identityHashCode(forecast) + window;
		}
	}

	private final List<Forecast> forecasts;

	private final Conditions conditions;

	private final int maxSteps;

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private volatile int stepsAhead;

	private volatile Window fixed;

	private volatile StepsAhead reader;

	/**
	 * @param forecasts one per condition, as {@link Forecasts#open} gives them;
	 *          those whose condition is not in {@code conditions} are never shown
	 * @param stepsAhead the first horizon h
	 */
	public ForecastScrub(final List<Forecast> forecasts,
		final Conditions conditions, final int stepsAhead)
	{
		if (forecasts.isEmpty()) throw new IllegalArgumentException(
			"no forecasts to scrub");
		int steps = Integer.MAX_VALUE;
		for (final Forecast f : forecasts)
			steps = Math.min(steps, f.steps());
		this.maxSteps = steps;
		this.forecasts = List.copyOf(forecasts);
		this.conditions = conditions;
		checkSteps(stepsAhead);
		this.stepsAhead = stepsAhead;
	}

	/** Called after every change, on the thread that made it. */
	public void addListener(final Runnable listener) {
		listeners.add(listener);
	}

	public boolean isFixedWindow() {
		return fixed != null;
	}

	/** h of the fixed-steps-ahead scrub, kept while a window is fixed. */
	public int stepsAhead() {
		return stepsAhead;
	}

	/** The largest h: the shortest window length of the forecasts. */
	public int maxSteps() {
		return maxSteps;
	}

	public Conditions conditions() {
		return conditions;
	}

	public List<Forecast> forecasts() {
		return forecasts;
	}

	/** Scrubs by steps ahead at horizon {@code h}; leaves a fixed window. */
	public void setStepsAhead(final int h) {
		checkSteps(h);
		stepsAhead = h;
		fixed = null;
		changed();
	}

	/**
	 * Fixes the window shown at {@code frame}: the one whose step h predicts it,
	 * else the nearest window that covers it, else the nearest window at all.
	 *
	 * @return the window fixed
	 */
	public Window fixWindowAt(final int frame) {
		Window w = window(frame);
		if (w == null) w = nearest(frame);
		fixed = w;
		changed();
		return w;
	}

	/** Back to steps ahead at the horizon kept. */
	public void release() {
		fixed = null;
		changed();
	}

	/**
	 * Moves the fixed window by {@code delta} windows within its condition, or
	 * changes h by {@code delta} (1..{@link #maxSteps}) when none is fixed.
	 *
	 * @return false if it would leave the condition or the horizons
	 */
	public boolean move(final int delta) {
		final Window w = fixed;
		if (w == null) {
			final int h = stepsAhead + delta;
			if (h < 1 || h > maxSteps) return false;
			stepsAhead = h;
		}
		else {
			final int next = w.window + delta;
			if (next < 0 || next >= w.forecast.windows()) return false;
			fixed = new Window(w.forecast, next, w.firstFrame + delta);
		}
		changed();
		return true;
	}

	/**
	 * The window painted at {@code frame}: the fixed one, or the one whose step h
	 * predicts {@code frame}; null if none does.
	 */
	public Window window(final int frame) {
		final Window w = fixed;
		if (w != null) return w;
		final int h = stepsAhead;
		for (final Forecast f : forecasts) {
			final int first = firstTarget(f);
			if (first < 0) continue;
			final int i = StepsAhead.window(first, f.windows(), frame, h);
			if (i >= 0) return new Window(f, i, StepsAhead.targetFrame(first, i, 1));
		}
		return null;
	}

	/**
	 * The window to plot at {@code frame}: the one {@link #window} gives, else
	 * the nearest window of any condition, so a neuron's forecast can be shown
	 * from any frame.
	 */
	public Window windowNear(final int frame) {
		final Window w = window(frame);
		return w != null ? w : nearest(frame);
	}

	/** Each neuron's prediction painted at {@code frame}, or null. */
	@Override
	public float[] at(final int frame) throws IOException {
		if (fixed == null) return reader().predicted(frame);
		final Window w = window(frame);
		if (w == null) return null;
		// window w's step 1 predicts firstFrame = F + w
		return new OneWindow(w.forecast, w.firstFrame - w.window, w.window)
			.predicted(frame);
	}

	/** "3 steps ahead" or "window 12 of gain, step 5 of 32". */
	public String describe(final int frame) {
		final Window w = fixed;
		if (w == null) return stepsAhead + (stepsAhead == 1 ? " step" : " steps") +
			" ahead";
		final int step = w.step(frame);
		final int c = w.forecast.condition();
		final String name = c >= 0 && c < conditions.count() ? conditions.name(c)
			: w.forecast.name();
		return String.format(Locale.ROOT, "window %d of %s (frames %d\u2013%d), %s",
			w.window, name, w.firstFrame, w.lastFrame(), step == 0
				? "outside its steps" : "step " + step + " of " + w.forecast.steps());
	}

	/** The reader at the current horizon, which keeps its last chunk. */
	private StepsAhead reader() {
		final int h = stepsAhead;
		StepsAhead r = reader;
		if (r == null || r.steps() != h) {
			r = new StepsAhead(forecasts, conditions, h);
			reader = r;
		}
		return r;
	}

	private Window nearest(final int frame) {
		Window best = null;
		long distance = Long.MAX_VALUE;
		for (final Forecast f : forecasts) {
			final int first = firstTarget(f);
			if (first < 0 || f.windows() == 0) continue;
			// step 1 of the window as close to the frame as the windows allow
			final int i = Math.max(0, Math.min(f.windows() - 1, frame - first));
			final Window w = new Window(f, i, StepsAhead.targetFrame(first, i, 1));
			final long d = w.step(frame) > 0 ? 0 : Math.min(Math.abs((long) frame -
				w.firstFrame), Math.abs((long) frame - w.lastFrame()));
			if (d < distance) {
				distance = d;
				best = w;
			}
		}
		if (best == null) throw new IllegalStateException(
			"no forecast belongs to a condition of " + conditions.source());
		return best;
	}

	private int firstTarget(final Forecast f) {
		final int c = f.condition();
		return c >= 0 && c < conditions.count() ? conditions.firstTestTarget(c)
			: -1;
	}

	private void checkSteps(final int h) {
		if (h < 1 || h > maxSteps) throw new IllegalArgumentException(
			"steps ahead must be 1.." + maxSteps + ", was " + h);
	}

	private void changed() {
		for (final Runnable r : listeners)
			r.run();
	}
}
