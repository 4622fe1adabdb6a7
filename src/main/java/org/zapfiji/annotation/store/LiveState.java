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

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;

/**
 * Marks and regions in memory, with the spatial index kept in step: what the
 * store answers reads from, and what a replay of the log builds.
 */
final class LiveState {

	/** The marks of a batch entry, by the seq that holds them. */
	@FunctionalInterface
	interface Batches {

		List<Mark> marks(long batch) throws SQLException;
	}

	private final MarkTable marks = new MarkTable();

	private final Map<Long, Region> regions = new HashMap<>();

	private final GridIndex grid;

	/** @param grid the index to keep in step, or null for none */
	LiveState(final GridIndex grid) {
		this.grid = grid;
	}

	/** The index kept in step, or null. */
	GridIndex grid() {
		return grid;
	}

	Mark mark(final long id) {
		return marks.get(id);
	}

	Region region(final long id) {
		return regions.get(id);
	}

	int markCount() {
		return marks.size();
	}

	/** The marks, in no particular order, in a new list. */
	List<Mark> markList() {
		return marks.values();
	}

	/** Makes room for {@code more} marks at once: a batch is coming. */
	void reserveMarks(final int more) {
		marks.reserve(more);
	}

	Map<Long, Region> regions() {
		return regions;
	}

	void putMark(final Mark m) {
		final Mark old = marks.put(m);
		if (grid == null) return;
		if (old != null) grid.remove(old);
		grid.add(m);
	}

	void removeMark(final long id) {
		final Mark old = marks.remove(id);
		if (old != null && grid != null) grid.remove(old);
	}

	void putRegion(final Region r) {
		regions.put(r.id(), r);
	}

	void removeRegion(final long id) {
		regions.remove(id);
	}

	/** Brings the state to what it is after {@code e}: sets its after. */
	void apply(final Edit e, final Batches batches) throws SQLException {
		switch (e.kind()) {
			case MARK:
				if (e.after() == null) removeMark(e.target());
				else putMark(MarkJson.mark(e.after()));
				break;
			case REGION:
				if (e.after() == null) removeRegion(e.target());
				else putRegion(MarkJson.region(e.after()));
				break;
			case MARK_BATCH:
				for (final Mark m : batches.marks(e.target()))
					if (e.after() == null) removeMark(m.id());
					else putMark(m);
				break;
			default:
				throw new AssertionError(e.kind());
		}
	}

	ProjectState snapshot() {
		final Map<Long, Mark> byId = new HashMap<>();
		for (final Mark m : marks.values())
			byId.put(m.id(), m);
		return new ProjectState(byId, regions);
	}
}
