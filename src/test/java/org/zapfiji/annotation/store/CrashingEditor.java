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

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.zapfiji.annotation.Mark;

/**
 * The child of {@link CrashTest}: edits a project as fast as it can (adds,
 * updates, deletes, small batches, undos and redos) and after each commit
 * prints {@code ack <seq> <hash of the after JSON> end}, until it is killed.
 */
public final class CrashingEditor {

	private CrashingEditor() {}

	public static void main(final String[] args) throws Exception {
		final Random r = new Random(Long.parseLong(args[1]));
		try (ProjectStore s = ProjectStore.open(Paths.get(args[0]), "crasher")) {
			if (s.isReadOnly()) throw new IllegalStateException(s.readOnlyReason());
			System.out.println("open");
			System.out.flush();
			while (true) {
				final Optional<Edit> e = edit(s, r);
				if (e.isPresent()) {
					System.out.println("ack " + e.get().seq() + " " + hash(e.get()
						.after()) + " end");
					System.out.flush();
				}
			}
		}
	}

	static int hash(final String json) {
		return json == null ? 0 : json.hashCode();
	}

	private static Optional<Edit> edit(final ProjectStore s, final Random r)
		throws Exception
	{
		final int what = r.nextInt(12);
		final List<Mark> marks = s.marks();
		final long id = r.nextLong() & Long.MAX_VALUE;
		if (what < 2) return s.undo();
		if (what == 2) return s.redo();
		if (what == 3) {
			final List<Mark> batch = new ArrayList<>();
			for (int k = 0; k < 20; k++)
				batch.add(TestMarks.mark(r, id - k));
			return Optional.of(s.addMarks(batch));
		}
		if (marks.isEmpty() || what < 7) return Optional.of(s.addMark(TestMarks
			.mark(r, id)));
		final Mark m = marks.get(r.nextInt(marks.size()));
		if (what < 9) return Optional.of(s.deleteMark(m.id()));
		return Optional.of(s.updateMark(TestMarks.changed(r, m)));
	}
}
