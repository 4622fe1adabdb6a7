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

package org.zapfiji.annotation.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.compare.MarkMerge;
import org.zapfiji.annotation.compare.MergeResult;

/**
 * Merges two annotators' projects into a new project file, leaving both sources
 * untouched.
 * <p>
 * What needs no decision goes into the new project as one logged bulk edit:
 * marks identical in both, marks found in one project only, regions found in
 * one or identical in both. What does need a decision (the same mark id with
 * different content, different ids within the match distance, the same region
 * id with different content) is not written but returned, every case listed, so
 * nothing is dropped silently.
 */
public final class ProjectMerge {

	/** What was merged into the new project and what was left for a person. */
	public static final class Report {

		private final MergeResult marks;

		private final List<Region[]> regionConflicts;

		private final int regions;

		Report(final MergeResult marks, final List<Region[]> regionConflicts,
			final int regions)
		{
			this.marks = marks;
			this.regionConflicts = List.copyOf(regionConflicts);
			this.regions = regions;
		}

		/** The marks merged, and the mark conflicts and probable duplicates. */
		public MergeResult marks() {
			return marks;
		}

		/** Pairs of regions with one id and different content: first, second. */
		public List<Region[]> regionConflicts() {
			return regionConflicts;
		}

		/** Regions written to the new project. */
		public int regions() {
			return regions;
		}

		/** True if nothing waits for a decision. */
		public boolean isComplete() {
			return marks.isComplete() && regionConflicts.isEmpty();
		}

		/** One line for a log. */
		public String summary() {
			return marks.summary() + "; " + regions + " regions merged, " +
				regionConflicts.size() + " region conflicts need a decision";
		}
	}

	private ProjectMerge() {}

	/**
	 * Writes the merge of {@code first} and {@code second} to the new project
	 * {@code target}, attributed to {@code annotator}.
	 *
	 * @param maxDistance marks with different ids closer than this (µm) are
	 *          listed as probable duplicates
	 * @throws ProjectException if a source cannot be read or {@code target}
	 *           exists (it is never overwritten)
	 */
	public static Report merge(final Path first, final Path second,
		final Path target, final String annotator, final double maxDistance)
		throws ProjectException
	{
		try (ProjectStore a = ProjectStore.open(first, annotator);
				ProjectStore b = ProjectStore.open(second, annotator))
		{
			final MergeResult marks = MarkMerge.merge(a.marks(), b.marks(),
				maxDistance);
			final Map<Long, Region> regions = new LinkedHashMap<>();
			final List<Region[]> conflicts = new ArrayList<>();
			for (final Region r : a.regions())
				regions.put(r.id(), r);
			for (final Region r : b.regions()) {
				final Region other = regions.get(r.id());
				if (other == null) regions.put(r.id(), r);
				else if (!other.equals(r)) conflicts.add(new Region[] { other, r });
			}
			for (final Region[] c : conflicts)
				regions.remove(c[0].id());
			ProjectStore.create(target, a.projectName() + " + " + b.projectName());
			try (ProjectStore out = ProjectStore.open(target, annotator)) {
				final Optional<double[]> voxels = a.voxelSize().or(() -> voxelSize(b));
				if (voxels.isPresent()) out.setVoxelSize(voxels.get()[0], voxels
					.get()[1], voxels.get()[2]);
				if (!marks.merged().isEmpty()) out.addMarks(marks.merged());
				for (final Region r : regions.values())
					out.addRegion(r);
			}
			return new Report(marks, conflicts, regions.size());
		}
	}

	private static Optional<double[]> voxelSize(final ProjectStore store) {
		try {
			return store.voxelSize();
		}
		catch (final ProjectException e) {
			return Optional.empty();
		}
	}
}
