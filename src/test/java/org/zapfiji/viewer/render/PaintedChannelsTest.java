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

package org.zapfiji.viewer.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.viewer.MemoryVolumes;
import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * The three channels of an activity painting drawn in one pass
 * ({@link PaintedChannels}) against the same channels drawn one by one (the
 * sources wrapped so the renderer cannot recognise them): the same pixels,
 * alone and over a grey volume, with labels past the colour table; the colours
 * asked for once per frame instead of three times; and a display changed by the
 * user, or trilinear sampling, still drawn channel by channel.
 */
class PaintedChannelsTest {

	private static final long[] DIMS = { 70, 50, 9 };

	private static final double[] SPACING = { 0.406, 0.406, 4 };

	private static final int W = 120, H = 90, COLOURED = 251;

	private final ChunkLoader loader = new ChunkLoader(new ChunkCache(64 << 20),
		2);

	private final ViewRenderer renderer = new ViewRenderer(2);

	private final AtomicInteger asked = new AtomicInteger();

	@AfterEach
	void close() {
		loader.close();
		renderer.close();
	}

	@Test
	void onePassDrawsWhatThreeChannelPassesDraw() throws IOException {
		final ViewerSource grey = volume(MemoryVolumes.noise(DIMS, 3));
		final List<ViewerSource> painted = painting();
		final Random random = new Random(8);
		for (int trial = 0; trial < 8; trial++) {
			final Affine3D view = randomView(random);
			for (final boolean under : new boolean[] { false, true }) {
				final List<ViewerSource> sources = new ArrayList<>();
				final List<SourceDisplay> displays = new ArrayList<>();
				if (under) {
					sources.add(grey);
					displays.add(new SourceDisplay(0xffffff, 0, 65535 * 2, true));
				}
				sources.addAll(painted);
				displays.addAll(channelDisplays(255));
				asked.set(0);
				final int[] fused = render(sources, displays, view,
					Interpolation.NEAREST);
				assertEquals(1, asked.get(), "colours asked for once per frame");
				final int[] apart = render(hidden(sources), displays, view,
					Interpolation.NEAREST);
				assertEquals(4, asked.get(), "three channel passes ask three times");
				assertArrayEquals(apart, fused, "trial " + trial + (under ? " over grey"
					: ""));
				assertTrue(java.util.Arrays.stream(fused).distinct().count() > 50,
					"the view shows many colours");
			}
		}
	}

	@Test
	void aChangedDisplayOrTrilinearSamplingIsDrawnChannelByChannel()
		throws IOException
	{
		final List<ViewerSource> painted = painting();
		final Affine3D view = randomView(new Random(9));
		asked.set(0);
		final int[] dimmed = render(painted, channelDisplays(400), view,
			Interpolation.NEAREST);
		assertEquals(3, asked.get());
		assertArrayEquals(render(hidden(painted), channelDisplays(400), view,
			Interpolation.NEAREST), dimmed);
		asked.set(0);
		final int[] smooth = render(painted, channelDisplays(255), view,
			Interpolation.TRILINEAR);
		assertEquals(3, asked.get());
		assertArrayEquals(render(hidden(painted), channelDisplays(255), view,
			Interpolation.TRILINEAR), smooth);
	}

	private int[] render(final List<ViewerSource> sources,
		final List<SourceDisplay> displays, final Affine3D view,
		final Interpolation interpolation) throws IOException
	{
		final int[] argb = new int[W * H];
		assertTrue(renderer.render(new ViewerSnapshot(sources, displays, 0, view, 0,
			interpolation, Map.of()), W, H, argb, true).complete());
		return argb;
	}

	/** Labels 0–300 over a colour table of 251: 251–300 are painted black. */
	private List<ViewerSource> painting() {
		final short[] labels = MemoryVolumes.noise(DIMS, 5);
		for (int i = 0; i < labels.length; i++)
			labels[i] = (short) ((labels[i] & 0xffff) % 301);
		final ViewerSource segmentation = volume(labels);
		final int[] colours = new int[COLOURED];
		final Random random = new Random(4);
		for (int i = 1; i < colours.length; i++)
			colours[i] = random.nextInt(1 << 24);
		final ActivitySource.LabelColors colors = new ActivitySource.LabelColors() {

			@Override
			public int numTimepoints() {
				return 3;
			}

			@Override
			public int[] colors(final int t) {
				asked.incrementAndGet();
				return colours;
			}
		};
		final List<ViewerSource> sources = new ArrayList<>();
		for (int c = 0; c < 3; c++)
			sources.add(new ActivitySource(segmentation, colors, c, "activity"));
		return sources;
	}

	private ViewerSource volume(final short[] voxels) {
		return new VolumeSource(MemoryVolumes.of("labels", voxels, DIMS, new int[] {
			16, 16, 3 }, SPACING, 1), 0, loader);
	}

	private static List<SourceDisplay> channelDisplays(final double max) {
		final List<SourceDisplay> displays = new ArrayList<>();
		for (int c = 0; c < 3; c++)
			displays.add(new SourceDisplay(ActivitySource.DISPLAY_COLORS[c], 0, max,
				true));
		return displays;
	}

	/** The same sources, no longer recognisable as a painting. */
	private static List<ViewerSource> hidden(final List<ViewerSource> sources) {
		final List<ViewerSource> out = new ArrayList<>();
		for (final ViewerSource s : sources)
			out.add(s instanceof ActivitySource ? new Forwarding(s) : s);
		return out;
	}

	private static Affine3D randomView(final Random random) {
		final double[] center = { random.nextDouble() * DIMS[0] * SPACING[0], random
			.nextDouble() * DIMS[1] * SPACING[1], random.nextDouble() * DIMS[2] *
				SPACING[2] };
		Affine3D view = ViewTransforms.centeredOn(center, Plane.XY, 1 + random
			.nextDouble() * 4, W, H);
		for (int axis = 0; axis < 3; axis++)
			view = ViewTransforms.rotate(view, axis, (random.nextDouble() - 0.5) *
				Math.PI, W / 2.0, H / 2.0, 0);
		return view;
	}

	private static final class Forwarding implements ViewerSource {

		private final ViewerSource s;

		Forwarding(final ViewerSource s) {
			this.s = s;
		}

		@Override
		public String name() {
			return s.name();
		}

		@Override
		public int numTimepoints() {
			return s.numTimepoints();
		}

		@Override
		public int numLevels() {
			return s.numLevels();
		}

		@Override
		public long[] dimensions(final int level) {
			return s.dimensions(level);
		}

		@Override
		public Affine3D voxelToGlobal(final int level, final int t) {
			return s.voxelToGlobal(level, t);
		}

		@Override
		public VoxelBlocks blocks(final int level, final int t) {
			return s.blocks(level, t);
		}

		@Override
		public double[] initialRange() {
			return s.initialRange();
		}

		@Override
		public String spaceUnit() {
			return s.spaceUnit();
		}

		@Override
		public double timeStep() {
			return s.timeStep();
		}

		@Override
		public String timeUnit() {
			return s.timeUnit();
		}
	}
}
