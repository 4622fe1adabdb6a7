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

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import org.zapfiji.annotation.MarkIds;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;

/**
 * What an annotator does to regions in the viewer: draw a new box, declare it
 * complete (every neuron inside is marked) or back in progress, change its
 * corners or name, delete it. Boxes are in µm.
 * <p>
 * Each change is one logged edit of the {@link ProjectStore}, so the marking
 * undo (ctrl Z) takes region edits back too, in the order they were made. Edits
 * hold the {@link MarkEditor}'s lock and tell its listeners, so the overlay and
 * the table follow region edits as they follow marks.
 */
public final class RegionEditor {

	private final MarkEditor editor;

	private final MarkIds ids = new MarkIds();

	/** Id of the region last drawn or chosen, 0 for none. */
	private volatile long selected;

	RegionEditor(final MarkEditor editor) {
		this.editor = editor;
	}

	private ProjectStore store() {
		return editor.store();
	}

	/**
	 * Adds the box {@code min}..{@code max} (corners in any order per axis) in
	 * progress, and selects it.
	 *
	 * @throws IllegalArgumentException if a corner is not finite or the box is
	 *           flat on some axis
	 */
	public Region add(final double[] min, final double[] max)
		throws ProjectException
	{
		final double[][] box = box(min, max);
		final Instant now = Instant.now();
		final Region r = new Region(ids.next(), box[0], box[1], "", store()
			.annotator(), RegionStatus.IN_PROGRESS, now, now);
		synchronized (editor) {
			try {
				store().addRegion(r);
				selected = r.id();
			}
			finally {
				editor.changed();
			}
		}
		return r;
	}

	/**
	 * Declares region {@code id} complete or in progress; the region keeps the
	 * annotator who drew it, the log records who declared it.
	 *
	 * @return the changed region; empty if there is none or it has that status
	 */
	public Optional<Region> setStatus(final long id, final RegionStatus status)
		throws ProjectException
	{
		synchronized (editor) {
			final Optional<Region> found = store().region(id);
			if (!found.isPresent() || found.get().status() == status) return Optional
				.empty();
			return Optional.of(write(found.get().withStatus(status, Instant.now())));
		}
	}

	/** Complete if in progress, in progress if complete; empty if no region. */
	public Optional<Region> toggleComplete(final long id)
		throws ProjectException
	{
		synchronized (editor) {
			final Optional<Region> found = store().region(id);
			if (!found.isPresent()) return Optional.empty();
			return setStatus(id, found.get().status() == RegionStatus.COMPLETE
				? RegionStatus.IN_PROGRESS : RegionStatus.COMPLETE);
		}
	}

	/**
	 * Gives region {@code id} new corners, name and status in one edit.
	 *
	 * @return the changed region; empty if there is none or nothing changes
	 */
	public Optional<Region> update(final long id, final double[] min,
		final double[] max, final String name, final RegionStatus status)
		throws ProjectException
	{
		final double[][] box = box(min, max);
		synchronized (editor) {
			final Optional<Region> found = store().region(id);
			if (!found.isPresent()) return Optional.empty();
			final Region old = found.get();
			final String newName = name == null ? "" : name.trim();
			if (Arrays.equals(old.min(), box[0]) && Arrays.equals(old.max(),
				box[1]) && old.name().equals(newName) && old.status() == status)
				return Optional.empty();
			return Optional.of(write(new Region(id, box[0], box[1], newName, old
				.annotator(), status, old.created(), Instant.now())));
		}
	}

	/** Deletes region {@code id}; false if there was none. */
	public boolean delete(final long id) throws ProjectException {
		synchronized (editor) {
			if (!store().region(id).isPresent()) return false;
			try {
				store().deleteRegion(id);
				if (selected == id) selected = 0;
			}
			finally {
				editor.changed();
			}
			return true;
		}
	}

	/**
	 * The smallest region holding {@code point} (µm), borders included: on the
	 * viewer's plane, the innermost box around the mouse.
	 */
	public Optional<Region> regionAt(final double[] point) {
		Region best = null;
		double smallest = Double.POSITIVE_INFINITY;
		for (final Region r : store().regions()) {
			if (!r.contains(point[0], point[1], point[2])) continue;
			final double v = volume(r);
			if (v < smallest) {
				best = r;
				smallest = v;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Makes region {@code id} the chosen one (0 for none). */
	public void select(final long id) {
		selected = id;
		editor.changed();
	}

	/** The region last drawn or chosen, as the store has it now. */
	public Optional<Region> selected() {
		final long id = selected;
		return id == 0 ? Optional.empty() : store().region(id);
	}

	/** Id of the chosen region, 0 for none; cheap, for drawing. */
	public long selectedId() {
		return selected;
	}

	private Region write(final Region r) throws ProjectException {
		try {
			store().updateRegion(r);
			selected = r.id();
		}
		finally {
			editor.changed();
		}
		return r;
	}

	private static double volume(final Region r) {
		final double[] min = r.min(), max = r.max();
		return (max[0] - min[0]) * (max[1] - min[1]) * (max[2] - min[2]);
	}

	/**
	 * Lower and upper corner of the box spanned by {@code a} and {@code b}.
	 *
	 * @throws IllegalArgumentException naming the corners if one is not finite or
	 *           the box is flat on some axis
	 */
	public static double[][] box(final double[] a, final double[] b) {
		if (a.length != 3 || b.length != 3) throw new IllegalArgumentException(
			"a region's corners need x, y, z in µm, got " + Arrays.toString(a) +
				" and " + Arrays.toString(b));
		final double[] min = new double[3], max = new double[3];
		for (int d = 0; d < 3; d++) {
			if (!Double.isFinite(a[d]) || !Double.isFinite(b[d]))
				throw new IllegalArgumentException(
					"a region's corners must be finite, got " + Arrays.toString(a) +
						" and " + Arrays.toString(b));
			min[d] = Math.min(a[d], b[d]);
			max[d] = Math.max(a[d], b[d]);
			if (!(max[d] > min[d])) throw new IllegalArgumentException(
				"a region must have an extent on x, y and z, got " + Arrays.toString(
					min) + " .. " + Arrays.toString(max));
		}
		return new double[][] { min, max };
	}
}
