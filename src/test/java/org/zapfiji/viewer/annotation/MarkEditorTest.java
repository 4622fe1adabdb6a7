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

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.Edit;
import org.zapfiji.annotation.store.EditOperation;
import org.zapfiji.annotation.store.ProjectStore;

/**
 * The marking model on a real project file, with a snapper that knows where the
 * neurons are: every key's edit is checked in the store, and in the store
 * reopened from disk where it matters.
 */
class MarkEditorTest {

	/** The one neuron the fake snapper snaps to, µm. */
	static final double[] NEURON = { 40, 30, 16 };

	@TempDir
	Path folder;

	private Path file;

	private ProjectStore store;

	private final List<double[]> asked = new ArrayList<>();

	/** Snaps clicks within 3 µm of {@link #NEURON} to it; others find nothing. */
	private final ClickSnapper snapper = new ClickSnapper() {

		@Override
		public String method() {
			return "fake";
		}

		@Override
		public Optional<Snap> snap(final double[] click, final double[] radius,
			final int time)
		{
			asked.add(click.clone());
			return distance(click, NEURON) <= 3 ? Optional.of(new Snap(NEURON, "fake",
				7.5)) : Optional.empty();
		}
	};

	private MarkEditor editor;

	@BeforeEach
	void openProject() throws Exception {
		file = folder.resolve("marks.zap");
		ProjectStore.create(file, "test");
		store = ProjectStore.open(file, "anna");
		editor = new MarkEditor(store, snapper, 2.5);
	}

	@AfterEach
	void closeProject() throws Exception {
		store.close();
	}

	@Test
	void addSnapsToTheCenterAndKeepsTheRawClick() throws Exception {
		final double[] click = { 41, 29.5, 17 };
		final Mark m = editor.add(click, 3, true);
		assertArrayEquals(NEURON, m.position(), 0);
		assertArrayEquals(click, m.click(), 0, "the raw click is kept");
		assertEquals("fake", m.refinement());
		assertEquals(7.5, m.score(), 0);
		assertEquals("anna", m.annotator());
		assertEquals(MarkStatus.UNREVIEWED, m.status());
		assertArrayEquals(new double[] { 2.5, 2.5, 2.5 }, m.radius(), 0);
		assertEquals(null, m.frame(), "a neuron is there at every time point");
		assertEquals(m.id(), editor.selectedId(), "the new mark is selected");
		final List<Edit> edits = store.edits();
		assertEquals(1, edits.size());
		assertEquals(EditOperation.ADD, edits.get(0).operation());
		assertEquals("anna", edits.get(0).annotator());
		store.close();
		store = ProjectStore.open(file, "anna");
		assertEquals(m, store.mark(m.id()).get(), "on disk when add returned");
	}

	@Test
	void withoutSnappingTheMarkIsWhereTheClickWas() throws Exception {
		final double[] click = { 41, 29.5, 17 };
		final Mark once = editor.add(click, 0, false);
		assertArrayEquals(click, once.position(), 0);
		assertEquals("none", once.refinement());
		assertTrue(asked.isEmpty(), "the snapper was not asked");
		assertTrue(editor.snapping(), "not snapping once leaves snapping on");

		editor.setSnapping(false);
		final Mark off = editor.add(new double[] { 40, 31, 15 }, 0, true);
		assertEquals("none", off.refinement());
		assertTrue(asked.isEmpty());
		assertFalse(editor.preview(click, 0).isPresent(), "no preview when off");

		editor.setSnapping(true);
		assertArrayEquals(NEURON, editor.preview(click, 0).get().position(), 0);
		final Mark nothing = editor.add(new double[] { 90, 90, 4 }, 0, true);
		assertArrayEquals(new double[] { 90, 90, 4 }, nothing.position(), 0,
			"nothing to snap to: the mark stays at the click");
		assertEquals("none", nothing.refinement());
		assertEquals(3, store.markCount());
	}

