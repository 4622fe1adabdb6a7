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

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkIds;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.Edit;
import org.zapfiji.annotation.store.EditKind;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;

/**
 * What an annotator does to marks in the viewer, without the viewer: add at a
 * point (snapped to the neuron's center, the raw click kept), delete, move,
 * grow or shrink the mark under a point, select, undo and redo. Points are in
 * µm; the viewer turns mouse positions into points on its current plane.
 * <p>
 * Every change is one edit of the {@link ProjectStore}, attributed to the
 * store's annotator and on disk when the method returns; a move is one edit
 * when it ends, not one per mouse step. Undo and redo are the store's, so they
 * reach back past a restart.
 * <p>
 * Reviewing is editing too: {@link #review} sets a verdict and {@link #comment}
 * a note, each one edit; regions are edited through {@link #regions()}.
 * <p>
 * Edits are made on one thread at a time (the methods that write are
 * synchronized); what an overlay reads while drawing (selection, the mark being
 * moved, the largest radius) never waits for them.
 */
public final class MarkEditor {

	/** E and Q change a radius by this factor, as in Mastodon. */
	public static final double RADIUS_STEP = 1.1;

	/** Shrinking stops here (µm): a mark must keep a positive radius. */
	static final double SMALLEST_RADIUS = 0.1;

	private final ProjectStore store;

	private final ClickSnapper snapper;

	private final double[] newRadius;

	private final MarkIds ids = new MarkIds();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	private final RegionEditor regions = new RegionEditor(this);

	private volatile boolean snapping;

	/** Id of the selected mark, 0 for none. */
	private volatile long selected;

	/** The mark being dragged, at its position now; null when none is. */
	private volatile Mark moving;

	private double[] moveOffset;

	/** At least the largest radius (any axis) of any mark in the store. */
	private volatile double maxRadius;

	/**
	 * @param snapper moves clicks to centers; null when the project is marked
	 *          without snapping
	 * @param radius of new marks on every axis, µm
	 */
	public MarkEditor(final ProjectStore store, final ClickSnapper snapper,
		final double radius)
	{
		if (!(radius > 0) || Double.isInfinite(radius))
			throw new IllegalArgumentException(
				"the radius of new marks must be positive, was " + radius);
		this.store = store;
		this.snapper = snapper;
		this.newRadius = new double[] { radius, radius, radius };
		this.snapping = snapper != null;
		this.maxRadius = Math.max(radius, largestRadius(store.marks()));
	}

	public ProjectStore store() {
		return store;
	}

	/** The regions' editor: its edits tell this editor's listeners. */
	public RegionEditor regions() {
		return regions;
	}

	/** Who the edits are attributed to. */
	public String annotator() {
		return store.annotator();
	}

	/**
	 * Adds a mark at {@code click}, snapped to the neuron's center when
	 * {@code snap} is asked and snapping is {@linkplain #snapping() on}; where
	 * nothing is found to snap to, the mark stays at the click. The click is kept
	 * as the mark's raw click either way, and the new mark is selected.
	 *
	 * @param time the time point whose voxels the snapper searches
	 * @throws IOException if the snapper cannot read the voxels; nothing is added
	 */
	public synchronized Mark add(final double[] click, final int time,
		final boolean snap) throws ProjectException, IOException
	{
		final double[] c = point(click);
		final Optional<Snap> snapped = snap && snapping() ? snapper.snap(c,
			newRadius.clone(), time) : Optional.empty();
		final Instant now = Instant.now();
		final Mark.Builder b = Mark.builder(ids.next(), c[0], c[1], c[2]).radius(
			newRadius[0], newRadius[1], newRadius[2]).status(MarkStatus.UNREVIEWED)
			.annotator(store.annotator()).created(now).modified(now).click(c[0], c[1],
				c[2]);
		if (snapped.isPresent()) {
			final double[] p = snapped.get().position();
			b.position(p[0], p[1], p[2]).refinement(snapped.get().method(), snapped
				.get().score());
		}
		final Mark mark = b.build();
		store.addMark(mark);
		selected = mark.id();
		changed();
		return mark;
	}

