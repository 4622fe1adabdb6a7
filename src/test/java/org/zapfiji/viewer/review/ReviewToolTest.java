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

package org.zapfiji.viewer.review;

import static java.awt.event.InputEvent.ALT_DOWN_MASK;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.viewer.annotation.AnnotationTool;
import org.zapfiji.viewer.annotation.MarkEditor;
import org.zapfiji.viewer.annotation.MarkingKeys;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.GatedVolume;
import org.zapfiji.viewer.ui.ViewerPanel;
import org.zapfiji.viewer.ui.input.Binding;
import org.zapfiji.viewer.ui.input.Keymap;
import org.zapfiji.viewer.ui.input.SyntheticInput;
import org.zapfiji.viewer.ui.input.Trigger;

/**
 * The review keys on a viewer panel (key events dispatched to it, no display):
 * Tab centres the view on the queue's next mark and selects it, ctrl 1/2/3
 * write verdicts to the store, R-drag draws a region and alt R declares it;
 * ctrl Z undoes both. The keys are in the keymap and take none of
 * BigDataViewer's or the marking keys.
 */
class ReviewToolTest {

	@TempDir
	Path folder;

	private final GatedVolume volume = new GatedVolume(true);

	private final ViewRenderer renderer = new ViewRenderer(1);

	private final SynchronizedViewerState state = ViewerStates.of(volume.sources,
		96, 64);

	private ViewerPanel panel;

	private ProjectStore store;

	private MarkEditor editor;

	private AnnotationTool tool;

	private ReviewTool review;

	private SyntheticInput input;

	@BeforeEach
	void openPanel() throws Exception {
		panel = new ViewerPanel(state, renderer, volume.loader);
		panel.setSize(96, 64);
		final Path file = folder.resolve("review.zap");
		ProjectStore.create(file, "review");
		store = ProjectStore.open(file, "rita");
		store.addMark(mark(1, 4, 4, 1, MarkStatus.ACCEPTED, null));
		store.addMark(mark(2, 20, 12, 6, MarkStatus.UNREVIEWED, 2));
		store.addMark(mark(3, 10, 6, 3, MarkStatus.CANDIDATE, 1));
		editor = new MarkEditor(store, null, 2.5);
		tool = AnnotationTool.install(panel, editor);
		review = ReviewTool.install(tool, Runnable::run, Runnable::run);
		input = new SyntheticInput(panel);
	}

	@AfterEach
	void close() throws Exception {
		review.close();
		tool.close();
		store.close();
		panel.close();
		renderer.close();
		volume.close();
	}

	private static Mark mark(final long id, final double x, final double y,
		final double z, final MarkStatus status, final Integer frame)
	{
		return Mark.builder(id, x, y, z).status(status).annotator("ana").frame(
			frame).build();
	}

	private void key(final int modifiers, final int code) {
		input.type(modifiers, code, KeyEvent.CHAR_UNDEFINED);
	}

	/**
	 * Waits for the edits asked for so far: the edit thread runs them in order.
	 */
	private void flush() throws InterruptedException {
		final CountDownLatch done = new CountDownLatch(1);
		tool.submit(done::countDown);
		assertTrue(done.await(10, TimeUnit.SECONDS));
	}

	private void assertCentredOn(final long id) {
		assertEquals(id, editor.selectedId(), "selected");
		final Mark m = store.mark(id).get();
		assertArrayEquals(new double[] { 48, 32, 0 }, state.transform().apply(m.x(),
			m.y(), m.z()), 1e-9, "mark " + id + " at the centre, on the plane");
	}

	@Test
	void tabCentresTheNextMarkAndTheVerdictKeysWriteTheStore() throws Exception {
		final Affine3D before = state.transform();
		key(0, KeyEvent.VK_TAB);
		assertCentredOn(3);
		assertEquals(1, state.time(), "mark 3 belongs to time point 1");
		assertEquals(before.scale(), state.transform().scale(), 1e-12,
			"the zoom is kept");
		assertEquals(0, review.queue().position());

		key(CTRL_DOWN_MASK, KeyEvent.VK_1);
		flush();
		assertEquals(MarkStatus.ACCEPTED, store.mark(3).get().status());
		assertEquals(1, store.mark(3).get().round(), "the first review round");
		assertEquals("rita", last().annotator());
		assertCentredOn(2);
		assertEquals(2, state.time());

		key(SHIFT_DOWN_MASK, KeyEvent.VK_TAB);
		assertCentredOn(3);
		review.setAdvanceAfterVerdict(false);
		key(CTRL_DOWN_MASK, KeyEvent.VK_2);
		flush();
		assertEquals(MarkStatus.REJECTED, store.mark(3).get().status());
		assertCentredOn(3);
		review.startNewRound();
		key(CTRL_DOWN_MASK, KeyEvent.VK_3);
		flush();
		assertEquals(MarkStatus.UNCERTAIN, store.mark(3).get().status());
		assertEquals(2, store.mark(3).get().round());

		key(CTRL_DOWN_MASK, KeyEvent.VK_Z);
		flush();
		assertEquals(MarkStatus.REJECTED, store.mark(3).get().status(),
			"ctrl Z undoes a verdict");

		key(0, KeyEvent.VK_TAB);
		key(0, KeyEvent.VK_TAB);
		assertCentredOn(1);
		key(0, KeyEvent.VK_TAB);
		assertCentredOn(1);
		assertTrue(review.message().startsWith("end of the queue"), review
			.message());
	}

