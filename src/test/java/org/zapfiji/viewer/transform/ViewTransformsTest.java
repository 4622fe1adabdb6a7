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

package org.zapfiji.viewer.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Navigation keeps the point under the mouse where it is, and display and
 * global coordinates convert back and forth, also for anisotropic voxels.
 */
class ViewTransformsTest {

	private static final Affine3D ANISOTROPIC = Affine3D.scaling(0.406, 0.406, 4);

	@Test
	void displayAndGlobalRoundTrip() {
		final Random random = new Random(11);
		for (int i = 0; i < 50; i++) {
			final Affine3D view = Affine3DTest.random(random);
			final double x = random.nextDouble() * 800, y = random.nextDouble() * 600;
			final double[] global = ViewTransforms.globalAt(view, x, y);
			assertArrayEquals(new double[] { x, y, 0 }, view.apply(global[0],
				global[1], global[2]), 1e-9);
		}
	}

	@Test
	void anisotropicVoxelsLookRoundOnScreen() {
		final Affine3D view = ViewTransforms.centeredOn(new double[] { 100, 100,
			20 }, Plane.XZ, 2, 400, 300);
		final Affine3D voxelToScreen = ANISOTROPIC.then(view);
		assertEquals(2 * 0.406, voxelToScreen.stepLength(0), 1e-12);
		assertEquals(2 * 4, voxelToScreen.stepLength(2), 1e-12,
			"a z step is ten times an x step on screen, as in the sample");
		assertArrayEquals(new double[] { 0, 8, 0 }, voxelToScreen.step(2), 1e-12,
			"in an XZ view, z runs down the screen");
	}

	@Test
	void rotatingAboutTheMouseKeepsThatPoint() {
		final Random random = new Random(12);
		for (int i = 0; i < 50; i++) {
			final Affine3D view = Affine3DTest.random(random);
			final double x = random.nextDouble() * 800, y = random.nextDouble() * 600;
			final double[] before = ViewTransforms.globalAt(view, x, y);
			final Affine3D turned = ViewTransforms.rotate(view, i % 3, random
				.nextDouble() * 3, x, y, 0);
			assertArrayEquals(new double[] { x, y, 0 }, turned.apply(before[0],
				before[1], before[2]), 1e-9);
			assertEquals(view.scale(), turned.scale(), 1e-9);
		}
	}

	@Test
	void zoomingAboutTheMouseKeepsThatPoint() {
		final Affine3D view = ViewTransforms.centeredOn(new double[] { 10, 20, 30 },
			Plane.XY, 1.5, 640, 480);
		final double[] before = ViewTransforms.globalAt(view, 100, 50);
		final Affine3D zoomed = ViewTransforms.zoom(view, 1.25, 100, 50);
		assertArrayEquals(new double[] { 100, 50, 0 }, zoomed.apply(before[0],
			before[1], before[2]), 1e-9);
		assertEquals(1.5 * 1.25, zoomed.scale(), 1e-12);
	}

	@Test
	void aligningKeepsTheAnchorAndScale() {
		final Random random = new Random(13);
		for (final Plane plane : Plane.values()) {
			final Affine3D view = Affine3DTest.random(random).then(Affine3D.scaling(2,
				2, 2));
			final Affine3D rigid = ViewTransforms.rotate(ViewTransforms.centeredOn(
				new double[] { 5, 6, 7 }, Plane.XY, 2.5, 400, 300), 1, 0.7, 200, 150,
				0);
			final double[] anchor = ViewTransforms.globalAt(rigid, 120, 80);
			final Affine3D aligned = ViewTransforms.align(rigid, plane, 120, 80);
			assertArrayEquals(new double[] { 120, 80, 0 }, aligned.apply(anchor[0],
				anchor[1], anchor[2]), 1e-9);
			final Affine3D expected = plane.rotation().then(Affine3D.scaling(2.5, 2.5,
				2.5));
			for (int r = 0; r < 3; r++)
				for (int c = 0; c < 3; c++)
					assertEquals(expected.get(r, c), aligned.get(r, c), 1e-9);
		}
	}

	@Test
	void centringOnAPointKeepsOrientationAndZoom() {
		final Affine3D view = ViewTransforms.rotate(ViewTransforms.centeredOn(
			new double[] { 5, 6, 7 }, Plane.XY, 3, 400, 300), 1, 0.3, 10, 20, 4);
		final double[] mark = { 40, -12, 33 };
		final Affine3D there = ViewTransforms.centeredAt(view, mark, 200, 150);
		assertArrayEquals(new double[] { 200, 150, 0 }, there.apply(mark[0],
			mark[1], mark[2]), 1e-9, "the point at the centre, on the plane");
		for (int r = 0; r < 3; r++)
			for (int c = 0; c < 3; c++)
				assertEquals(view.get(r, c), there.get(r, c), 1e-12,
					"the same rotation and scale");
	}

	@Test
	void translatingMovesThePictureByThePixels() {
		final Affine3D view = ViewTransforms.centeredOn(new double[] { 0, 0, 0 },
			Plane.XY, 3, 100, 100);
		final double[] g = ViewTransforms.globalAt(view, 10, 10);
		final double[] moved = ViewTransforms.translate(view, 7, -4, 0).apply(g[0],
			g[1], g[2]);
		assertArrayEquals(new double[] { 17, 6, 0 }, moved, 1e-12);
	}

	@Test
	void planesAreRightHandedRotations() {
		for (final Plane plane : Plane.values())
			assertEquals(1, plane.rotation().determinant(), 1e-12, plane.name());
		assertArrayEquals(new double[] { 0, 1, 0 }, Plane.XZ.rotation().apply(0, 0,
			1), 1e-12, "XZ: global z runs down the screen");
		assertArrayEquals(new double[] { 1, 0, 0 }, Plane.ZY.rotation().apply(0, 0,
			1), 1e-12, "ZY: global z runs right");
	}
}
