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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;

/** Two annotators' projects merged into a third; the sources stay untouched. */
class ProjectMergeTest {

	@TempDir
	Path folder;

	private static Mark mark(final long id, final double x, final String who) {
		return Mark.builder(id, x, 10, 8).annotator(who).created(Instant
			.ofEpochSecond(id)).build();
	}

	@Test
	void everyMarkIsMergedOrListed() throws Exception {
		final Path alice = folder.resolve("alice.zap");
		final Path bob = folder.resolve("bob.zap");
		ProjectStore.create(alice, "alice");
		ProjectStore.create(bob, "bob");
		final Region shared = new Region(7, new double[] { 0, 0, 0 }, new double[] {
			50, 50, 20 }, "r", "alice", RegionStatus.COMPLETE, Instant.EPOCH, null);
		try (ProjectStore a = ProjectStore.open(alice, "alice")) {
			a.setVoxelSize(0.406, 0.406, 4);
			a.addMark(mark(1, 10, "alice")); // identical in both
			a.addMark(mark(2, 20, "alice")); // same id, moved by bob: a conflict
			a.addMark(mark(3, 30, "alice")); // near bob's 13: probable duplicate
			a.addMark(mark(4, 45, "alice")); // alice only
			a.addRegion(shared);
		}
		try (ProjectStore b = ProjectStore.open(bob, "bob")) {
			b.addMark(mark(1, 10, "alice"));
			b.addMark(mark(2, 20, "alice").toBuilder().position(21, 10, 8).status(
				MarkStatus.ACCEPTED).build());
			b.addMark(mark(13, 30.5, "bob"));
			b.addMark(mark(5, 80, "bob")); // bob only
			b.addRegion(shared);
			b.addRegion(new Region(8, new double[] { 60, 0, 0 }, new double[] { 90,
				50, 20 }, "", "bob", RegionStatus.IN_PROGRESS, Instant.EPOCH, null));
		}
		final byte[] aliceBefore = Files.readAllBytes(alice);
		final Path merged = folder.resolve("merged.zap");
		final ProjectMerge.Report report = ProjectMerge.merge(alice, bob, merged,
			"carol", 2.0);

		assertEquals(1, report.marks().conflicts().size());
		assertEquals(2, report.marks().conflicts().get(0).first().id());
		assertEquals(1, report.marks().probableDuplicates().size());
		assertFalse(report.isComplete());
		try (ProjectStore m = ProjectStore.open(merged, "carol")) {
			final Set<Long> ids = m.marks().stream().map(Mark::id).collect(Collectors
				.toSet());
			assertEquals(Set.of(1L, 4L, 5L), ids);
			assertEquals(2, m.regions().size());
			assertArrayEquals(new double[] { 0.406, 0.406, 4 }, m.voxelSize().get());
			assertEquals("carol", m.edits().get(m.edits().size() - 1).annotator());
			assertEquals("ok", m.integrityCheck());
		}
		assertArrayEquals(aliceBefore, Files.readAllBytes(alice));
		assertThrows(ProjectException.class, () -> ProjectMerge.merge(alice, bob,
			merged, "carol", 2.0), "an existing target is never overwritten");
	}
}
