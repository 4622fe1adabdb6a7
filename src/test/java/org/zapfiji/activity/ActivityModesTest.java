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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.zapfiji.activity.ActivityColors.Mode;

/**
 * The mode switching of {@code ZAP Inspect Forecast} without a window: the
 * colours by label follow the mode, each mode has one colour scale over the
 * whole recording, listeners hear each change once, and modes that need
 * predictions are refused when there are none.
 */
class ActivityModesTest {

	/** 3 frames × 2 neurons: recorded r, predicted p = r + 0.5 · neuron. */
	private static final float[][] RECORDED = { { 0, 1 }, { 2, 3 }, { 4, 4 } };

	private static float[] predicted(final int t) {
		return t == 0 ? null : new float[] { RECORDED[t][0], RECORDED[t][1] + 0.5f *
			(t == 1 ? 1 : -2) };
	}

	private static TraceTable table() {
		return new TraceTable() {

			@Override
			public int frames() {
				return RECORDED.length;
			}

			@Override
			public int neurons() {
				return 2;
			}

			@Override
			public int frameBlock() {
				return 1;
			}

			@Override
			public String location() {
				return "memory";
			}

			@Override
			public float[] readFrames(final int from, final int count) {
				return RECORDED[from].clone();
			}
		};
	}

	@Test
	void coloursFollowTheModeOnFixedScales() throws Exception {
		final ActivityModes modes = new ActivityModes(table(),
			ActivityModesTest::predicted);
		assertEquals(List.of(Mode.RECORDED, Mode.PREDICTED, Mode.DIFFERENCE,
			Mode.ABS_ERROR), modes.modes());
		assertEquals(Mode.RECORDED, modes.mode());
		assertEquals(3, modes.frames());

		// recorded: viridis over 0 … 4, the range of all three frames
		final ActivityColors recorded = modes.palette(Mode.RECORDED);
		assertEquals(0, recorded.min());
		assertEquals(4, recorded.max());
		assertArrayEquals(new int[] { ActivityColors.BACKGROUND, recorded.color(2),
			recorded.color(3) }, modes.colors(1));
		assertTrue(modes.describe().startsWith("recorded, 0.00"), modes.describe());

		final AtomicInteger heard = new AtomicInteger();
		modes.addListener(heard::incrementAndGet);
		assertTrue(modes.setMode(Mode.DIFFERENCE));
		assertEquals(1, heard.get());
		assertTrue(modes.setMode(Mode.DIFFERENCE), "same mode again");
		assertEquals(1, heard.get(), "no change, no repaint");

		// difference: blue–white–red over ±1, the largest |p − r| (frame 2)
		final ActivityColors difference = modes.palette(Mode.DIFFERENCE);
		assertEquals(1, difference.max());
		assertArrayEquals(new int[] { ActivityColors.BACKGROUND, 0xffffff,
			difference.color(0.5) }, modes.colors(1));
		assertArrayEquals(new int[] { ActivityColors.BACKGROUND, 0xffffff,
			0x2166ac }, modes.colors(2), "−1 is the bluest");
		assertArrayEquals(new int[] { ActivityColors.BACKGROUND,
			ActivityColors.MISSING, ActivityColors.MISSING }, modes.colors(0),
			"no prediction at frame 0: grey");
		assertTrue(modes.describe().startsWith("difference"), modes.describe());

		assertTrue(modes.setMode(Mode.ABS_ERROR));
		assertArrayEquals(new double[] { 0, 1 }, modes.values(2), 0);
		assertTrue(modes.setMode(Mode.RECORDED));
		assertEquals(3, heard.get());
	}

	@Test
	void withoutPredictionsOnlyRecordedCanBeShown() throws Exception {
		final ActivityModes modes = new ActivityModes(table(), null);
		assertEquals(List.of(Mode.RECORDED), modes.modes());
		assertFalse(modes.setMode(Mode.PREDICTED));
		assertEquals(Mode.RECORDED, modes.mode());
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> modes.palette(Mode.ABS_ERROR));
		assertTrue(e.getMessage().contains("needs predictions"), e.getMessage());
	}
}
