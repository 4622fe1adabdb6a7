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
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.zapfiji.activity.ActivityColors.Mode;

/** The painting rule, on numbers worked out by hand. */
class ActivityColorsTest {

	@Test
	void sequentialRampRunsThroughViridisAnchorsAndClamps() {
		final ActivityColors c = new ActivityColors(Mode.RECORDED, 0, 1);
		assertEquals(0x440154, c.color(0));
		assertEquals(0x21918c, c.color(0.5));
		assertEquals(0xfde725, c.color(1));
		// half-way between 0x440154 and 0x3b528b: 63.5 → 64, 41.5 → 42, 111.5 → 112
		assertEquals(0x402a70, c.color(0.125));
		assertEquals(0x440154, c.color(-5), "below min clamps");
		assertEquals(0xfde725, c.color(7), "above max clamps");
		assertEquals(ActivityColors.MISSING, c.color(Double.NaN));
	}

	@Test
	void sequentialRangeIsShiftedAndScaled() {
		final ActivityColors c = new ActivityColors(Mode.ABS_ERROR, 2, 6);
		assertEquals(0x440154, c.color(2));
		assertEquals(0x21918c, c.color(4));
		assertEquals(0x402a70, c.color(2.5));
	}

	@Test
	void divergingMapIsSymmetricAroundWhite() {
		final ActivityColors c = new ActivityColors(Mode.DIFFERENCE, -99, 2);
		assertEquals(0xffffff, c.color(0));
		assertEquals(0xb2182b, c.color(2));
		assertEquals(0x2166ac, c.color(-2));
		// half-way from 0x2166ac to white: 144, 178.5 → 179, 213.5 → 214
		assertEquals(0x90b3d6, c.color(-1));
		// half-way from white to 0xb2182b: 216.5 → 217, 139.5 → 140, 149
		assertEquals(0xd98c95, c.color(1));
		assertEquals(0xb2182b, c.color(50));
	}

	@Test
	void modesTakeRecordedAndPredictedApart() {
		assertEquals(0.25, Mode.RECORDED.value(0.25, 0.75));
		assertEquals(0.75, Mode.PREDICTED.value(0.25, 0.75));
		assertEquals(0.5, Mode.DIFFERENCE.value(0.25, 0.75));
		assertEquals(-0.5, Mode.DIFFERENCE.value(0.75, 0.25));
		assertEquals(0.5, Mode.ABS_ERROR.value(0.75, 0.25));
		assertEquals("abs_error", Mode.ABS_ERROR.key());
	}

	@Test
	void labelZeroIsBackgroundAndColumnKIsLabelKPlusOne() {
		final int[] byLabel = new ActivityColors(Mode.RECORDED, 0, 1).byLabel(
			new double[] { 1, 0, Double.NaN });
		assertArrayEquals(new int[] { 0x000000, 0xfde725, 0x440154, 0x808080 },
			byLabel);
	}

	@Test
	void emptyRangesAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new ActivityColors(
			Mode.RECORDED, 1, 1));
		assertThrows(IllegalArgumentException.class, () -> new ActivityColors(
			Mode.DIFFERENCE, 0, 0));
		assertThrows(IllegalArgumentException.class, () -> new ActivityColors(
			Mode.PREDICTED, 0, Double.NaN));
	}
}
