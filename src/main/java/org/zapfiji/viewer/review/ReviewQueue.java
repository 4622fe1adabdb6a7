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

package org.zapfiji.viewer.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongPredicate;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.compare.MarkMatching;
import org.zapfiji.annotation.compare.Match;

/**
 * The marks in the order a reviewer steps through them, and where the reviewer
 * is: an order fixed when the queue is made (see {@link ReviewOrder}), so a
 * verdict does not reshuffle what comes next, and a cursor that
 * {@link #next}/{@link #previous} move, passing over marks deleted since.
 * <p>
 * Ties are broken by place: frame (marks of every frame first), then z, y, x,
 * then id, so equal keys come plane by plane and the same marks always give the
 * same queue. No GUI: the review panel and keys drive it on the event thread;
 * it is not thread-safe.
 */
public final class ReviewQueue {

	/** One step of the queue: a mark, and why it is there. */
	public static final class Entry {

		private final long id;

		private final String note;

		Entry(final long id, final String note) {
			this.id = id;
			this.note = note;
		}

		/** The mark's id. */
		public long id() {
			return id;
		}

		/** Why the mark is at this place, for the review panel; may be empty. */
		public String note() {
			return note;
		}

		@Override
		public String toString() {
			return id + (note.isEmpty() ? "" : " (" + note + ")");
		}
	}

	/** Frame (null first), z, y, x, id. */
	static final Comparator<Mark> BY_PLACE = Comparator.comparing((
		final Mark m) -> m.frame(), Comparator.nullsFirst(Comparator
			.naturalOrder())).thenComparingDouble(Mark::z).thenComparingDouble(
				Mark::y).thenComparingDouble(Mark::x).thenComparingLong(Mark::id);

	private final ReviewOrder order;

	private final String description;

	private final List<Entry> entries;

	private int position = -1;

	private ReviewQueue(final ReviewOrder order, final String description,
		final List<Entry> entries)
	{
		this.order = order;
		this.description = description;
		this.entries = Collections.unmodifiableList(entries);
	}

	/** A queue of {@code order} with its usual settings. */
	public static ReviewQueue of(final ReviewOrder order,
		final Collection<Mark> marks, final String firstAnnotator,
		final String secondAnnotator, final double distance)
	{
		switch (order) {
			case UNREVIEWED_FIRST:
				return unreviewedFirst(marks);
			case SCORE:
				return byScore(marks);
			case DISAGREEMENT:
				return disagreement(marks, firstAnnotator, secondAnnotator, distance);
			default:
				throw new AssertionError(order);
		}
	}

	/** Candidates and unreviewed marks, then the others; each by place. */
	public static ReviewQueue unreviewedFirst(final Collection<Mark> marks) {
		final List<Mark> sorted = new ArrayList<>(marks);
		sorted.sort(Comparator.comparingInt((final Mark m) -> open(m) ? 0 : 1)
			.thenComparing(BY_PLACE));
		final List<Entry> entries = new ArrayList<>(sorted.size());
		for (final Mark m : sorted)
			entries.add(new Entry(m.id(), ""));
		return new ReviewQueue(ReviewOrder.UNREVIEWED_FIRST,
			ReviewOrder.UNREVIEWED_FIRST.label(), entries);
	}

	/** Highest score first, marks without a score (NaN) last; ties by place. */
	public static ReviewQueue byScore(final Collection<Mark> marks) {
		final List<Mark> sorted = new ArrayList<>(marks);
		sorted.sort(Comparator.comparingInt((final Mark m) -> Double.isNaN(m
			.score()) ? 1 : 0).thenComparing(Mark::score, Comparator.reverseOrder())
			.thenComparing(BY_PLACE));
		final List<Entry> entries = new ArrayList<>(sorted.size());
		for (final Mark m : sorted)
			entries.add(new Entry(m.id(), Double.isNaN(m.score()) ? "no score"
				: "score " + String.format(Locale.ROOT, "%.3g", m.score())));
		return new ReviewQueue(ReviewOrder.SCORE, ReviewOrder.SCORE.label(),
			entries);
	}

