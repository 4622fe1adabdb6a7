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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.Edit;
import org.zapfiji.annotation.store.EditKind;
import org.zapfiji.annotation.store.EditOperation;
import org.zapfiji.annotation.store.ProjectStore;

/**
 * Review edits on a real project file: a verdict, a comment and region edits
 * are each one logged edit by the reviewer, keep the mark's (or region's)
 * author, survive reopening, and the marking undo takes them back.
 */
class ReviewEditsTest {

	@TempDir
	Path folder;

	private Path file;

	private ProjectStore store;

	private MarkEditor editor;

	private Mark anna;

	private final AtomicInteger changes = new AtomicInteger();

	@BeforeEach
	void annaMarksBobReviews() throws Exception {
		file = folder.resolve("review.zap");
		ProjectStore.create(file, "review");
		try (ProjectStore first = ProjectStore.open(file, "anna")) {
			anna = Mark.builder(42, 10, 20, 30).annotator("anna").created(Instant
				.parse("2024-01-01T00:00:00Z")).build();
			first.addMark(anna);
		}
		store = ProjectStore.open(file, "bob");
		editor = new MarkEditor(store, null, 2.5);
		editor.addListener(changes::incrementAndGet);
	}

	@AfterEach
	void closeProject() throws Exception {
		store.close();
	}

	@Test
	void aVerdictIsOneEditByTheReviewerThatKeepsTheAuthor() throws Exception {
		final Mark accepted = editor.review(42, MarkStatus.ACCEPTED, 2).get();
		assertEquals(MarkStatus.ACCEPTED, accepted.status());
		assertEquals(2, accepted.round());
		assertEquals("anna", accepted.annotator(), "the mark stays anna's");
		assertTrue(accepted.modified().isAfter(anna.modified()));
		assertArrayEquals(anna.position(), accepted.position(), 0);
		assertEquals(accepted, store.mark(42).get());
		final Edit e = last();
		assertEquals("bob", e.annotator(), "the log says who reviewed");
		assertEquals(EditOperation.UPDATE, e.operation());
		assertEquals(EditKind.MARK, e.kind());
		assertTrue(changes.get() > 0, "listeners told");

		assertFalse(editor.review(42, MarkStatus.ACCEPTED, 2).isPresent(),
			"the same verdict again writes nothing");
		assertEquals(2, store.edits().size());
		assertTrue(editor.review(42, MarkStatus.ACCEPTED, 3).isPresent(),
			"a new round is a new edit");
		editor.review(42, MarkStatus.REJECTED, 3);
		editor.review(42, MarkStatus.UNCERTAIN, 3);
		assertEquals(MarkStatus.UNCERTAIN, store.mark(42).get().status());
		assertFalse(editor.review(7, MarkStatus.ACCEPTED, 1).isPresent(),
			"no such mark");
		assertThrows(IllegalArgumentException.class, () -> editor.review(42,
			MarkStatus.ACCEPTED, -1));

		editor.undo();
		assertEquals(MarkStatus.REJECTED, store.mark(42).get().status(),
			"ctrl Z takes the latest verdict back");
		store.close();
		store = ProjectStore.open(file, "carl");
		assertEquals(MarkStatus.REJECTED, store.mark(42).get().status(), "on disk");
	}

	@Test
	void aCommentIsOneEditAndIsTrimmed() throws Exception {
		assertEquals("two nuclei?", editor.comment(42, "  two nuclei?  ").get()
			.comment());
		assertEquals("anna", store.mark(42).get().annotator());
		assertEquals("bob", last().annotator());
		assertFalse(editor.comment(42, "two nuclei?").isPresent(),
			"the same text writes nothing");
		editor.comment(42, "");
		assertEquals("", store.mark(42).get().comment());
		editor.undo();
		assertEquals("two nuclei?", store.mark(42).get().comment());
		assertEquals(4, store.edits().size(), "add, comment, clear, undo");
	}