	@Test
	void aSnapThatCannotReadAddsNothing() throws Exception {
		final MarkEditor failing = new MarkEditor(store, new ClickSnapper() {

			@Override
			public String method() {
				return "broken";
			}

			@Override
			public Optional<Snap> snap(final double[] click, final double[] radius,
				final int time) throws IOException
			{
				throw new IOException("/data/raw/c/0/0: truncated chunk");
			}
		}, 2.5);
		assertThrows(IOException.class, () -> failing.add(NEURON, 0, true));
		assertEquals(0, store.markCount());
		assertTrue(store.edits().isEmpty());
	}

	@Test
	void deleteTakesTheNearestMarkThatHoldsThePoint() throws Exception {
		final Mark a = editor.add(new double[] { 10, 10, 10 }, 0, false);
		final Mark b = editor.add(new double[] { 13, 10, 10 }, 0, false);
		assertFalse(editor.deleteAt(new double[] { 10, 10, 13 }, 0).isPresent(),
			"3 µm above a 2.5 µm mark is outside it");
		assertEquals(2, store.markCount());
		assertEquals(b.id(), editor.deleteAt(new double[] { 12, 10, 10 }, 0).get()
			.id(), "inside both, nearer b");
		assertEquals(List.of(a), store.marks());
		assertEquals(0, editor.selectedId(), "the selection went with b");
		final Edit last = store.edits().get(store.edits().size() - 1);
		assertEquals(EditOperation.DELETE, last.operation());
		assertEquals("anna", last.annotator());
	}

	@Test
	void marksOfAnotherFrameAreNotUnderTheMouse() throws Exception {
		store.addMark(Mark.builder(5, 20, 20, 20).frame(2).annotator("bob")
			.build());
		assertFalse(editor.markAt(new double[] { 20, 20, 20 }, 1).isPresent());
		assertEquals(5, editor.markAt(new double[] { 20, 20, 20 }, 2).get().id());
	}

	@Test
	void aMoveIsOneEditAtTheSameOffsetFromTheMouse() throws Exception {
		final Mark m = editor.add(new double[] { 41, 29.5, 17 }, 0, true);
		final int editsBefore = store.edits().size();
		assertFalse(editor.beginMove(new double[] { 60, 60, 16 }, 0),
			"nothing under the mouse");
		assertTrue(editor.beginMove(new double[] { 41, 30, 16 }, 0));
		editor.moveTo(new double[] { 43, 31, 16 });
		editor.moveTo(new double[] { 46, 34, 16 });
		assertArrayEquals(new double[] { 45, 34, 16 }, editor.moving().get()
			.position(), 1e-12, "the mark keeps its offset of (-1, 0, 0)");
		assertArrayEquals(NEURON, store.mark(m.id()).get().position(), 0,
			"nothing written while dragging");
		final Mark moved = editor.endMove().get();
		assertFalse(editor.moving().isPresent());
		assertArrayEquals(new double[] { 45, 34, 16 }, store.mark(m.id()).get()
			.position(), 1e-12);
		assertArrayEquals(moved.position(), moved.click(), 0,
			"placed by hand: the new place is the raw click");
		assertEquals("none", moved.refinement());
		assertEquals(editsBefore + 1, store.edits().size(), "one edit per move");
		assertEquals(EditOperation.UPDATE, store.edits().get(editsBefore)
			.operation());

		assertTrue(editor.beginMove(new double[] { 45, 34, 16 }, 0));
		assertFalse(editor.endMove().isPresent(), "a move that went nowhere");
		assertEquals(editsBefore + 1, store.edits().size());
	}