	/**
	 * Where {@code first} and {@code second} disagree: their marks are paired one
	 * to one within {@code distance} µm ({@link MarkMatching}, frame by frame);
	 * first the marks of either with no partner (by place), then the pairs,
	 * farthest apart first, each as the first annotator's mark then the second's.
	 * Marks of other annotators are not in the queue.
	 *
	 * @throws IllegalArgumentException if the annotators are the same or the
	 *           distance is not positive
	 */
	public static ReviewQueue disagreement(final Collection<Mark> marks,
		final String first, final String second, final double distance)
	{
		Objects.requireNonNull(first, "first annotator");
		Objects.requireNonNull(second, "second annotator");
		if (first.equals(second)) throw new IllegalArgumentException(
			"disagreement needs two annotators, got '" + first + "' twice");
		final Map<Integer, List<List<Mark>>> byFrame = new LinkedHashMap<>();
		for (final Mark m : marks) {
			final int who = m.annotator().equals(first) ? 0 : m.annotator().equals(
				second) ? 1 : -1;
			if (who < 0) continue;
			byFrame.computeIfAbsent(m.frame(), f -> List.of(new ArrayList<>(),
				new ArrayList<>())).get(who).add(m);
		}
		final List<Mark> alone = new ArrayList<>();
		final List<Match> pairs = new ArrayList<>();
		final Map<Long, String> notes = new java.util.HashMap<>();
		for (final List<List<Mark>> sets : byFrame.values()) {
			final MarkMatching matching = MarkMatching.of(sets.get(0), sets.get(1),
				distance);
			for (final Mark m : matching.missed()) {
				alone.add(m);
				notes.put(m.id(), "no mark of " + second + " within " + amount(
					distance) + " µm");
			}
			for (final Mark m : matching.falsePositives()) {
				alone.add(m);
				notes.put(m.id(), "no mark of " + first + " within " + amount(
					distance) + " µm");
			}
			pairs.addAll(matching.matches());
		}
		alone.sort(BY_PLACE);
		pairs.sort(Comparator.comparingDouble(Match::distance).reversed()
			.thenComparing(Match::reference, BY_PLACE));
		final List<Entry> entries = new ArrayList<>();
		for (final Mark m : alone)
			entries.add(new Entry(m.id(), m.annotator() + "'s: " + notes.get(m
				.id())));
		for (final Match p : pairs) {
			final String apart = amount(p.distance()) + " µm apart";
			entries.add(new Entry(p.reference().id(), first + "'s, paired with " +
				second + "'s " + apart));
			entries.add(new Entry(p.test().id(), second + "'s, paired with " + first +
				"'s " + apart));
		}
		return new ReviewQueue(ReviewOrder.DISAGREEMENT, ReviewOrder.DISAGREEMENT
			.label() + " of " + first + " and " + second + " within " + amount(
				distance) + " µm", entries);
	}

	/** Whether a mark still waits for a verdict. */
	static boolean open(final Mark m) {
		return m.status() == MarkStatus.CANDIDATE || m
			.status() == MarkStatus.UNREVIEWED;
	}

	private static String amount(final double v) {
		return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$",
			"$1").replaceAll("\\.$", "");
	}

	public ReviewOrder order() {
		return order;
	}

	/**
	 * The order with its settings, e.g. "disagreement of ana and ben within 3
	 * µm".
	 */
	public String description() {
		return description;
	}

	/** Every entry, in queue order; unmodifiable. */
	public List<Entry> entries() {
		return entries;
	}

	public int size() {
		return entries.size();
	}

	/** Index of the current entry, -1 before the first step. */
	public int position() {
		return position;
	}

	/** The entry the reviewer is at; empty before the first step. */
	public Optional<Entry> current() {
		return position < 0 ? Optional.empty() : Optional.of(entries.get(position));
	}

	/**
	 * Steps to the next entry whose mark {@code exists} (still in the store).
	 *
	 * @return that entry; empty at the end of the queue, where the cursor stays
	 */
	public Optional<Entry> next(final LongPredicate exists) {
		for (int i = position + 1; i < entries.size(); i++)
			if (exists.test(entries.get(i).id())) {
				position = i;
				return Optional.of(entries.get(i));
			}
		return Optional.empty();
	}

	/**
	 * Steps back to the previous entry whose mark {@code exists}.
	 *
	 * @return that entry; empty at the start, where the cursor stays
	 */
	public Optional<Entry> previous(final LongPredicate exists) {
		for (int i = Math.min(position, entries.size()) - 1; i >= 0; i--)
			if (exists.test(entries.get(i).id())) {
				position = i;
				return Optional.of(entries.get(i));
			}
		return Optional.empty();
	}

	/**
	 * Puts the cursor on mark {@code id}, so the queue goes on from a mark the
	 * reviewer went to another way (the table, a click).
	 *
	 * @return whether the mark is in the queue; if not, the cursor stays
	 */
	public boolean moveTo(final long id) {
		if (position >= 0 && entries.get(position).id() == id) return true;
		for (int i = 0; i < entries.size(); i++)
			if (entries.get(i).id() == id) {
				position = i;
				return true;
			}
		return false;
	}
}
