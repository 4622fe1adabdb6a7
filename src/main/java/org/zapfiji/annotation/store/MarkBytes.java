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

import java.util.Set;
import java.util.TreeSet;

import org.zapfiji.annotation.Mark;

/**
 * A mark as compact bytes, in two cuts: its details (the fields hardly ever
 * queried: radius, times, raw click, refinement method, comment, tags, frame),
 * which are the {@code details} column of the {@code marks} table; and the
 * whole mark, which is what a batch entry keeps in {@code batch_chunks}.
 * Doubles are stored as their exact bits and times as integer nanoseconds, so a
 * mark always comes back equal to the one written.
 * <p>
 * Details: a flag byte (1: a frame follows at the end, 2: modified equals
 * created and is not stored), radius x y z, created, [modified], click x y z,
 * refinement, comment, the number of tags and the tags, [frame]. A whole mark:
 * id, x, y, z, status and annotator (shared strings), round, score (NaN for
 * none), then its details, so a batch encoded once gives both the log's blob
 * and each row's details.
 */
final class MarkBytes {

	private static final int HAS_FRAME = 1;

	private static final int MODIFIED_IS_CREATED = 2;

	private MarkBytes() {}

	static void writeDetails(final ByteWriter w, final Mark m) {
		final long created = MarkRows.nanos(m.created());
		final long modified = MarkRows.nanos(m.modified());
		w.putByte((m.frame() != null ? HAS_FRAME : 0) | (modified == created
			? MODIFIED_IS_CREATED : 0));
		for (final double r : m.radius())
			w.putDouble(r);
		w.putLong(created);
		if (modified != created) w.putLong(modified);
		for (final double c : m.click())
			w.putDouble(c);
		w.putString(m.refinement());
		w.putString(m.comment());
		final Set<String> tags = m.tags();
		w.putVarint(tags.size());
		for (final String t : tags)
			w.putString(t);
		if (m.frame() != null) w.putInt(m.frame());
	}

	/**
	 * Sets the details on {@code b}; the score is a column of its own and goes
	 * with the refinement method.
	 */
	static void readDetails(final ByteReader r, final Mark.Builder b,
		final double score)
	{
		final int flags = r.getByte();
		if ((flags & ~(HAS_FRAME | MODIFIED_IS_CREATED)) != 0) throw r.damaged(
			"unknown flags " + flags);
		b.radius(r.getDouble(), r.getDouble(), r.getDouble());
		final long created = r.getLong();
		b.created(MarkRows.instant(created));
		b.modified(MarkRows.instant((flags & MODIFIED_IS_CREATED) != 0 ? created : r
			.getLong()));
		b.click(r.getDouble(), r.getDouble(), r.getDouble());
		b.refinement(r.getString(), score);
		b.comment(r.getString());
		final long count = r.getVarint();
		final Set<String> tags = new TreeSet<>();
		for (long i = 0; i < count; i++)
			tags.add(r.getString());
		b.tags(tags);
		b.frame((flags & HAS_FRAME) != 0 ? r.getInt() : null);
	}

	/** A whole mark but its details, which must follow. */
	static void writeColumns(final ByteWriter w, final Mark m) {
		w.putLong(m.id());
		w.putDouble(m.x());
		w.putDouble(m.y());
		w.putDouble(m.z());
		w.putShared(MarkRows.statusId(m.status()));
		w.putShared(m.annotator());
		w.putInt(m.round());
		w.putDouble(m.score());
	}

	static Mark readMark(final ByteReader r) {
		final Mark.Builder b = Mark.builder(r.getLong(), r.getDouble(), r
			.getDouble(), r.getDouble());
		b.status(MarkRows.status(r.getShared()));
		b.annotator(r.getShared());
		b.round(r.getInt());
		readDetails(r, b, r.getDouble());
		return b.build();
	}
}
