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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/**
 * Random edit sequences by three annotators, with undo, redo and batches: the
 * state rebuilt from the log after each entry equals the live state the store
 * had then.
 */
class StateReplayTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void replayingTheLogGivesEveryPastState(final long seed) throws IOException {
		final Path file = dir.resolve("p.zap");
		ProjectStore.create(file, "p");
		final Random r = new Random(seed);
		final List<Long> seqs = new ArrayList<>();
		final List<ProjectState> states = new ArrayList<>();
		long nextId = 1;
		for (int session = 0; session < 6; session++)
			try (ProjectStore s = ProjectStore.open(file, "annotator " + r.nextInt(
				3)))
			{
				for (int i = 0; i < 40; i++) {
					nextId = randomEdit(s, r, nextId);
					seqs.add(s.lastSeq());
					states.add(s.state());
				}
			}
		try (ProjectStore s = ProjectStore.open(file, "reviewer")) {
			assertEquals(states.get(states.size() - 1), s.state(), "reloaded");
			assertEquals(0, s.stateAt(0).marks().size());
			for (int i = 0; i < seqs.size(); i++)
				assertEquals(states.get(i), s.stateAt(seqs.get(i)), "after edit " + seqs
					.get(i));
		}
	}

	private static long randomEdit(final ProjectStore s, final Random r,
		final long nextId) throws IOException
	{
		final List<Mark> marks = s.marks();
		final List<Region> regions = s.regions();
		final int what = r.nextInt(10);
		try {
			if (what == 0) {
				final List<Mark> batch = new ArrayList<>();
				for (int k = 0; k < 5; k++)
					batch.add(TestMarks.mark(r, nextId + k));
				s.addMarks(batch);
				return nextId + 5;
			}
			if (what == 1 && !regions.isEmpty()) s.updateRegion(regions.get(0)
				.withStatus(RegionStatus.COMPLETE, regions.get(0).created()));
			else if (what == 1) s.addRegion(TestMarks.region(r, nextId));
			else if (what == 2 || what == 3) s.undo();
			else if (what == 4) s.redo();
			else if (what == 5 && !marks.isEmpty()) s.deleteMark(marks.get(r.nextInt(
				marks.size())).id());
			else if (what == 6 && !marks.isEmpty()) s.updateMark(TestMarks.changed(r,
				marks.get(r.nextInt(marks.size()))));
			else s.addMark(TestMarks.mark(r, nextId));
		}
		catch (final EditConflictException e) {
			// another annotator changed the target: refused, nothing written
		}
		return nextId + 1;
	}
}
