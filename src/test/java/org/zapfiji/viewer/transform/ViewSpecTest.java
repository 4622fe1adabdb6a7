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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Views described in words become the transforms the viewer window uses. */
class ViewSpecTest {

	/** A mini-ZAPBench volume: 256 × 192 × 8 voxels of 0.406 × 0.406 × 4 µm. */
	private static final Affine3D VOXEL = Affine3D.scaling(0.406, 0.406, 4);

	private static final double[][] BOUNDS = { { -0.203, -0.203, -2 }, { 255.5 *
		0.406, 191.5 * 0.406, 30 } };

	private static final int W = 640, H = 480;

	@Test
	void theCentreLandsOnTheImageCentrePixel() {
		for (final String plane : new String[] { "xy", "xz", "yz",
			"xy rotate x 30 y -15", "yz rotate z 45" })
		{
			final Affine3D view = ViewSpec.parse(plane, "10, 20.5,5", 1.5).transform(
				BOUNDS, 0.406, W, H);
			assertArrayEquals(new double[] { W / 2, H / 2, 0 }, view.apply(10, 20.5,
				5), 1e-9, plane);
		}
	}

	@Test
	void withoutACentreTheMiddleOfTheBoxIsShown() {
		final ViewSpec spec = ViewSpec.parse("xz", "", 0);
		assertNull(spec.center());
		final Affine3D view = spec.transform(BOUNDS, 0.406, W, H);
		assertArrayEquals(new double[] { W / 2, H / 2, 0 }, view.apply((-0.203 +
			255.5 * 0.406) / 2, (-0.203 + 191.5 * 0.406) / 2, 14), 1e-9);
	}

	@Test
	void zoomOneShowsOneVoxelPerPixel() {
		final Affine3D xy = VOXEL.then(ViewSpec.parse("xy", "", 1).transform(BOUNDS,
			0.406, W, H));
		assertArrayEquals(new double[] { 1, 0, 0 }, xy.step(0), 1e-12);
		assertArrayEquals(new double[] { 0, 1, 0 }, xy.step(1), 1e-12);
		final Affine3D xz = VOXEL.then(ViewSpec.parse("xz", "", 2).transform(BOUNDS,
			0.406, W, H));
		assertEquals(2, xz.stepLength(0), 1e-12);
		assertEquals(2 * 4 / 0.406, xz.stepLength(2), 1e-9, "z voxels are 4 µm");
	}

	@Test
	void xzShowsGlobalZDownTheScreenAndYzShowsItAcross() {
		final Affine3D xz = ViewSpec.parse("xz", "0,0,0", 1).transform(BOUNDS, 0.5,
			W, H);
		assertArrayEquals(new double[] { W / 2, H / 2 + 2, 0 }, xz.apply(0, 0, 1),
			1e-12, "global z along screen y");
		assertArrayEquals(new double[] { W / 2 + 2, H / 2, 0 }, xz.apply(1, 0, 0),
			1e-12, "global x along screen x");
		final Affine3D yz = ViewSpec.parse("yz", "0,0,0", 1).transform(BOUNDS, 0.5,
			W, H);
		assertArrayEquals(new double[] { W / 2 + 2, H / 2, 0 }, yz.apply(0, 0, 1),
			1e-12, "global z along screen x (BigDataViewer's shift-X)");
		assertArrayEquals(new double[] { W / 2, H / 2 + 2, 0 }, yz.apply(0, 1, 0),
			1e-12, "global y along screen y");
		assertEquals(Plane.ZY, ViewSpec.parse("YZ", "", 0).plane());
	}

	@Test
	void quarterTurnsOfXyAreTheOtherPlanes() {
		assertTrue(view("xy rotate y 90").approximatelyEquals(view("yz"), 1e-9));
		assertTrue(view("xy rotate x -90").approximatelyEquals(view("xz"), 1e-9));
		final Affine3D z = view("xy rotate z 90");
		final double[] right = z.apply(11, 20, 5);
		assertArrayEquals(new double[] { W / 2, H / 2 + 4, 0 }, right, 1e-9,
			"rotate z 90 turns the picture clockwise: global +x now points down");
	}

