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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.ImageArrays;
import org.zapfiji.data.Volume;
import org.zapfiji.viewer.MemoryVolumes;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * The renderer against {@link ReferenceSampler} on anisotropic, chunked volumes
 * seen through random oblique views: nearest neighbour pixel for pixel,
 * trilinear within one grey level; and what an interactive frame draws while
 * blocks are still loading.
 */
class ViewRendererTest {

	private static final long[] DIMS = { 70, 50, 9 };

	private static final double[] SPACING = { 0.406, 0.406, 4 };

	private static final int W = 120, H = 90;

	private final short[] voxels = MemoryVolumes.noise(DIMS, 7);

	private final ChunkCache cache = new ChunkCache(64 << 20);

	private final ChunkLoader loader = new ChunkLoader(cache, 2);

	private final ViewRenderer renderer = new ViewRenderer(2);

	@AfterEach
	void close() {
		loader.close();
		renderer.close();
	}

	@Test
	void nearestMatchesTheReferencePixelForPixel() throws IOException {
		final ViewerSource source = source(1);
		final ReferenceSampler reference = new ReferenceSampler(voxels, DIMS, source
			.voxelToGlobal(0, 0));
		final Random random = new Random(1);
		for (int trial = 0; trial < 12; trial++) {
			final ViewerSnapshot s = snapshot(source, randomView(random),
				Interpolation.NEAREST);
			final int[] argb = new int[W * H];
			final RenderResult result = renderer.render(s, W, H, argb, true);
			assertTrue(result.complete());
			assertArrayEquals(expected(reference, s.transform(), false), argb,
				"view " + s.transform());
			assertTrue(java.util.Arrays.stream(argb).filter(p -> p != 0xff000000)
				.count() > 200, "the view shows data");
		}
	}

	@Test
	void trilinearMatchesTheReferenceWithinOneGreyLevel() throws IOException {
		final ViewerSource source = source(1);
		final ReferenceSampler reference = new ReferenceSampler(voxels, DIMS, source
			.voxelToGlobal(0, 0));
		final Random random = new Random(2);
		for (int trial = 0; trial < 12; trial++) {
			final ViewerSnapshot s = snapshot(source, randomView(random),
				Interpolation.TRILINEAR);
			final int[] argb = new int[W * H];
			renderer.render(s, W, H, argb, true);
			final int[] want = expected(reference, s.transform(), true);
			for (int i = 0; i < argb.length; i++)
				assertTrue(Math.abs((argb[i] & 0xff) - (want[i] & 0xff)) <= 1,
					"pixel " + i + ": " + (argb[i] & 0xff) + " vs " + (want[i] & 0xff));
		}
	}

	@Test
	void anInteractiveFrameNeverWaitsAndIsCompleteOnceBlocksArrive()
		throws Exception
	{
		final ViewerSource source = source(1);
		final ViewerSnapshot s = snapshot(source, randomView(new Random(3)),
			Interpolation.NEAREST);
		final int[] first = new int[W * H];
		final RenderResult cold = renderer.render(s, W, H, first, false);
		assertFalse(cold.complete(), "nothing was loaded");
		waitForLoader();
		final int[] second = new int[W * H];
		assertTrue(renderer.render(s, W, H, second, false).complete());
		final int[] batch = new int[W * H];
		renderer.render(s, W, H, batch, true);
		assertArrayEquals(batch, second);
		int blank = 0;
		for (int i = 0; i < first.length; i++) {
			if (first[i] == 0xff000000 && batch[i] != first[i]) blank++;
			else assertEquals(batch[i], first[i], "what is drawn is right");
		}
		assertTrue(blank > 0, "blocks not loaded yet were left black");
	}

	@Test
	void missingBlocksAreDrawnFromACoarserLevel() throws Exception {
		final Volume volume = MemoryVolumes.of("two levels", voxels, DIMS,
			new int[] { 16, 16, 3 }, SPACING, 2);
		// a loader without threads: level 0 never arrives while the frame renders
		final ChunkLoader idle = new ChunkLoader(cache, 0);
		final ViewerSource source = new VolumeSource(volume, 0, idle);
		for (final long[] g : ChunkWriter.gridPositions(volume.level(1).metadata()
			.gridShape()))
			cache.get(volume.level(1), g);
		final Affine3D view = ViewTransforms.centeredOn(new double[] { 14, 10, 16 },
			org.zapfiji.viewer.transform.Plane.XY, 3, W, H);
		final ViewerSnapshot s = snapshot(source, view, Interpolation.NEAREST);
		assertEquals(0, Levels.best(source, view, 0), "zoomed in: full resolution");
		final int[] argb = new int[W * H];
		final RenderResult result = renderer.render(s, W, H, argb, false);
		assertFalse(result.complete());
		final ReferenceSampler coarse = new ReferenceSampler(level1(volume), volume
			.level(1).metadata().shape(), source.voxelToGlobal(1, 0));
		assertArrayEquals(expected(coarse, view, false), argb,
			"level 1 stands in for level 0");
	}

