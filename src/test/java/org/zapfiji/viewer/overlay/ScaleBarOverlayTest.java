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

package org.zapfiji.viewer.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;

class ScaleBarOverlayTest {

	@Test
	void lengthsAreOneTwoOrFiveTimesAPowerOfTen() {
		assertEquals(10, ScaleBarOverlay.roundLength(10), 1e-12);
		assertEquals(10, ScaleBarOverlay.roundLength(19.9), 1e-12);
		assertEquals(20, ScaleBarOverlay.roundLength(49), 1e-12);
		assertEquals(50, ScaleBarOverlay.roundLength(99.9), 1e-12);
		assertEquals(0.5, ScaleBarOverlay.roundLength(0.7), 1e-12);
		assertEquals(0, ScaleBarOverlay.roundLength(0), 0);
		assertEquals(0, ScaleBarOverlay.roundLength(Double.NaN), 0);
	}

	@Test
	void labelsReadLikeAPaperFigure() {
		assertEquals("10 µm", ScaleBarOverlay.label(10, "µm"));
		assertEquals("0.5 µm", ScaleBarOverlay.label(0.5, "µm"));
		assertEquals("200", ScaleBarOverlay.label(200, ""));
	}

	@Test
	void unitsGetTheirShortNames() {
		assertEquals("µm", UnitNames.shortName("micrometer"));
		assertEquals("µm", UnitNames.shortName("um"));
		assertEquals("s", UnitNames.shortName("second"));
		assertEquals("px", UnitNames.shortName("px"));
		assertEquals("", UnitNames.shortName(null));
	}

	/**
	 * At 2 px/µm a bar of at most 120 px is 50 µm = 100 px long, white, at the
	 * bottom left.
	 */
	@Test
	void theBarIsDrawnAtTheRoundLengthBottomLeft() {
		final ViewerSnapshot snapshot = snapshot(Affine3D.scaling(2, 2, 2));
		final BufferedImage image = new BufferedImage(400, 300,
			BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		new ScaleBarOverlay().draw(g, snapshot, 400, 300);
		g.dispose();
		final int y = 300 - 14;
		int white = 0;
		for (int x = 0; x < 400; x++)
			if ((image.getRGB(x, y) & 0xffffff) == 0xffffff) white++;
		assertEquals(100, white, "bar length in pixels");
		assertEquals(0xffffff, image.getRGB(14, y) & 0xffffff);
		assertTrue((image.getRGB(14 + 100, y) & 0xffffff) != 0xffffff);
	}

	static ViewerSnapshot snapshot(final Affine3D view) {
		return new ViewerSnapshot(List.of(new TinySource()), List.of(SourceDisplay
			.grey(new double[] { 0, 1 })), 0, view, 0, Interpolation.NEAREST, Map
				.of());
	}

	/** Metadata only; nothing is rendered from it. */
	static final class TinySource implements ViewerSource {

		@Override
		public String name() {
			return "tiny";
		}

		@Override
		public int numTimepoints() {
			return 5;
		}

		@Override
		public int numLevels() {
			return 1;
		}

		@Override
		public long[] dimensions(final int level) {
			return new long[] { 10, 10, 10 };
		}

		@Override
		public Affine3D voxelToGlobal(final int level, final int t) {
			return Affine3D.scaling(0.5, 0.5, 2);
		}

		@Override
		public VoxelBlocks blocks(final int level, final int t) {
			throw new UnsupportedOperationException();
		}

		@Override
		public double[] initialRange() {
			return new double[] { 0, 1 };
		}

		@Override
		public String spaceUnit() {
			return "micrometer";
		}

		@Override
		public double timeStep() {
			return 0.5;
		}

		@Override
		public String timeUnit() {
			return "second";
		}
	}
}