	@Test
	void growAndShrinkTheMarkUnderTheMouseElseTheSelectedOne() throws Exception {
		final Mark m = editor.add(new double[] { 10, 10, 10 }, 0, false);
		final Mark grown = editor.scaleRadius(new double[] { 11, 10, 10 }, 0,
			MarkEditor.RADIUS_STEP).get();
		assertArrayEquals(new double[] { 2.75, 2.75, 2.75 }, grown.radius(), 1e-12);
		assertEquals(2.75, editor.maxRadius(), 1e-12,
			"the overlay's query reaches the grown mark");
		final Mark shrunk = editor.scaleRadius(new double[] { 90, 90, 90 }, 0, 1 /
			MarkEditor.RADIUS_STEP).get();
		assertEquals(m.id(), shrunk.id(), "nothing under the mouse: the selected");
		assertArrayEquals(new double[] { 2.5, 2.5, 2.5 }, store.mark(m.id()).get()
			.radius(), 1e-12);
		editor.selectAt(new double[] { 90, 90, 90 }, 0);
		assertFalse(editor.scaleRadius(new double[] { 90, 90, 90 }, 0, 2)
			.isPresent(), "nothing selected, nothing under the mouse");
		assertEquals(3, store.edits().size());
	}

	@Test
	void undoAndRedoChangeTheStoreAndReachPastARestart() throws Exception {
		final Mark m = editor.add(new double[] { 41, 29.5, 17 }, 0, true);
		editor.deleteAt(NEURON, 0);
		assertEquals(0, store.markCount());
		assertTrue(editor.undo().isPresent());
		assertEquals(m, store.mark(m.id()).get(), "undo restores the mark");
		assertTrue(editor.redo().isPresent());
		assertEquals(0, store.markCount(), "redo deletes it again");

		store.close();
		store = ProjectStore.open(file, "anna");
		editor = new MarkEditor(store, snapper, 2.5);
		assertTrue(editor.undo().isPresent());
		assertEquals(1, store.markCount(), "undo after reopening");
		for (final Edit e : store.edits())
			assertEquals("anna", e.annotator(), "every edit is anna's: " + e);
	}

	@Test
	void undoIsPerAnnotator() throws Exception {
		store.addMark(Mark.builder(9, 1, 1, 1).annotator("anna").build());
		store.close();
		store = ProjectStore.open(file, "bob");
		editor = new MarkEditor(store, snapper, 2.5);
		assertFalse(editor.undo().isPresent(), "bob cannot undo anna's edit");
		assertEquals(1, store.markCount());
	}

	@Test
	void aMarkRestoredByUndoWidensTheLargestRadius() throws Exception {
		store.addMark(Mark.builder(9, 1, 1, 1).radius(8).annotator("anna").build());
		store.deleteMark(9);
		editor = new MarkEditor(store, snapper, 2.5);
		assertEquals(2.5, editor.maxRadius(), 0);
		editor.undo();
		assertEquals(8, editor.maxRadius(), 0);
		assertTrue(editor.markAt(new double[] { 8, 1, 1 }, 0).isPresent(),
			"found 7 µm from its center");
	}

	@Test
	void listenersHearEveryChange() throws Exception {
		final AtomicInteger heard = new AtomicInteger();
		editor.addListener(heard::incrementAndGet);
		editor.add(NEURON, 0, true);
		editor.selectAt(NEURON, 0);
		editor.setSnapping(false);
		editor.undo();
		assertEquals(4, heard.get());
	}

	@Test
	void badPointsAndRadiiAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> new MarkEditor(store,
			null, 0));
		final MarkEditor plain = new MarkEditor(store, null, 1);
		assertFalse(plain.snapping(), "no snapper, no snapping");
		assertEquals("none", plain.snapMethod());
		assertThrows(IllegalArgumentException.class, () -> plain.add(new double[] {
			1, Double.NaN, 1 }, 0, true));
	}

	static double distance(final double[] a, final double[] b) {
		double s = 0;
		for (int d = 0; d < 3; d++)
			s += (a[d] - b[d]) * (a[d] - b[d]);
		return Math.sqrt(s);
	}
}
