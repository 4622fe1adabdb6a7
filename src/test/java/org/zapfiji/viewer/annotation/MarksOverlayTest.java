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

package org.zapfiji.viewer.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * What the marks overlay draws and where: the cut of each mark by the plane
 * against the geometry worked out by hand, the tiled query against a scan of
 * every mark, and pixels of the drawing.
 */
class MarksOverlayTest {

	@TempDir
	Path folder;

	private ProjectStore store;

	private MarkEditor editor;

	@BeforeEach
	void openProject() throws Exception {
		final Path file = folder.resolve("marks.zap");
		ProjectStore.create(file, "test");
		store = ProjectStore.open(file, "anna");
		editor = new MarkEditor(store, null, 2.5);
	}

	@AfterEach
	void closeProject() throws Exception {
		store.close();
	}

	/** XY plane at z = {@code z} µm, 4 pixels per µm, (0, 0) µm at the origin. */
	private static Affine3D xyAt(final double z) {
		return Affine3D.translation(0, 0, -z).then(Affine3D.scaling(4, 4, 4));
	}

	@Test
	void aRoundMarkIsACircleThatShrinksWithDistanceToThePlane() {
		final Mark m = Mark.builder(1, 10, 20, 30).radius(2.5).build();
		final double[] cut = new double[5];
		final VisibleMarks inPlane = new VisibleMarks(xyAt(30));
		assertTrue(inPlane.cut(m, cut));
		assertEquals(40, cut[0], 1e-9);
		assertEquals(80, cut[1], 1e-9);
		assertEquals(10 * 10, cut[2], 1e-9, "radius 2.5 µm = 10 pixels");
		assertEquals(0, cut[3], 1e-9);
		assertEquals(10 * 10, cut[4], 1e-9);
		assertTrue(new VisibleMarks(xyAt(32)).cut(m, cut));
		assertEquals(4 * 4 * (2.5 * 2.5 - 2 * 2), cut[2], 1e-9,
			"2 µm off the center: radius sqrt(2.5² - 2²) µm");
		assertFalse(new VisibleMarks(xyAt(32.6)).cut(m, cut), "beyond its radius");
		assertFalse(new VisibleMarks(xyAt(27.4)).cut(m, cut));
	}

	@Test
	void anAnisotropicMarkIsCutAsAnEllipseInEveryOrientation() {
		final Mark m = Mark.builder(1, 10, 20, 30).radius(2, 3, 5).build();
		final double[] cut = new double[5];
		// ZY plane through x = 10: screen x is global z, screen y is global y.
		final Affine3D zy = ViewTransforms.centeredOn(new double[] { 10, 20, 30 },
			Plane.ZY, 4, 200, 100);
		assertTrue(new VisibleMarks(zy).cut(m, cut));
		assertEquals(100, cut[0], 1e-9);
		assertEquals(50, cut[1], 1e-9);
		assertEquals(20 * 20, cut[2], 1e-9, "z radius 5 µm across");
		assertEquals(12 * 12, cut[4], 1e-9, "y radius 3 µm down");
		// An oblique plane: every point on the drawn ellipse lies on the mark.
		final Affine3D oblique = zy.then(Affine3D.rotation(0, 0.7)).then(Affine3D
			.rotation(1, 0.4));
		final double[] p = oblique.apply(11, 21, 31);
		final Affine3D through = oblique.then(Affine3D.translation(0, 0, -p[2]));
		final VisibleMarks cutting = new VisibleMarks(through);
		assertTrue(cutting.cut(m, cut));
		final Affine3D back = through.inverse();
		for (int i = 0; i < 16; i++) {
			final double a = i * Math.PI / 8;
			// The point c + L u for the Cholesky factor L of C, u on the unit circle.
			final double l00 = Math.sqrt(cut[2]), l10 = cut[3] / l00, l11 = Math.sqrt(
				cut[4] - l10 * l10);
			final double[] g = back.apply(cut[0] + l00 * Math.cos(a), cut[1] + l10 *
				Math.cos(a) + l11 * Math.sin(a), 0);
			assertEquals(1, MarkEditor.radialDistance(m, g), 1e-9,
				"on the mark's surface at angle " + a);
		}
	}

