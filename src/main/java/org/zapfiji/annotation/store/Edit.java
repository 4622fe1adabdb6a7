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

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a project's append-only edit log: who changed what, when, and
 * the target's state before and after as JSON ({@link MarkJson}). Undo and redo
 * are entries too, pointing with {@link #undoes()} at the entry they revert, so
 * the log alone tells the whole story and any past state can be rebuilt from
 * it.
 */
public final class Edit {

	private final long seq;

	private final long time;

	private final String annotator;

	private final EditOperation operation;

	private final EditKind kind;

	private final long target;

	private final String before;

	private final String after;

	private final Long undoes;

	/**
	 * @param before the target before, null for an add
	 * @param after the target after, null for a delete
	 * @param undoes the entry this one reverts, or null
	 */
	public Edit(final long seq, final long time, final String annotator,
		final EditOperation operation, final EditKind kind, final long target,
		final String before, final String after, final Long undoes)
	{
		this.seq = seq;
		this.time = time;
		this.annotator = Objects.requireNonNull(annotator, "annotator");
		this.operation = Objects.requireNonNull(operation, "operation");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.target = target;
		this.before = before;
		this.after = after;
		this.undoes = undoes;
	}

	/** Position in the log, from 1, increasing; never reused. */
	public long seq() {
		return seq;
	}

	/** When it was committed, epoch milliseconds. */
	public long time() {
		return time;
	}

	public Instant instant() {
		return Instant.ofEpochMilli(time);
	}

	public String annotator() {
		return annotator;
	}

	public EditOperation operation() {
		return operation;
	}

	public EditKind kind() {
		return kind;
	}

	/**
	 * The mark or region id; for a {@link EditKind#MARK_BATCH} the seq of the
	 * entry that holds the batch.
	 */
	public long target() {
		return target;
	}

	/** JSON, or null for an add. */
	public String before() {
		return before;
	}

	/** JSON, or null for a delete. */
	public String after() {
		return after;
	}

	/** The seq this entry reverts (an undo, or a redo reverting an undo). */
	public Long undoes() {
		return undoes;
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Edit)) return false;
		final Edit e = (Edit) o;
		return seq == e.seq && time == e.time && annotator.equals(e.annotator) &&
			operation == e.operation && kind == e.kind && target == e.target &&
			Objects.equals(before, e.before) && Objects.equals(after, e.after) &&
			Objects.equals(undoes, e.undoes);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(seq);
	}

	@Override
	public String toString() {
		return "edit " + seq + ": " + annotator + " " + operation.id() + " " + kind
			.id() + " " + target + (undoes == null ? "" : " (reverts " + undoes +
				")");
	}
}