	@Test
	void coloursOfSeveralSourcesAddUp() throws IOException {
		final ViewerSource a = source(1);
		final ViewerSource b = source(1);
		final SynchronizedViewerState state = new SynchronizedViewerState();
		state.addSource(a, new SourceDisplay(0x00ff00, 0, 65535, true));
		state.addSource(b, new SourceDisplay(0xff0000, 0, 65535, true));
		state.setTransform(randomView(new Random(4)));
		final int[] both = new int[W * H];
		renderer.render(state.snapshot(), W, H, both, true);
		state.setDisplay(1, state.snapshot().display(1).withVisible(false));
		final int[] green = new int[W * H];
		renderer.render(state.snapshot(), W, H, green, true);
		for (int i = 0; i < both.length; i++) {
			assertEquals(green[i] >> 8 & 0xff, both[i] >> 8 & 0xff);
			assertEquals(green[i] >> 8 & 0xff, both[i] >> 16 & 0xff,
				"same data in red");
			assertEquals(0, green[i] >> 16 & 0xff);
		}
	}

	@Test
	void anImgLib2ImageRendersLikeTheSameVoxelsFromAFile() throws IOException {
		final ChunkedArray image = ImageArrays.of(ArrayImgs.unsignedShorts(voxels,
			DIMS), new int[] { 32, 32, 4 }, List.of("x", "y", "z"), "ArrayImg");
		final ViewerSource source = new VolumeSource(Volume.single("image", image,
			List.of("x", "y", "z"), SPACING, List.of("\u00b5m", "\u00b5m",
				"\u00b5m")), 0, loader);
		final ReferenceSampler reference = new ReferenceSampler(voxels, DIMS, source
			.voxelToGlobal(0, 0));
		final ViewerSnapshot s = snapshot(source, randomView(new Random(6)),
			Interpolation.NEAREST);
		final int[] argb = new int[W * H];
		renderer.render(s, W, H, argb, true);
		assertArrayEquals(expected(reference, s.transform(), false), argb);
	}

	@Test
	void zoomingOutPicksACoarserLevel() {
		final Volume volume = MemoryVolumes.of("three levels", voxels, DIMS,
			new int[] { 16, 16, 3 }, SPACING, 3);
		final ViewerSource source = new VolumeSource(volume, 0, loader);
		final double voxel = SPACING[0];
		final double[] center = { 10, 10, 10 };
		assertEquals(0, Levels.best(source, ViewTransforms.centeredOn(center,
			org.zapfiji.viewer.transform.Plane.XY, 1 / voxel, W, H), 0));
		assertEquals(1, Levels.best(source, ViewTransforms.centeredOn(center,
			org.zapfiji.viewer.transform.Plane.XY, 0.5 / voxel, W, H), 0));
		assertEquals(2, Levels.best(source, ViewTransforms.centeredOn(center,
			org.zapfiji.viewer.transform.Plane.XY, 0.1 / voxel, W, H), 0));
	}

	private ViewerSource source(final int levels) {
		final Volume volume = MemoryVolumes.of("noise", voxels, DIMS, new int[] {
			16, 16, 3 }, SPACING, levels);
		return new VolumeSource(volume, 0, loader);
	}

	private static ViewerSnapshot snapshot(final ViewerSource source,
		final Affine3D view, final Interpolation interpolation)
	{
		return new ViewerSnapshot(List.of(source), List.of(new SourceDisplay(
			0xffffff, 1000, 60000, true)), 0, view, 0, interpolation, java.util.Map
				.of());
	}

	/**
	 * A rotated, zoomed view whose centre lies inside the volume, so every frame
	 * shows data and edges.
	 */
	private static Affine3D randomView(final Random random) {
		final double[] center = { random.nextDouble() * DIMS[0] * SPACING[0], random
			.nextDouble() * DIMS[1] * SPACING[1], random.nextDouble() * DIMS[2] *
				SPACING[2] };
		Affine3D view = ViewTransforms.centeredOn(center,
			org.zapfiji.viewer.transform.Plane.XY, 1 + random.nextDouble() * 4, W, H);
		for (int axis = 0; axis < 3; axis++)
			view = ViewTransforms.rotate(view, axis, (random.nextDouble() - 0.5) *
				Math.PI, W / 2.0, H / 2.0, 0);
		return view;
	}

	private static int[] expected(final ReferenceSampler reference,
		final Affine3D view, final boolean trilinear)
	{
		final int[] argb = new int[W * H];
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++) {
				final double[] p = reference.voxelAt(view, x, y);
				int grey = 0;
				if (reference.inside(p)) grey = ReferenceSampler.grey(trilinear
					? reference.trilinear(p) : reference.nearest(p), 1000, 60000);
				argb[y * W + x] = 0xff000000 | grey << 16 | grey << 8 | grey;
			}
		return argb;
	}

	private static short[] level1(final Volume volume) throws IOException {
		final long[] dims = volume.level(1).metadata().shape();
		final short[] flat = new short[(int) (dims[0] * dims[1] * dims[2])];
		final ChunkCache own = new ChunkCache(1 << 24);
		final int[] chunk = volume.level(1).metadata().chunkShape();
		for (final long[] g : ChunkWriter.gridPositions(volume.level(1).metadata()
			.gridShape()))
		{
			final short[] data = (short[]) own.get(volume.level(1), g).data();
			final int[] cell = volume.level(1).metadata().cellShape(g);
			int i = 0;
			for (int z = 0; z < cell[2]; z++)
				for (int y = 0; y < cell[1]; y++)
					for (int x = 0; x < cell[0]; x++)
						flat[(int) (((g[2] * chunk[2] + z) * dims[1] + g[1] * chunk[1] +
							y) * dims[0] + g[0] * chunk[0] + x)] = data[i++];
		}
		return flat;
	}

	private void waitForLoader() throws InterruptedException {
		for (int i = 0; i < 500 && loader.queued() > 0; i++)
			Thread.sleep(10);
		Thread.sleep(50);
	}
}