	@Test
	void obliqueTilesReportEveryCutMarkOnceAsAScanOfAllMarksWould()
		throws Exception
	{
		final Random random = new Random(3);
		final List<Mark> marks = new ArrayList<>();
		for (int i = 1; i <= 3000; i++)
			marks.add(Mark.builder(i, random.nextDouble() * 300, random.nextDouble() *
				200, random.nextDouble() * 100).radius(1 + random.nextDouble() * 3)
				.frame(i % 7 == 0 ? 1 : null).build());
		store.addMarks(marks);
		editor = new MarkEditor(store, null, 2.5);
		for (final Affine3D view : List.of(xyAt(50), oblique(ViewTransforms
			.centeredOn(new double[] { 150, 100, 50 }, Plane.XY, 3, 800, 600))))
		{
			final VisibleMarks visible = new VisibleMarks(view);
			final Map<Long, Integer> reported = new HashMap<>();
			visible.forEach(store, 800, 600, editor.maxRadius(), 0, 0, (m, cx, cy,
				c00, c01, c11) -> reported.merge(m.id(), 1, Integer::sum));
			final double[] cut = new double[5];
			int expected = 0;
			for (final Mark m : marks) {
				if (m.frame() != null || !visible.cut(m, cut)) continue;
				final double reach = Math.sqrt(Math.max(cut[2], cut[4]));
				if (cut[0] + reach < 0 || cut[1] + reach < 0 || cut[0] - reach > 800 ||
					cut[1] - reach > 600) continue;
				expected++;
				assertEquals(1, reported.getOrDefault(m.id(), 0), "reported once: " +
					m);
			}
			assertTrue(expected > 20, "the test sees enough marks: " + expected);
			for (final int times : reported.values())
				assertEquals(1, times);
		}
	}

	@Test
	void theDrawingShowsMarksInTheirStatusColourOrTheirAnnotatorsAndRegions()
		throws Exception
	{
		final Instant now = Instant.now();
		store.addMark(Mark.builder(1, 10, 10, 5).radius(2.5).status(
			MarkStatus.ACCEPTED).annotator("anna").build());
		store.addMark(Mark.builder(2, 30, 10, 5).radius(2.5).status(
			MarkStatus.REJECTED).annotator("bob").build());
		store.addMark(Mark.builder(3, 30, 30, 9).radius(2.5).status(
			MarkStatus.ACCEPTED).build());
		store.addRegion(new Region(7, new double[] { 2, 2, 0 }, new double[] { 45,
			45, 20 }, "box", "anna", RegionStatus.COMPLETE, now, now));
		final MarksOverlay overlay = new MarksOverlay(editor);
		final ViewerSnapshot snapshot = snapshot(xyAt(5));
		BufferedImage image = draw(overlay, snapshot);
		// Mark 1: circle of radius 10 pixels around (40, 40).
		assertColour(MarkColors.of(MarkStatus.ACCEPTED), image, 50, 40);
		assertColour(MarkColors.of(MarkStatus.ACCEPTED), image, 40, 30);
		assertColour(Color.BLACK, image, 40, 40, "hollow inside");
		assertColour(MarkColors.of(MarkStatus.REJECTED), image, 130, 40);
		assertColour(Color.BLACK, image, 130, 120,
			"mark 3 is 4 µm off the plane, beyond its radius");
		assertTrue(isRegion(image.getRGB(20, 8)) || isRegion(image.getRGB(23, 8)) ||
			isRegion(image.getRGB(26, 8)), "the region's dashed top edge at y = 8");

		overlay.setColorByAnnotator(true);
		image = draw(overlay, snapshot);
		assertColour(MarkColors.of("anna"), image, 50, 40);
		assertColour(MarkColors.of("bob"), image, 130, 40);

		editor.selectAt(new double[] { 10, 10, 5 }, 0);
		overlay.setColorByAnnotator(false);
		image = draw(overlay, snapshot);
		final Color halo = new Color(image.getRGB(52, 40));
		assertTrue(Math.min(halo.getRed(), Math.min(halo.getGreen(), halo
			.getBlue())) > 120, "a white halo around the selected mark: " + halo);
		assertColour(MarkColors.of(MarkStatus.ACCEPTED), image, 50, 40);
	}

