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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateChange;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewTransforms;

class StateLinkTest {

	private final GatedVolume volume = new GatedVolume(true);

	private final SynchronizedViewerState a = ViewerStates.of(volume.sources, 96,
		64);

	private final ViewerState b = SplitView.secondState(a.snapshot());

	@AfterEach
	void close() {
		volume.close();
	}

	@Test
	void transformAndTimeFollowBothWaysOnce() {
		b.setTransform(Affine3D.IDENTITY);
		final StateLink link = StateLink.of(a, b);
		assertEquals(a.transform(), b.transform(), "b starts from a");
		final AtomicInteger changesOfA = count(a, ViewerStateChange.TRANSFORM);
		final AtomicInteger changesOfB = count(b, ViewerStateChange.TRANSFORM);
		final Affine3D moved = ViewTransforms.translate(a.transform(), 7, 3, 1);
		a.setTransform(moved);
		assertEquals(moved, b.transform());
		final Affine3D back = ViewTransforms.zoom(moved, 2, 10, 10);
		b.setTransform(back);
		assertEquals(back, a.transform());
		assertEquals(2, changesOfA.get(), "no echo");
		assertEquals(2, changesOfB.get(), "no echo");
		b.setTime(2);
		assertEquals(2, a.time());
		a.setTime(1);
		assertEquals(1, b.time());
		link.close();
		a.setTime(0);
		assertEquals(1, b.time(), "unlinked");
	}

	@Test
	void displaysStaySeparate() {
		try (StateLink link = StateLink.of(a, b)) {
			a.setDisplay(0, a.snapshot().display(0).withRange(5, 6));
			assertNotEquals(a.snapshot().display(0), b.snapshot().display(0));
		}
	}

	@Test
	void theSecondSideShowsTheSecondSourceOrTheOnlyOne() {
		assertEquals(0, b.snapshot().currentSource(), "one source: the same");
		assertEquals(true, b.snapshot().display(0).visible());
		final SynchronizedViewerState two = new SynchronizedViewerState();
		two.addSource(volume.sources.get(0), a.snapshot().display(0));
		two.addSource(volume.sources.get(0), a.snapshot().display(0));
		final ViewerState second = SplitView.secondState(two.snapshot());
		assertEquals(1, second.snapshot().currentSource());
		assertFalse(second.snapshot().display(0).visible());
		assertEquals(true, second.snapshot().display(1).visible());
	}

	private static AtomicInteger count(final ViewerState state,
		final ViewerStateChange kind)
	{
		final AtomicInteger n = new AtomicInteger();
		state.addListener(c -> {
			if (c == kind) n.incrementAndGet();
		});
		return n;
	}
}
