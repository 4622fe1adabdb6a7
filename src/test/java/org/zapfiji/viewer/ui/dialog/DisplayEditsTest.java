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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.ui.input.FixedSource;

class DisplayEditsTest {

	private final SynchronizedViewerState state = ViewerStates.of(List.of(
		new FixedSource("anatomy", 2), new FixedSource("dF/F", 2)), 100, 100);

	private final DisplayEdits edits = new DisplayEdits(state);

	@Test
	void editsGoStraightIntoTheState() {
		edits.setMin(1, 100);
		edits.setMax(1, 900);
		edits.setColor(1, 0x123456);
		edits.setVisible(1, false);
		edits.setCurrent(1);
		assertEquals(new SourceDisplay(0x123456, 100, 900, false), state.snapshot()
			.display(1));
		assertEquals(1, state.snapshot().currentSource());
		assertEquals(new SourceDisplay(0x00ff00, 0, 1000, true), state.snapshot()
			.display(0), "the other source is untouched");
	}

	@Test
	void theRangeNeverTurnsInsideOut() {
		edits.setMin(0, 1500);
		assertEquals(1500, state.snapshot().display(0).min());
		assertEquals(1500, state.snapshot().display(0).max());
		edits.setMax(0, -20);
		assertEquals(-20, state.snapshot().display(0).min());
		assertEquals(-20, state.snapshot().display(0).max());
	}

	@Test
	void slidersSpanTwiceTheRangeRoundedUp() {
		assertArrayEquals(new double[] { 0, 2000 }, edits.sliderRange(0));
		edits.setMax(0, 30000);
		assertArrayEquals(new double[] { 0, 100000 }, edits.sliderRange(0));
		edits.setMin(0, -5);
		assertArrayEquals(new double[] { -5, 100000 }, edits.sliderRange(0));
		assertEquals(5, DisplayEdits.roundUp(3.2), 0);
		assertEquals(0.2, DisplayEdits.roundUp(0.15), 1e-12);
		assertEquals(1000, DisplayEdits.roundUp(1000), 0);
	}
}
