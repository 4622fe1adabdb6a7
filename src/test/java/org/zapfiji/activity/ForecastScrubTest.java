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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two scrubs on random forecasts placed by ZAPBench's own conditions: each
 * frame's prediction is read from the window and step the indexing rule names,
 * and fixing a window keeps the picture of the frame where it was fixed.
 */
class ForecastScrubTest {

	@TempDir
	Path folder;

	private List<Forecast> forecasts;

	private final Conditions conditions = Conditions.zapbench();

	@BeforeEach
	void write() throws Exception {
		ForecastScoringTest.writeRandom(folder, 0, 3, 40, 1);
		ForecastScoringTest.writeRandom(folder, 1, 2, 40, 2);
		forecasts = Forecasts.open(folder.resolve("predictions"), null);
		assertEquals(2, forecasts.size());
	}

	@Test
	void stepsAheadReadsTheWindowWhoseContextEndsHStepsEarlier()
		throws Exception
	{
		final ForecastScrub scrub = new ForecastScrub(forecasts, conditions, 5);
		final int first = conditions.firstTestTarget(1);
		final Forecast c1 = forecasts.get(1);
		for (int w = 0; w < 2; w++) {
			final int t = first + w + 4;
			final ForecastScrub.Window shown = scrub.window(t);
			assertEquals(w, shown.window);
			assertEquals(5, shown.step(t));
			assertArrayEquals(new OneWindow(c1, first, w).predicted(t), scrub.at(t));
			assertArrayEquals(new StepsAhead(forecasts, conditions, 5).predicted(t),
				scrub.at(t));
		}
		assertNull(scrub.at(first + 3), "no window predicts it 5 steps ahead");
		assertEquals("5 steps ahead", scrub.describe(first + 4));
	}

	@Test
	void aFixedWindowIsFollowedStepByStep() throws Exception {
		final ForecastScrub scrub = new ForecastScrub(forecasts, conditions, 5);
		final AtomicInteger changes = new AtomicInteger();
		scrub.addListener(changes::incrementAndGet);
		final int first = conditions.firstTestTarget(0);
		final int t = first + 1 + 4;
		final float[] before = scrub.at(t);
		final ForecastScrub.Window fixed = scrub.fixWindowAt(t);
		assertTrue(scrub.isFixedWindow());
		assertEquals(1, fixed.window);
		assertArrayEquals(before, scrub.at(t), "fixing keeps the frame's picture");
		final OneWindow one = new OneWindow(forecasts.get(0), first, 1);
		for (int s = 1; s <= 32; s++)
			assertArrayEquals(one.predicted(one.frame(s)), scrub.at(one.frame(s)),
				"step " + s);
		assertNull(scrub.at(one.frame(32) + 1));
		assertNull(scrub.at(one.frame(1) - 1));
		assertTrue(scrub.describe(one.frame(3)).startsWith("window 1 of gain"));
		assertTrue(scrub.describe(one.frame(3)).endsWith("step 3 of 32"), scrub
			.describe(one.frame(3)));
		assertTrue(scrub.move(1));
		assertEquals(2, scrub.window(0).window);
		assertFalse(scrub.move(1), "condition 0 has 3 windows");
		assertEquals(2, scrub.window(0).window);
		scrub.release();
		assertFalse(scrub.isFixedWindow());
		assertEquals(5, scrub.stepsAhead(), "the horizon is kept");
		assertTrue(scrub.move(-4));
		assertEquals(1, scrub.stepsAhead());
		assertFalse(scrub.move(-1));
		assertEquals(4, changes.get(), "fix, move, release, move");
	}

	@Test
	void aFrameNoWindowReachesFixesTheNearestWindow() {
		final ForecastScrub scrub = new ForecastScrub(forecasts, conditions, 1);
		final ForecastScrub.Window w = scrub.fixWindowAt(0);
		assertNotNull(w);
		assertEquals(0, w.window);
		assertEquals(conditions.firstTestTarget(0), w.firstFrame);
		assertThrows(IllegalArgumentException.class, () -> new ForecastScrub(
			forecasts, conditions, 33));
		assertThrows(IllegalArgumentException.class, () -> scrub.setStepsAhead(0));
	}
}
