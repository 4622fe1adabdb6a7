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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixed-horizon lookup: hand-made indices, then the mini-ZAPBench under its
 * own recorded constants, whose targets are its recorded traces, so the window
 * a frame maps to must hold that frame's traces as target.
 */
class StepsAheadTest {

	@TempDir
	Path folder;

	@Test
	void windowWhoseContextEndsAtTMinusH() {
		// first test target 100, 3 windows: window w, step s predicts 100 + w + s -
		// 1
		assertEquals(0, StepsAhead.window(100, 3, 100, 1));
		assertEquals(2, StepsAhead.window(100, 3, 102, 1));
		assertEquals(-1, StepsAhead.window(100, 3, 103, 1), "past the last window");
		assertEquals(-1, StepsAhead.window(100, 3, 99, 1), "before the first");
		assertEquals(1, StepsAhead.window(100, 3, 110, 10));
		assertEquals(110, StepsAhead.targetFrame(100, 1, 10));
		assertEquals(-1, StepsAhead.window(100, 3, 108, 10));
		for (int w = 0; w < 3; w++)
			for (int s = 1; s <= 32; s++)
				assertEquals(w, StepsAhead.window(100, 3, StepsAhead.targetFrame(100, w,
					s), s));
	}

	@Test
	void targetsOfTheChosenWindowAreTheRecordedFrame() throws Exception {
		final Path root = MiniZapbenchFiles.write(folder.resolve("mini"));
		final Path predictions = root.resolve(MiniZapbenchFiles.EXPERIMENT).resolve(
			"predictions");
		final List<Forecast> forecasts = Forecasts.open(predictions, null);
		final Conditions conditions = Conditions.findAbove(predictions);
		assertNotNull(conditions, "the dataset's own zapbench_constants");
		assertEquals(64, conditions.frames());
		final TraceTable traces = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		int checked = 0;
		for (final int h : new int[] { 1, 7, 32 }) {
			final StepsAhead ahead = new StepsAhead(forecasts, conditions, h);
			for (final Forecast f : forecasts) {
				final int first = conditions.firstTestTarget(f.condition());
				for (int w = 0; w < f.windows(); w++) {
					final int t = StepsAhead.targetFrame(first, w, h);
					assertArrayEquals(traces.readFrames(t, 1), ahead.targets(t), 1e-6f, f
						.name() + " frame " + t + " h " + h);
					final float[] p = ahead.predicted(t);
					assertEquals(traces.neurons(), p.length);
					checked++;
				}
				assertNull(ahead.predicted(first + h - 2), "before window 0");
			}
		}
		assertTrue(checked >= 9 * 3, "checked " + checked);
		// frames out of order, predictions and targets in turn: each read is the
		// window's own values, whatever was read before
		final StepsAhead ahead = new StepsAhead(forecasts, conditions, 7);
		final java.util.Random random = new java.util.Random(5);
		for (int i = 0; i < 200; i++) {
			final Forecast f = forecasts.get(random.nextInt(forecasts.size()));
			final int w = random.nextInt(f.windows());
			final int t = StepsAhead.targetFrame(conditions.firstTestTarget(f
				.condition()), w, 7);
			if (forecastAt(forecasts, conditions, t, 7) != f) continue;
			assertArrayEquals(oneWindow(f.predictions(), f, w, 7), ahead.predicted(t),
				"frame " + t);
			assertArrayEquals(oneWindow(f.targets(), f, w, 7), ahead.targets(t),
				"frame " + t);
		}
		assertThrows(IllegalArgumentException.class, () -> new StepsAhead(forecasts,
			conditions, 33));
	}

	private static float[] oneWindow(final org.zapfiji.data.ChunkedArray array,
		final Forecast f, final int w, final int h) throws java.io.IOException
	{
		return ((float[]) ArrayBoxes.read(array, new long[] { 0, h - 1, w },
			new int[] { f.neurons(), 1, 1 }, false)).clone();
	}

	/**
	 * The first forecast whose window reaches frame t at h, as StepsAhead picks.
	 */
	private static Forecast forecastAt(final List<Forecast> forecasts,
		final Conditions conditions, final int t, final int h)
	{
		for (final Forecast f : forecasts)
			if (f.condition() >= 0 && f.condition() < conditions.count() && StepsAhead
				.window(conditions.firstTestTarget(f.condition()), f.windows(), t,
					h) >= 0) return f;
		return null;
	}
}
