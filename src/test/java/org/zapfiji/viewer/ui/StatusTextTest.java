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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;

class StatusTextTest {

	private GatedVolume volume;

	@AfterEach
	void close() {
		if (volume != null) volume.close();
	}

	@Test
	void partsAreFormattedForReading() {
		assertEquals("x 12.3 y -4.0 z 8.0 µm", StatusText.position(new double[] {
			12.34, -4, 8 }, "µm"));
		assertEquals("t = 3 / 64 (2.74 s)", StatusText.time(3, 64, 0.9141, "s"));
		assertEquals("t = 3 / 64", StatusText.time(3, 64, 1, ""));
		assertEquals("2.46 px/µm (100 %)", StatusText.zoom(2.463, 0.406, "µm"));
		assertEquals("1.00 px/µm (41 %)", StatusText.zoom(1, 0.406, "µm"));
	}

	/**
	 * Voxel size 0.5 µm; the view maps 1 µm to 4 pixels, so pixel (40, 20) is
	 * global (10, 5) µm = voxel (20, 10) at z = 1 (plane z = 2 µm).
	 */
	@Test
	void theLineNamesPositionVoxelValueSourceTimeAndZoom() throws Exception {
		volume = new GatedVolume(true);
		final SynchronizedViewerState state = ViewerStates.of(volume.sources, 96,
			64);
		state.setTransform(Affine3D.scaling(4, 4, 4).then(Affine3D.translation(0, 0,
			-8)));
		state.setTime(1);
		final ViewerSnapshot snapshot = state.snapshot();
		// The first look queues the block and shows that the value is coming.
		final String cold = StatusText.of(snapshot, 40, 20);
		assertTrue(cold.contains("value " + StatusText.LOADING), cold);
		final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		String text = cold;
		while (text.contains(StatusText.LOADING) && System.nanoTime() < end) {
			Thread.sleep(20);
			text = StatusText.of(snapshot, 40, 20);
		}
		assertEquals("x 10.0 y 5.0 z 2.0 µm   voxel 20, 10, 1   value " +
			GatedVolume.value(20, 10, 1, 1) +
			"   gated   t = 1 / 3 (1.50 s)   4.00 px/µm (200 %)", text);
	}

	@Test
	void outsideTheSourceThereIsNoValue() {
		volume = new GatedVolume(true);
		final ViewerSnapshot snapshot = ViewerStates.of(volume.sources, 96, 64)
			.snapshot();
		final String text = StatusText.of(snapshot, -1, -1);
		assertTrue(text.startsWith("gated"), "mouse outside the panel: " + text);
		final ViewerSnapshot far = new ViewerSnapshot(snapshot.sources(), snapshot
			.displays(), 0, Affine3D.translation(1000, 0, 0), 0, snapshot
				.interpolation(), snapshot.bookmarks());
		final String outside = StatusText.of(far, 5, 5);
		assertTrue(outside.contains("outside") && outside.contains("value –"),
			outside);
	}
}
