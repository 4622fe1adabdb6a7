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

package org.zapfiji.viewer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewTransforms;

class ScreenScalesTest {

	private final Affine3D view = ViewTransforms.rotate(Affine3D.scaling(2.5, 2.5,
		2.5).then(Affine3D.translation(13, -7, 4)), 2, 0.3, 50, 40, 0);

	/**
	 * Small pixel i, drawn scaled up by 1/s, covers panel pixels i/s .. (i+1)/s;
	 * it must show what the full frame shows at its centre.
	 */
	@Test
	void aCoarsePixelShowsWhatTheFullFrameShowsAtItsCentre() {
		for (final double s : new double[] { 0.5, 0.25, 0.125 }) {
			final Affine3D small = ScreenScales.scaled(view, s);
			for (final int i : new int[] { 0, 3, 17 }) {
				final double panel = (i + 0.5) / s - 0.5;
				assertArrayEquals(view.inverse().apply(panel, panel, 0), small.inverse()
					.apply(i, i, 0), 1e-9, "scale " + s + ", pixel " + i);
			}
		}
	}

	@Test
	void fullScaleIsTheViewItself() {
		assertSame(view, ScreenScales.scaled(view, 1));
	}

	@Test
	void sizesRoundUpSoTheImageCoversThePanel() {
		assertEquals(250, ScreenScales.size(999, 0.25));
		assertEquals(1, ScreenScales.size(3, 0.125));
	}

	@Test
	void theFinestScaleWithinBudgetIsChosen() {
		// 1000 x 800 = 800k pixels at 100 ns = 80 ms; half size 20 ms.
		assertEquals(1, ScreenScales.coarsestNeeded(100, 1000, 800, 30_000_000L));
		assertEquals(0, ScreenScales.coarsestNeeded(10, 1000, 800, 30_000_000L));
		assertEquals(3, ScreenScales.coarsestNeeded(1e6, 1000, 800, 30_000_000L),
			"the coarsest when nothing fits");
		assertEquals(0, ScreenScales.coarsestNeeded(0, 1000, 800, 1),
			"full size while unmeasured");
	}
}