	@Test
	void selectingByIdSelectsOnlyMarksThatExist() {
		assertEquals(anna.id(), editor.select(42).get().id());
		assertEquals(42, editor.selectedId());
		assertFalse(editor.select(7).isPresent());
		assertEquals(0, editor.selectedId());
		editor.select(42);
		editor.select(0);
		assertFalse(editor.selected().isPresent());
	}

	@Test
	void regionsAreDrawnDeclaredEditedAndDeletedAsLoggedEdits() throws Exception {
		final RegionEditor regions = editor.regions();
		final Region drawn = regions.add(new double[] { 50, 5, 8 }, new double[] {
			10, 25, 24 });
		assertArrayEquals(new double[] { 10, 5, 8 }, drawn.min(), 0,
			"corners in any order");
		assertArrayEquals(new double[] { 50, 25, 24 }, drawn.max(), 0);
		assertEquals(RegionStatus.IN_PROGRESS, drawn.status());
		assertEquals("bob", drawn.annotator());
		assertEquals(drawn, store.region(drawn.id()).get());
		assertEquals(drawn.id(), regions.selectedId(), "a new region is chosen");
		assertEquals(EditKind.REGION, last().kind());
		assertEquals(EditOperation.ADD, last().operation());

		assertEquals(RegionStatus.COMPLETE, regions.toggleComplete(drawn.id()).get()
			.status());
		assertFalse(regions.setStatus(drawn.id(), RegionStatus.COMPLETE)
			.isPresent(), "already complete");
		final Region edited = regions.update(drawn.id(), new double[] { 10, 5, 0 },
			new double[] { 50, 25, 40 }, " dorsal ", RegionStatus.COMPLETE).get();
		assertEquals("dorsal", edited.name());
		assertArrayEquals(new double[] { 50, 25, 40 }, edited.max(), 0);
		assertEquals(drawn.created(), edited.created());
		assertFalse(regions.update(drawn.id(), edited.min(), edited.max(), "dorsal",
			RegionStatus.COMPLETE).isPresent(), "nothing changes");

		assertEquals(edited.id(), regions.regionAt(new double[] { 20, 10, 35 })
			.get().id());
		final Region inner = regions.add(new double[] { 15, 8, 30 }, new double[] {
			25, 12, 38 });
		assertEquals(inner.id(), regions.regionAt(new double[] { 20, 10, 35 }).get()
			.id(), "the innermost box");
		assertFalse(regions.regionAt(new double[] { 0, 0, 0 }).isPresent());

		assertTrue(regions.delete(inner.id()));
		assertFalse(regions.delete(inner.id()));
		editor.undo();
		assertTrue(store.region(inner.id()).isPresent(), "undo brings it back");
		editor.undo();
		assertFalse(store.region(inner.id()).isPresent(), "undo of the add");
		editor.undo();
		assertEquals(RegionStatus.COMPLETE, store.region(drawn.id()).get()
			.status());
		assertEquals("", store.region(drawn.id()).get().name(),
			"undo of the edit restores the name and corners");
		assertArrayEquals(new double[] { 50, 25, 24 }, store.region(drawn.id())
			.get().max(), 0);

		assertThrows(IllegalArgumentException.class, () -> regions.add(
			new double[] { 0, 0, 5 }, new double[] { 10, 10, 5 }), "flat in z");
		assertThrows(IllegalArgumentException.class, () -> regions.add(
			new double[] { 0, 0, Double.NaN }, new double[] { 10, 10, 5 }));

		final List<Edit> log = store.edits();
		for (final Edit e : log.subList(1, log.size()))
			assertEquals("bob", e.annotator());
		store.close();
		store = ProjectStore.open(file, "carl");
		assertEquals(1, store.regions().size(), "on disk");
	}

	private Edit last() throws Exception {
		final List<Edit> edits = store.edits();
		return edits.get(edits.size() - 1);
	}
}