	/**
	 * The mark whose ellipsoid holds {@code point}, the one whose center is
	 * nearest in units of its radius where several do. On the viewer's plane that
	 * is the mark whose drawn outline the mouse is in. Marks of another time
	 * point than {@code time} do not count.
	 */
	public Optional<Mark> markAt(final double[] point, final int time) {
		final double[] p = point(point);
		final double r = maxRadius;
		final List<Mark> near = store.marksIn(new double[] { p[0] - r, p[1] - r,
			p[2] - r }, new double[] { p[0] + r, p[1] + r, p[2] + r });
		Mark best = null;
		double nearest = 1;
		for (final Mark m : near) {
			if (!shownAt(m, time)) continue;
			final double q = radialDistance(m, p);
			if (q <= nearest) {
				best = m;
				nearest = q;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Deletes the mark {@linkplain #markAt under} {@code point}, if any. */
	public synchronized Optional<Mark> deleteAt(final double[] point,
		final int time) throws ProjectException
	{
		final Optional<Mark> found = markAt(point, time);
		if (found.isPresent()) {
			store.deleteMark(found.get().id());
			if (selected == found.get().id()) selected = 0;
			changed();
		}
		return found;
	}

	/** Selects the mark under {@code point}; none if there is none there. */
	public Optional<Mark> selectAt(final double[] point, final int time) {
		final Optional<Mark> found = markAt(point, time);
		selected = found.map(Mark::id).orElse(0L);
		changed();
		return found;
	}

	/**
	 * Selects the mark with id {@code id} (0 for none), as a click on it would:
	 * the review queue and the table of marks select what they go to.
	 *
	 * @return the mark; empty (and nothing selected) if the store has no such
	 *         mark
	 */
	public Optional<Mark> select(final long id) {
		final Optional<Mark> found = id == 0 ? Optional.empty() : store.mark(id);
		selected = found.map(Mark::id).orElse(0L);
		changed();
		return found;
	}

	/**
	 * A reviewer's verdict on mark {@code id}: one edit that sets its status and
	 * the review round. The mark keeps its annotator, who made it: the log
	 * records who reviewed it, and comparing annotators stays possible after
	 * review.
	 *
	 * @param round the review round the verdict belongs to, ≥ 0
	 * @return the changed mark; empty if there is no such mark or it already has
	 *         this status in this round (nothing is written then)
	 */
	public synchronized Optional<Mark> review(final long id,
		final MarkStatus status, final int round) throws ProjectException
	{
		if (round < 0) throw new IllegalArgumentException(
			"a review round is 0 or more, was " + round);
		final Optional<Mark> found = store.mark(id);
		if (!found.isPresent() || found.get().status() == status && found.get()
			.round() == round) return Optional.empty();
		return Optional.of(rewrite(found.get().toBuilder().status(status).round(
			round)));
	}

	/**
	 * Replaces the comment of mark {@code id} with {@code text} (trimmed) in one
	 * edit; the mark keeps its annotator, as in {@link #review}.
	 *
	 * @return the changed mark; empty if there is no such mark or the comment is
	 *         the same
	 */
	public synchronized Optional<Mark> comment(final long id, final String text)
		throws ProjectException
	{
		final String trimmed = text == null ? "" : text.trim();
		final Optional<Mark> found = store.mark(id);
		if (!found.isPresent() || found.get().comment().equals(trimmed))
			return Optional.empty();
		return Optional.of(rewrite(found.get().toBuilder().comment(trimmed)));
	}

	private Mark rewrite(final Mark.Builder changed) throws ProjectException {
		final Mark m = changed.modified(Instant.now()).build();
		try {
			store.updateMark(m);
		}
		finally {
			changed();
		}
		return m;
	}

	/** The selected mark as the store has it now. */
	public Optional<Mark> selected() {
		final long id = selected;
		return id == 0 ? Optional.empty() : store.mark(id);
	}

	/** Id of the selected mark, 0 for none; cheap, for drawing. */
	public long selectedId() {
		return selected;
	}

	/**
	 * Starts moving the mark under {@code point}: it follows
	 * {@link #moveTo(double[])} at the same offset from the point, so it does not
	 * jump to the mouse, and keeps its distance to the plane.
	 *
	 * @return whether there was a mark to move
	 */
	public synchronized boolean beginMove(final double[] point, final int time) {
		if (moving != null) return false;
		final Optional<Mark> found = markAt(point, time);
		if (!found.isPresent()) return false;
		final double[] p = point(point);
		final Mark m = found.get();
		moveOffset = new double[] { m.x() - p[0], m.y() - p[1], m.z() - p[2] };
		moving = m;
		selected = m.id();
		changed();
		return true;
	}

	/** Where the mark being moved is shown now; nothing is written. */
	public synchronized void moveTo(final double[] point) {
		final Mark m = moving;
		if (m == null) return;
		final double[] p = point(point);
		moving = m.toBuilder().position(p[0] + moveOffset[0], p[1] + moveOffset[1],
			p[2] + moveOffset[2]).build();
		changed();
	}

	/**
	 * Ends a move with one edit. The new position is where the annotator put the
	 * mark by hand, so it becomes the raw click as well and the mark counts as
	 * unrefined: snapping it again starts from there, not from the old click.
	 *
	 * @return the moved mark; empty if none was moving or it did not move
	 */
	public synchronized Optional<Mark> endMove() throws ProjectException {
		final Mark m = moving;
		moving = null;
		if (m == null) return Optional.empty();
		final Optional<Mark> stored = store.mark(m.id());
		if (!stored.isPresent() || Arrays.equals(stored.get().position(), m
			.position()))
		{
			changed();
			return Optional.empty();
		}
		final Mark moved = m.toBuilder().click(m.x(), m.y(), m.z()).refinement(
			"none", Double.NaN).annotator(store.annotator()).modified(Instant.now())
			.build();
		try {
			store.updateMark(moved);
		}
		finally {
			changed();
		}
		return Optional.of(moved);
	}

	/** The mark being moved, where it is shown now. */
	public Optional<Mark> moving() {
		return Optional.ofNullable(moving);
	}

	/**
	 * Multiplies the radius (every axis) of the mark under {@code point}, or of
	 * the selected mark when there is none there, by {@code factor}.
	 *
	 * @return the changed mark; empty if there was none, or if it would shrink
	 *         below {@value #SMALLEST_RADIUS} µm
	 */
	public synchronized Optional<Mark> scaleRadius(final double[] point,
		final int time, final double factor) throws ProjectException
	{
		if (!(factor > 0) || Double.isInfinite(factor))
			throw new IllegalArgumentException("radius factor must be positive: " +
				factor);
		final Optional<Mark> found = markAt(point, time);
		final Optional<Mark> target = found.isPresent() ? found : selected();
		if (!target.isPresent()) return Optional.empty();
		final double[] r = target.get().radius();
		for (int d = 0; d < 3; d++) {
			r[d] *= factor;
			if (r[d] < SMALLEST_RADIUS) return Optional.empty();
		}
		final Mark scaled = target.get().toBuilder().radius(r[0], r[1], r[2])
			.annotator(store.annotator()).modified(Instant.now()).build();
		store.updateMark(scaled);
		grow(scaled);
		selected = scaled.id();
		changed();
		return Optional.of(scaled);
	}

	/** Reverts this annotator's latest edit; empty if there is none. */
	public synchronized Optional<Edit> undo() throws ProjectException {
		return replayed(store.undo());
	}

	/** Re-applies this annotator's latest undo; empty if there is none. */
	public synchronized Optional<Edit> redo() throws ProjectException {
		return replayed(store.redo());
	}

	private Optional<Edit> replayed(final Optional<Edit> edit) {
		if (edit.isPresent()) {
			// A restored mark may be one deleted before this session began.
			if (edit.get().kind() == EditKind.MARK) store.mark(edit.get().target())
				.ifPresent(this::grow);
			else if (edit.get().kind() == EditKind.MARK_BATCH) maxRadius = Math.max(
				maxRadius, largestRadius(store.marks()));
			changed();
		}
		return edit;
	}

	/** Whether a snapper was given. */
	public boolean canSnap() {
		return snapper != null;
	}

	/** Whether {@code A} snaps now: a snapper was given and is turned on. */
	public boolean snapping() {
		return snapper != null && snapping;
	}

	/** Turns snapping on or off for every add until turned back. */
	public void setSnapping(final boolean on) {
		snapping = on;
		changed();
	}

	/** The snapper's method, or "none". */
	public String snapMethod() {
		return snapper == null ? "none" : snapper.method();
	}

	/**
	 * Where a snapping add at {@code point} would put the mark; empty when
	 * snapping is off or finds nothing. Changes nothing.
	 */
	public Optional<Snap> preview(final double[] point, final int time)
		throws IOException
	{
		if (!snapping()) return Optional.empty();
		return snapper.snap(point(point), newRadius.clone(), time);
	}

	/**
	 * At least the largest radius (µm, any axis) of any mark: how far beyond a
	 * box a mark can reach into it.
	 */
	public double maxRadius() {
		return maxRadius;
	}

	/** {@code listener} runs after every change, on the thread that made it. */
	public void addListener(final Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(final Runnable listener) {
		listeners.remove(listener);
	}

	/**
	 * Whether {@code m} is shown at {@code time}: it has no frame, or that one.
	 */
	static boolean shownAt(final Mark m, final int time) {
		return m.frame() == null || m.frame() == time;
	}

	/** (Σ ((p − c) / r)²) over the axes: ≤ 1 inside the mark's ellipsoid. */
	static double radialDistance(final Mark m, final double[] p) {
		final double[] r = m.radius();
		final double dx = (p[0] - m.x()) / r[0];
		final double dy = (p[1] - m.y()) / r[1];
		final double dz = (p[2] - m.z()) / r[2];
		return dx * dx + dy * dy + dz * dz;
	}

	private void grow(final Mark m) {
		for (final double r : m.radius())
			if (r > maxRadius) maxRadius = r;
	}

	private static double largestRadius(final List<Mark> marks) {
		double most = 0;
		for (final Mark m : marks)
			for (final double r : m.radius())
				most = Math.max(most, r);
		return most;
	}

	/** Tells the listeners that something changed; for {@link RegionEditor}. */
	void changed() {
		for (final Runnable listener : listeners)
			listener.run();
	}

	private static double[] point(final double[] p) {
		if (p.length != 3 || !Double.isFinite(p[0]) || !Double.isFinite(p[1]) ||
			!Double.isFinite(p[2])) throw new IllegalArgumentException(
				"a point needs finite x, y, z in µm, got " + Arrays.toString(p));
		return p.clone();
	}
}
