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

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One annotator's undo and redo stacks, derived from their entries in the log,
 * so they survive a restart. A plain entry is pushed for undo and clears the
 * redo stack; an undo entry moves its target to the redo stack; a redo entry
 * (one that reverts an undo entry) moves back.
 */
final class UndoStacks {

	private final Deque<Long> undo = new ArrayDeque<>();

	private final Deque<Long> redo = new ArrayDeque<>();

	/** Entries that are undos, to tell a redo (reverting one) from an undo. */
	private final Set<Long> undoEntries = new HashSet<>();

	/**
	 * @param chain {seq, undoes or 0} of the annotator's entries, oldest first
	 */
	static UndoStacks of(final List<long[]> chain) {
		final UndoStacks s = new UndoStacks();
		for (final long[] e : chain)
			s.record(e[0], e[1] == 0 ? null : e[1]);
		return s;
	}

	void record(final long seq, final Long undoes) {
		if (undoes == null) {
			undo.push(seq);
			redo.clear();
		}
		else if (undoEntries.contains(undoes)) {
			redo.removeFirstOccurrence(undoes);
			undo.push(seq);
		}
		else {
			undo.removeFirstOccurrence(undoes);
			redo.push(seq);
			undoEntries.add(seq);
		}
	}

	/** The entry an undo would revert, or null. */
	Long undoTarget() {
		return undo.peek();
	}

	/** The undo entry a redo would revert, or null. */
	Long redoTarget() {
		return redo.peek();
	}
}
