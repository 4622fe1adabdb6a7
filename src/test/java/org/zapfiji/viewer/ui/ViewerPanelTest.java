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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JSlider;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;

/** The panel and its companions, never shown: they work headless. */
class ViewerPanelTest {

	private final GatedVolume volume = new GatedVolume(true);

	private final ViewRenderer renderer = new ViewRenderer(2);

	private final SynchronizedViewerState state = ViewerStates.of(volume.sources,
		96, 64);

	private final ViewerPanel panel = new ViewerPanel(state, renderer,
		volume.loader);

	@AfterEach
	void close() {
		panel.close();
		renderer.close();
		volume.close();
	}

	@Test
	void aSnapshotIsCompleteWithOverlaysInOrder() throws Exception {
		panel.setSize(96, 64);
		final List<String> order = new ArrayList<>();
		final ViewerOverlay red = (g, s, w, h) -> {
			order.add("red");
			g.setColor(Color.RED);
			g.fillRect(0, 0, 4, 4);
		};
		final ViewerOverlay blue = (g, s, w, h) -> {
			order.add("blue");
			g.fillRect(2, 2, 4, 4); // no colour set: must not inherit red
		};
		panel.addOverlay(red);
		panel.addOverlay(blue);
		final BufferedImage image = panel.snapshot(true);
		assertEquals(96, image.getWidth());
		assertEquals(64, image.getHeight());
		assertTrue((image.getRGB(48, 32) & 0xffffff) != 0,
			"data under the overlays");
		assertEquals(List.of("red", "blue"), order);
		assertEquals(0xff0000, image.getRGB(0, 0) & 0xffffff);
		assertTrue((image.getRGB(5, 5) & 0xffffff) != 0xff0000,
			"each overlay draws on a fresh copy of the graphics");
		order.clear();
		panel.removeOverlay(red);
		panel.snapshot(false);
		assertTrue(order.isEmpty(), "no overlays asked for");
	}

	@Test
	void aSnapshotRefusesTheEventThread() throws Exception {
		final AtomicReference<Throwable> thrown = new AtomicReference<>();
		SwingUtilities.invokeAndWait(() -> thrown.set(assertThrows(
			IllegalStateException.class, () -> panel.snapshot(true))));
		assertTrue(thrown.get().getMessage().contains("event thread"));
	}

	@Test
	void closingStopsTheLoop() {
		assertTrue(panel.renderLoop().isRunning());
		panel.close();
		assertFalse(panel.renderLoop().isRunning());
	}

	@Test
	void theTimeSliderFollowsTheStateAndChangesIt() throws Exception {
		final TimeSlider slider = new TimeSlider(state);
		final JSlider s = slider.slider();
		assertEquals(GatedVolume.T - 1, s.getMaximum());
		assertTrue(slider.isVisible(), "several time points");
		state.setTime(2);
		SwingUtilities.invokeAndWait(() -> {});
		assertEquals(2, s.getValue());
		SwingUtilities.invokeAndWait(() -> s.setValue(1));
		assertEquals(1, state.time());
		slider.close();
	}

	@Test
	void splittingAddsALinkedPanelAndJoiningStopsIt() throws Exception {
		final SplitView split = new SplitView(panel, renderer, volume.loader);
		final AtomicReference<ViewerPanel> second = new AtomicReference<>();
		SwingUtilities.invokeAndWait(() -> {
			split.setSize(200, 64);
			split.validate();
			split.toggle();
			second.set(split.second());
		});
		assertTrue(split.isSplit());
		state.setTime(2);
		assertEquals(2, second.get().state().time(), "one time for both");
		SwingUtilities.invokeAndWait(split::toggle);
		assertFalse(split.isSplit());
		assertFalse(second.get().renderLoop().isRunning());
		state.setTime(0);
		assertEquals(2, second.get().state().time(), "unlinked after joining");
	}
}
