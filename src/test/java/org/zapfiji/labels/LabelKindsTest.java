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

package org.zapfiji.labels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/**
 * Ellipsoids, heatmaps, foreground and ignore masks against cases worked out by
 * hand or by formula, on anisotropic voxels (0.5 × 0.5 × 2 µm) and chunks that
 * cut through every mark.
 */
class LabelKindsTest {

	private static final double[] SPACING = { 0.5, 0.5, 2 };

	/** 40 × 36 × 12 voxels in chunks of 7 × 5 × 3: every mark spans several. */
	private static final LabelGrid GRID = new LabelGrid(new long[] { 40, 36, 12 },
		SPACING, new int[] { 7, 5, 3 });

	@Test
	void anEllipsoidHoldsExactlyTheVoxelsWhoseCentersLieInside()
		throws Exception
	{
		final Mark m = Mark.builder(7, 10.2, 8.9, 11.5).radius(3, 2.5, 6).status(
			MarkStatus.ACCEPTED).build();
		final LabeledMarks marks = LabeledMarks.select(List.of(m), LabeledMarks
			.acceptedOnly(), GRID);
		final double[] labels = LabelArrays.all(new EllipsoidLabels(GRID, marks));
		int expected = 0, found = 0;
		for (int z = 0; z < 12; z++)
			for (int y = 0; y < 36; y++)
				for (int x = 0; x < 40; x++) {
					final double dx = (x * 0.5 - 10.2) / 3, dy = (y * 0.5 - 8.9) / 2.5,
							dz = (z * 2 - 11.5) / 6;
					final boolean inside = dx * dx + dy * dy + dz * dz <= 1;
					if (inside) expected++;
					final double label = labels[x + 40 * (y + 36 * z)];
					assertEquals(inside ? 1 : 0, label, "voxel " + x + "," + y + "," + z);
					if (label == 1) found++;
				}
		assertEquals(expected, found);
		final double volume = 4.0 / 3 * Math.PI * 3 * 2.5 * 6 / (0.5 * 0.5 * 2);
		assertEquals(volume, found, 0.08 * volume,
			"the voxel count approaches the ellipsoid's volume");
	}

	@Test
	void overlappingEllipsoidsSplitWhereEachIsDeepest() throws Exception {
		final Mark a = Mark.builder(100, 8, 9, 12).radius(3).status(
			MarkStatus.ACCEPTED).build();
		final Mark b = Mark.builder(5, 12, 9, 12).radius(3).status(
			MarkStatus.ACCEPTED).build();
		final LabeledMarks marks = LabeledMarks.select(List.of(a, b), LabeledMarks
			.acceptedOnly(), GRID);
		assertEquals(5, marks.mark(1).id(), "instance ids follow mark ids");
		assertEquals(100, marks.mark(2).id());
		final double[] labels = LabelArrays.all(new EllipsoidLabels(GRID, marks));
		final int y = 18, z = 6;
		assertEquals(2, labels[15 + 40 * (y + 36 * z)], "x 7.5 µm: nearer a");
		assertEquals(1, labels[21 + 40 * (y + 36 * z)], "x 10.5 µm: nearer b");
		assertEquals(1, labels[20 + 40 * (y + 36 * z)],
			"x 10 µm, halfway: the smaller instance id, on every run");
	}

	@Test
	void heatmapPeaksAtOneOnTheCenterAndFallsAsAGaussianInMicrometres()
		throws Exception
	{
		final double sigma = 1.5;
		final Mark m = Mark.builder(1, 10, 9, 12).status(MarkStatus.ACCEPTED)
			.build();
		final LabeledMarks marks = LabeledMarks.select(List.of(m), LabeledMarks
			.acceptedOnly(), GRID);
		final double[] heat = LabelArrays.all(new CenterHeatmap(GRID, marks,
			sigma));
		final int cx = 20, cy = 18, cz = 6;
		assertEquals(1, heat[cx + 40 * (cy + 36 * cz)], 0);
		double max = 0;
		for (final double h : heat)
			max = Math.max(max, h);
		assertEquals(1, max, 0);
		assertEquals(Math.exp(-0.25 / (2 * sigma * sigma)), heat[cx + 1 + 40 * (cy +
			36 * cz)], 1e-7, "one voxel along x is 0.5 µm");
		assertEquals(Math.exp(-4 / (2 * sigma * sigma)), heat[cx + 40 * (cy + 36 *
			(cz + 1))], 1e-7, "one plane along z is 2 µm");
		assertEquals(0, heat[0], 0, "beyond 4 sigma");
	}

