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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.ViewTransforms;

class RenderLoopTest {

	private static final int W = 96, H = 64;

	private final ViewRenderer renderer = new ViewRenderer(2);

	private final BlockingQueue<Seen> seen = new LinkedBlockingQueue<>();

	private GatedVolume volume;

	private RenderLoop loop;

	private volatile long frameDelayMillis;

	/** What a frame showed, copied in the callback: buffers are reused. */
	private static final class Seen {

		final double scale;

		final boolean complete;

		final int time;

		final int centre;

		final String transform;

		Seen(final RenderedFrame f) {
			scale = f.screenScale();
			complete = f.complete();
			time = f.snapshot().time();
			centre = f.image().getRGB(f.image().getWidth() / 2, f.image()
				.getHeight() / 2) & 0xffffff;
			transform = f.snapshot().transform().toString();
		}
	}

	@AfterEach
	void stop() {
		if (loop != null) loop.close();
		if (volume != null) volume.close();
		renderer.close();
	}

	private SynchronizedViewerState start(final boolean open) {
		volume = new GatedVolume(open);
		final SynchronizedViewerState state = ViewerStates.of(volume.sources, W, H);
		loop = RenderLoop.start(state, renderer, volume.loader, f -> {
			seen.add(new Seen(f));
			sleep(frameDelayMillis);
		});
		loop.setSize(W, H);
		return state;
	}

	private Seen await(final Predicate<Seen> wanted) throws InterruptedException {
		final long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < end) {
			final Seen s = seen.poll(100, TimeUnit.MILLISECONDS);
			if (s != null && wanted.test(s)) return s;
		}
		throw new AssertionError("no such frame within 10 s; last error " + loop
			.lastError());
	}

	@Test
	void framesArriveOnceThePanelHasASize() throws InterruptedException {
		start(true);
		final Seen first = await(s -> s.complete && s.scale == 1);
		assertTrue(first.centre != 0, "data is drawn");
		assertTrue(loop.isRunning());
	}

	@Test
	void aStateChangeRendersTheNewState() throws InterruptedException {
		final SynchronizedViewerState state = start(true);
		final Seen before = await(s -> s.complete && s.scale == 1);
		state.setTime(1);
		final Seen after = await(s -> s.time == 1 && s.complete && s.scale == 1);
		assertTrue((after.centre & 0xff) > (before.centre & 0xff),
			"time 1 is brighter: values + 1000");
		state.setTransform(ViewTransforms.translate(state.transform(), 5, 0, 0));
		await(s -> s.transform.equals(state.transform().toString()));
	}

	@Test
	void anIncompleteFrameIsRefinedWhenBlocksArrive()
		throws InterruptedException
	{
		start(false);
		final Seen cold = await(s -> true);
		assertFalse(cold.complete, "nothing could be loaded yet");
		assertEquals(0, cold.centre, "blocks not loaded are black");
		final long framesBefore = loop.frames();
		volume.open();
		final Seen warm = await(s -> s.complete);
		assertTrue(warm.centre != 0);
		assertEquals(1.0, warm.scale, "refinement after arrivals is full size");
		assertTrue(loop.frames() > framesBefore);
	}

	@Test
	void slowFramesComeCoarseFirstThenFiner() throws InterruptedException {
		final SynchronizedViewerState state = start(true);
		await(s -> s.complete && s.scale == 1);
		loop.setBudgetNanos(0);
		seen.clear();
		state.setTransform(ViewTransforms.translate(state.transform(), 3, 0, 0));
		final List<Double> scales = new ArrayList<>();
		Seen s;
		do {
			s = await(f -> true);
			scales.add(s.scale);
		}
		while (s.scale < 1);
		assertEquals(List.of(0.125, 0.25, 0.5, 1.0), scales);
	}

	@Test
	void requestsDuringAFrameAreCoalesced() throws InterruptedException {
		final SynchronizedViewerState state = start(true);
		await(s -> s.complete);
		frameDelayMillis = 30;
		final long before = loop.frames();
		for (int i = 1; i <= 100; i++)
			state.setTransform(ViewTransforms.translate(state.transform(), 1, 0, 0));
		final String last = state.transform().toString();
		await(s -> s.transform.equals(last) && s.scale == 1);
		final long rendered = loop.frames() - before;
		assertTrue(rendered < 20, "100 changes took " + rendered + " frames");
	}

	@Test
	void closingStopsThePainterThread() throws InterruptedException {
		final SynchronizedViewerState state = start(true);
		await(s -> true);
		loop.close();
		assertFalse(loop.isRunning());
		final long frames = loop.frames();
		state.setTime(2);
		Thread.sleep(100);
		assertEquals(frames, loop.frames(), "no frame after close");
		assertNotNull(state.snapshot());
	}

	private static void sleep(final long millis) {
		if (millis <= 0) return;
		try {
			Thread.sleep(millis);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