	@Test
	void aMarkBeingMovedIsDrawnWhereItIsNotWhereItWas() throws Exception {
		store.addMark(Mark.builder(1, 10, 10, 5).radius(2.5).build());
		final MarksOverlay overlay = new MarksOverlay(editor);
		assertTrue(editor.beginMove(new double[] { 10, 10, 5 }, 0));
		editor.moveTo(new double[] { 20, 10, 5 });
		final BufferedImage image = draw(overlay, snapshot(xyAt(5)));
		assertColour(Color.BLACK, image, 50, 40, "not at the old place");
		assertColour(MarkColors.of(MarkStatus.UNREVIEWED), image, 90, 40);
	}

	@Test
	void aRegionIsCutAsAPolygonOrMissed() {
		final Instant now = Instant.now();
		final Region box = new Region(1, new double[] { 0, 0, 0 }, new double[] {
			10, 20, 30 }, "", "anna", RegionStatus.IN_PROGRESS, now, now);
		final double[][] square = RegionSections.cut(box, xyAt(15));
		assertEquals(4, square[0].length);
		for (int i = 0; i < 4; i++) {
			assertTrue(square[0][i] == 0 || square[0][i] == 40);
			assertTrue(square[1][i] == 0 || square[1][i] == 80);
		}
		assertNull(RegionSections.cut(box, xyAt(31)));
		final double[][] corner = RegionSections.cut(box, ViewTransforms.centeredOn(
			new double[] { 10, 20, 30 }, Plane.XY, 1, 100, 100).then(Affine3D
				.rotation(0, 0.6)).then(Affine3D.rotation(1, 0.6)));
		assertNotNull(corner);
		assertTrue(corner[0].length >= 3 && corner[0].length <= 6);
	}

	/** Turned about the middle of an 800 × 600 screen, about all three axes. */
	private static Affine3D oblique(final Affine3D view) {
		Affine3D turned = view;
		final double[] angles = { 0.5, -0.8, 0.3 };
		for (int axis = 0; axis < 3; axis++)
			turned = ViewTransforms.rotate(turned, axis, angles[axis], 400, 300, 0);
		return turned;
	}

	static ViewerSnapshot snapshot(final Affine3D view) {
		return new ViewerSnapshot(List.of(), List.of(), -1, view, 0,
			Interpolation.NEAREST, Map.of());
	}

	private static BufferedImage draw(final MarksOverlay overlay,
		final ViewerSnapshot snapshot)
	{
		final BufferedImage image = new BufferedImage(200, 160,
			BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		overlay.draw(g, snapshot, 200, 160);
		g.dispose();
		return image;
	}

	/** The light green of a complete region's outline. */
	private static boolean isRegion(final int rgb) {
		final Color c = new Color(rgb);
		return c.getRed() > 100 && c.getGreen() > 200 && c.getBlue() > 100;
	}

	private static void assertColour(final Color expected,
		final BufferedImage image, final int x, final int y)
	{
		assertColour(expected, image, x, y, "");
	}

	/** Within 40 per channel: antialiasing blends the edge of a line. */
	private static void assertColour(final Color expected,
		final BufferedImage image, final int x, final int y, final String why)
	{
		final Color c = new Color(image.getRGB(x, y));
		assertTrue(Math.abs(c.getRed() - expected.getRed()) <= 40 && Math.abs(c
			.getGreen() - expected.getGreen()) <= 40 && Math.abs(c.getBlue() -
				expected.getBlue()) <= 40, "at " + x + ", " + y + " expected " +
					expected + ", found " + c + " " + why);
	}
}
