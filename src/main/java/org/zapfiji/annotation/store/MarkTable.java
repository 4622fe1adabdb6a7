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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.annotation.Mark;

/**
 * Marks by id in two flat arrays, open addressing with linear probing: what a
 * {@code HashMap<Long, Mark>} does without a boxed key and an entry object per
 * mark. A million-mark import made two million such small objects, which the
 * garbage collector then copied between generations in pauses that stopped the
 * import; here the arrays are the only objects, and they grow by doubling. Not
 * thread-safe.
 */
final class MarkTable {

	private static final int MIN_CAPACITY = 16;

	/** Ids; a slot is free when its mark is null. */
	private long[] ids = new long[MIN_CAPACITY];

	private Mark[] marks = new Mark[MIN_CAPACITY];

	private int size;

	int size() {
		return size;
	}

	Mark get(final long id) {
		for (int i = slot(id, ids.length);; i = next(i)) {
			if (marks[i] == null) return null;
			if (ids[i] == id) return marks[i];
		}
	}

	/** @return the mark that had this id, or null */
	Mark put(final Mark m) {
		reserve(1);
		for (int i = slot(m.id(), ids.length);; i = next(i)) {
			if (marks[i] == null) {
				ids[i] = m.id();
				marks[i] = m;
				size++;
				return null;
			}
			if (ids[i] == m.id()) {
				final Mark old = marks[i];
				marks[i] = m;
				return old;
			}
		}
	}

	/** @return the removed mark, or null */
	Mark remove(final long id) {
		for (int i = slot(id, ids.length);; i = next(i)) {
			if (marks[i] == null) return null;
			if (ids[i] == id) {
				final Mark old = marks[i];
				closeGap(i);
				size--;
				return old;
			}
		}
	}

	/** Makes room for {@code more} marks without growing on the way. */
	void reserve(final int more) {
		final long needed = (long) size + more;
		if (needed * 4 <= (long) ids.length * 3) return;
		long capacity = ids.length;
		while (needed * 4 > capacity * 3)
			capacity *= 2;
		if (capacity > 1 << 30) throw new IllegalStateException(
			"more marks than one project can hold in memory: " + needed);
		rehash((int) capacity);
	}

	List<Mark> values() {
		final List<Mark> all = new ArrayList<>(size);
		for (final Mark m : marks)
			if (m != null) all.add(m);
		return all;
	}

	void clear() {
		Arrays.fill(marks, null);
		size = 0;
	}

	/**
	 * Empties slot {@code gap} and moves later marks of its probe run back, so
	 * every mark stays reachable from its home slot without tombstones.
	 */
	private void closeGap(int gap) {
		marks[gap] = null;
		for (int i = next(gap); marks[i] != null; i = next(i)) {
			final int home = slot(ids[i], ids.length);
			// the mark at i may move to gap unless its home lies in (gap, i]
			final boolean homeAfterGap = gap <= i ? home > gap && home <= i
				: home > gap || home <= i;
			if (homeAfterGap) continue;
			ids[gap] = ids[i];
			marks[gap] = marks[i];
			marks[i] = null;
			gap = i;
		}
	}

	private void rehash(final int capacity) {
		final long[] oldIds = ids;
		final Mark[] oldMarks = marks;
		ids = new long[capacity];
		marks = new Mark[capacity];
		for (int j = 0; j < oldMarks.length; j++) {
			if (oldMarks[j] == null) continue;
			int i = slot(oldIds[j], capacity);
			while (marks[i] != null)
				i = next(i);
			ids[i] = oldIds[j];
			marks[i] = oldMarks[j];
		}
	}

	private int next(final int i) {
		return (i + 1) & (ids.length - 1);
	}

	/** Spreads ids that differ only in high bits (as sequential ones do). */
	private static int slot(final long id, final int capacity) {
		final long h = id * 0x9E3779B97F4A7C15L;
		return (int) (h >>> 32) & (capacity - 1);
	}
}