	@Test
	void tabGoesOnFromAMarkChosenAnotherWay() throws Exception {
		review.goTo(2);
		assertCentredOn(2);
		key(0, KeyEvent.VK_TAB);
		assertCentredOn(1);
		editor.select(3);
		key(0, KeyEvent.VK_TAB);
		assertCentredOn(2);
	}

	@Test
	void aVerdictNeedsASelectedMarkAndACommentIsAnEdit() throws Exception {
		final int edits = store.edits().size();
		key(CTRL_DOWN_MASK, KeyEvent.VK_1);
		flush();
		assertEquals(edits, store.edits().size(), "nothing selected, no edit");
		assertTrue(review.message().startsWith("select a mark first"));
		review.goTo(2);
		review.comment("faint");
		flush();
		assertEquals("faint", store.mark(2).get().comment());
	}

	@Test
	void newMarksJoinTheQueueWhenItIsRebuilt() throws Exception {
		key(0, KeyEvent.VK_TAB);
		assertEquals(3, review.queue().size());
		store.addMark(mark(4, 6, 6, 0, MarkStatus.CANDIDATE, null));
		review.rebuild();
		assertEquals(4, review.queue().size());
		assertEquals(3, review.queue().current().get().id(), "the place is kept");
		review.setOrder(ReviewOrder.SCORE, "", "", 3);
		assertEquals(ReviewOrder.SCORE, review.queue().order());
		review.setOrder(ReviewOrder.DISAGREEMENT, "", "", 3);
		assertEquals(ReviewOrder.SCORE, review.queue().order(),
			"one annotator cannot disagree: the queue stays");
		assertTrue(review.message().contains("two annotators"), review.message());
	}

	@Test
	void rDragDrawsARegionAndAltRDeclaresIt() throws Exception {
		final double[] from = ViewTransforms.globalAt(state.transform(), 20, 10);
		final double[] to = ViewTransforms.globalAt(state.transform(), 60, 40);
		input.press(0, KeyEvent.VK_R, 'r');
		input.drag(0, MouseEvent.BUTTON1, 20, 10, 60, 40);
		input.release(0, KeyEvent.VK_R, 'r');
		flush();
		assertEquals(1, store.regions().size());
		final Region r = store.regions().get(0);
		assertArrayEquals(new double[] { from[0], from[1], from[2] - 4 }, r.min(),
			1e-9, "x, y from the drag; 2 slices of 2 µm below the plane");
		assertArrayEquals(new double[] { to[0], to[1], to[2] + 4 }, r.max(), 1e-9,
			"and above");
		assertEquals(RegionStatus.IN_PROGRESS, r.status());

		input.move(40, 20);
		key(ALT_DOWN_MASK, KeyEvent.VK_R);
		flush();
		assertEquals(RegionStatus.COMPLETE, store.region(r.id()).get().status());
		key(CTRL_DOWN_MASK, KeyEvent.VK_Z);
		flush();
		assertEquals(RegionStatus.IN_PROGRESS, store.region(r.id()).get().status(),
			"ctrl Z undoes the declaration");
		key(CTRL_DOWN_MASK, KeyEvent.VK_Z);
		flush();
		assertTrue(store.regions().isEmpty(), "and the drawing");

		input.press(0, KeyEvent.VK_R, 'r');
		input.drag(0, MouseEvent.BUTTON1, 20, 10, 21, 40);
		input.release(0, KeyEvent.VK_R, 'r');
		flush();
		assertTrue(store.regions().isEmpty(), "a drag 1 pixel wide draws nothing");
		final Affine3D view = state.transform();
		input.drag(0, MouseEvent.BUTTON1, 20, 10, 60, 40);
		assertFalse(view.equals(state.transform()),
			"without R the drag rotates, as in BigDataViewer");
	}

	@Test
	void theKeysAreInTheKeymapAndTakeNoneOfTheOthers() {
		final Keymap defaults = Keymap.defaults();
		final List<String> ours = ReviewKeys.actions();
		for (final String[] d : ReviewKeys.DEFAULTS)
			assertEquals(Trigger.parseList(d[1]), defaults.triggers(d[0]),
				"the keymap file lists " + d[0] + " with its default keys");
		final List<Binding> all = panel.bindings().bindings();
		final List<String> bound = new ArrayList<>();
		for (final Binding b : all)
			bound.add(b.action());
		assertTrue(bound.containsAll(ours), "all bound: " + bound);
		assertTrue(bound.containsAll(MarkingKeys.actions()));
		for (final Binding mine : all) {
			if (!ours.contains(mine.action())) continue;
			assertFalse(mine.triggers().isEmpty(), mine.action());
			for (final Binding other : all)
				if (other != mine) for (final Trigger t : mine.triggers())
					assertFalse(other.triggers().contains(t), mine.action() + " takes " +
						t + " from " + other.action());
		}
		assertEquals("TAB", ReviewKeys.keysOf(panel.bindings(), ReviewKeys.NEXT));
	}

	private org.zapfiji.annotation.store.Edit last() throws Exception {
		final List<org.zapfiji.annotation.store.Edit> edits = store.edits();
		return edits.get(edits.size() - 1);
	}
}