	@Test
	void foregroundIsWhereInstancesAre() throws Exception {
		final LabeledMarks marks = LabeledMarks.select(List.of(Mark.builder(3, 6, 6,
			6).radius(2).status(MarkStatus.ACCEPTED).build()), LabeledMarks
				.acceptedOnly(), GRID);
		final EllipsoidLabels instances = new EllipsoidLabels(GRID, marks);
		final double[] labels = LabelArrays.all(instances);
		final double[] foreground = LabelArrays.all(new ForegroundMask(GRID,
			instances));
		for (int i = 0; i < labels.length; i++)
			assertEquals(labels[i] != 0 ? 1 : 0, foreground[i]);
	}

	@Test
	void ignoreMaskIsExactlyOutsideTheCompleteRegions() throws Exception {
		final List<Region> regions = new ArrayList<>();
		regions.add(new Region(1, new double[] { 2, 3, 4 }, new double[] { 5.2, 6,
			10 }, "done", "anna", RegionStatus.COMPLETE, Instant.EPOCH,
			Instant.EPOCH));
		regions.add(new Region(2, new double[] { 0, 0, 0 }, new double[] { 19, 17,
			22 }, "half", "anna", RegionStatus.IN_PROGRESS, Instant.EPOCH,
			Instant.EPOCH));
		final double[] ignore = LabelArrays.all(new IgnoreMask(GRID, regions));
		int used = 0;
		for (int z = 0; z < 12; z++)
			for (int y = 0; y < 36; y++)
				for (int x = 0; x < 40; x++) {
					final boolean inside = x >= 4 && x <= 10 && y >= 6 && y <= 12 &&
						z >= 2 && z <= 5;
					assertEquals(inside ? 0 : 1, ignore[x + 40 * (y + 36 * z)]);
					if (inside) used++;
				}
		assertEquals(7 * 7 * 4, used);
	}

	@Test
	void selectionTakesTheChosenStatusesAndRefusesMarksOutsideTheImage() {
		final List<Mark> all = List.of(Mark.builder(1, 5, 5, 5).status(
			MarkStatus.ACCEPTED).build(), Mark.builder(2, 6, 6, 6).status(
				MarkStatus.UNREVIEWED).build(), Mark.builder(3, 7, 7, 7).status(
					MarkStatus.REJECTED).build());
		assertEquals(1, LabeledMarks.select(all, LabeledMarks.acceptedOnly(), GRID)
			.count());
		assertEquals(2, LabeledMarks.select(all, EnumSet.of(MarkStatus.ACCEPTED,
			MarkStatus.UNREVIEWED), GRID).count());
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> LabeledMarks.select(List.of(Mark
				.builder(9, 30, 5, 5).status(MarkStatus.ACCEPTED).build()), LabeledMarks
					.acceptedOnly(), GRID));
		assertTrue(e.getMessage().contains("mark [9]") && e.getMessage().contains(
			"x -0.3–19.8"), e.getMessage());
	}

	@Test
	void aCropHoldsTheSameVoxelsAsTheWhole() throws Exception {
		final LabeledMarks marks = LabeledMarks.select(List.of(Mark.builder(3, 6, 6,
			6).radius(2, 2, 4).status(MarkStatus.ACCEPTED).build(), Mark.builder(4, 9,
				7, 8).radius(2).status(MarkStatus.ACCEPTED).build()), LabeledMarks
					.acceptedOnly(), GRID);
		final double[] whole = LabelArrays.all(new CenterHeatmap(GRID, marks, 1));
		final LabelGrid crop = GRID.crop(new long[] { 5, 4, 2 }, new long[] { 30,
			20, 99 });
		assertArrayEquals(new long[] { 26, 17, 10 }, crop.shape());
		final double[] part = LabelArrays.all(new CenterHeatmap(crop, marks, 1));
		for (int z = 0; z < 10; z++)
			for (int y = 0; y < 17; y++)
				for (int x = 0; x < 26; x++)
					assertEquals(whole[x + 5 + 40 * (y + 4 + 36 * (z + 2))], part[x + 26 *
						(y + 17 * z)]);
	}

	@Test
	void theQueueServesHighestFirstThenInArrivalOrder() {
		final VoxelQueue q = new VoxelQueue(2);
		q.push(1f, 10);
		q.push(-3f, 11);
		q.push(5f, 12);
		q.push(1f, 13);
		q.push(5f, 14);
		q.push(0f, 15);
		final int[] order = new int[6];
		for (int i = 0; i < 6; i++)
			order[i] = q.pop();
		assertArrayEquals(new int[] { 12, 14, 10, 13, 15, 11 }, order);
		assertTrue(q.isEmpty());
	}
}