	@Test
	void rotationsAreMadeInOrderAboutTheViewCentre() {
		final ViewSpec spec = ViewSpec.parse("  XZ  Rotate x 30 y -15 x 5 ",
			"10,20,5", 2);
		assertEquals(3, spec.rotations().size());
		assertEquals("xz rotate x 30 y -15 x 5", spec.toString());
		Affine3D expected = view("xz");
		expected = ViewTransforms.rotate(expected, 0, Math.toRadians(30), W / 2.0,
			H / 2.0, 0);
		expected = ViewTransforms.rotate(expected, 1, Math.toRadians(-15), W / 2.0,
			H / 2.0, 0);
		expected = ViewTransforms.rotate(expected, 0, Math.toRadians(5), W / 2.0,
			H / 2.0, 0);
		assertTrue(spec.transform(BOUNDS, 0.5, W, H).approximatelyEquals(expected,
			1e-9));
		final Affine3D other = view("xz rotate y -15 x 30 x 5");
		assertTrue(!other.approximatelyEquals(expected, 1e-3), "the order matters");
	}

	@Test
	void zoomZeroFitsTheBoxLikeANewWindow() {
		final Affine3D fitted = ViewSpec.parse("xz", "", 0).transform(BOUNDS, 0.406,
			W, H);
		final double[] middle = new double[3], extent = new double[3];
		for (int d = 0; d < 3; d++) {
			middle[d] = (BOUNDS[0][d] + BOUNDS[1][d]) / 2;
			extent[d] = BOUNDS[1][d] - BOUNDS[0][d];
		}
		assertEquals(ViewTransforms.centeredOn(middle, Plane.XZ, ViewTransforms
			.fitScale(extent, Plane.XZ, W, H), W, H), fitted);
		final Affine3D turned = ViewSpec.parse("xy rotate x 40 y 25", "", 0)
			.transform(BOUNDS, 0.406, W, H);
		double minX = Double.MAX_VALUE, maxX = -minX, minY = minX, maxY = -minX;
		for (int corner = 0; corner < 8; corner++) {
			final double[] p = turned.apply(BOUNDS[corner & 1][0],
				BOUNDS[corner >> 1 & 1][1], BOUNDS[corner >> 2 & 1][2]);
			minX = Math.min(minX, p[0]);
			maxX = Math.max(maxX, p[0]);
			minY = Math.min(minY, p[1]);
			maxY = Math.max(maxY, p[1]);
		}
		assertTrue(minX >= -1e-9 && maxX <= W + 1e-9 && minY >= -1e-9 && maxY <= H +
			1e-9, "the turned box lies inside the image");
		assertTrue(Math.abs(maxX - minX - W) < 1e-6 || Math.abs(maxY - minY -
			H) < 1e-6, "and fills it in one direction");
	}

	@Test
	void badPlanesNameTheKeyTheTextAndTheAcceptedForms() {
		for (final String[] bad : new String[][] { { "xw", "" }, { "", "" }, {
			"xy spin x 30", "after the plane comes 'rotate', found 'spin'" }, {
				"xy rotate", "pairs of an axis" }, { "xy rotate x",
					"pairs of an axis" }, { "xy rotate q 30",
						"axis must be x, y or z, found 'q'" }, { "xy rotate x 30 y",
							"pairs" }, { "xy rotate x thirty",
								"number of degrees, found 'thirty'" }, { "xy rotate x NaN",
									"found 'nan'" } })
		{
			final String message = assertThrows(IllegalArgumentException.class,
				() -> ViewSpec.parse(bad[0], "", 0)).getMessage();
			assertTrue(message.startsWith("Key 'plane' cannot be read from '" +
				bad[0] + "'"), message);
			assertTrue(message.contains(bad[1]), message);
			assertTrue(message.endsWith("expected " + ViewSpec.PLANE_FORMS + "."),
				message);
		}
		assertThrows(IllegalArgumentException.class, () -> ViewSpec.parse(null, "",
			0));
	}

	@Test
	void badCentresAndZoomsNameTheirKey() {
		for (final String bad : new String[] { "1,2", "1,2,3,4", "a,b,c", "1;2;3",
			"1,2,Infinity" })
		{
			final String message = assertThrows(IllegalArgumentException.class,
				() -> ViewSpec.parse("xy", bad, 0)).getMessage();
			assertTrue(message.startsWith("Key 'center' expects x,y,z") && message
				.endsWith("found '" + bad + "'."), message);
		}
		for (final double bad : new double[] { -1, Double.NaN,
			Double.POSITIVE_INFINITY })
			assertTrue(assertThrows(IllegalArgumentException.class, () -> ViewSpec
				.parse("xy", "", bad)).getMessage().startsWith("Key 'zoom' must be 0"));
	}

	private static Affine3D view(final String plane) {
		return ViewSpec.parse(plane, "10,20,5", 2).transform(BOUNDS, 0.5, W, H);
	}
}
