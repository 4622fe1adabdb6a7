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

import static java.awt.event.InputEvent.ALT_DOWN_MASK;
import static java.awt.event.InputEvent.BUTTON1_DOWN_MASK;
import static java.awt.event.InputEvent.CTRL_DOWN_MASK;
import static java.awt.event.InputEvent.SHIFT_DOWN_MASK;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.ProjectStore;
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
 * The marking keys on a real (never shown) viewer panel, events dispatched to
 * it as AWT would, edits run at once: each key changes the store as it should,
 * navigation keeps its keys, and every action is in the keymap's defaults.
 */
class AnnotationToolTest {

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

	private SyntheticInput input;

	private final List<String> failures = new ArrayList<>();

	/** Snaps every click one µm along x. */
	private final ClickSnapper snapper = new ClickSnapper() {

		@Override
		public String method() {
			return "plus_one";
		}

		@Override
		public Optional<Snap> snap(final double[] click, final double[] radius,
			final int time)
		{
			return Optional.of(new Snap(new double[] { click[0] + 1, click[1],
				click[2] }, "plus_one", 1));
		}
	};

	@BeforeEach
	void openPanel() throws Exception {
		panel = new ViewerPanel(state, renderer, volume.loader);
		panel.setSize(96, 64);
		final Path file = folder.resolve("keys.zap");
		ProjectStore.create(file, "keys");
		store = ProjectStore.open(file, "anna");
		editor = new MarkEditor(store, snapper, 2.5);
		tool = AnnotationTool.install(panel, editor, Runnable::run, new SnapPreview(
			editor, () -> {}, Runnable::run), failures::add);
		input = new SyntheticInput(panel);
	}

	@AfterEach
	void close() throws Exception {
		tool.close();
		store.close();
		panel.close();
		renderer.close();
		volume.close();
	}

	private double[] at(final int x, final int y) {
		return ViewTransforms.globalAt(state.transform(), x, y);
	}

	private void key(final int modifiers, final int code) {
		input.type(modifiers, code, KeyEvent.CHAR_UNDEFINED);
	}

	@Test
	void eachKeyEditsTheStore() throws Exception {
		input.move(40, 30);
		key(0, KeyEvent.VK_A);
		assertEquals(1, store.markCount());
		final Mark added = store.marks().get(0);
		final double[] click = at(40, 30);
		assertArrayEquals(click, added.click(), 1e-9, "the click under the mouse");
		assertEquals(click[0] + 1, added.x(), 1e-9, "snapped");

		final Affine3D view = state.transform();
		input.press(0, KeyEvent.VK_SPACE, ' ');
		input.drag(0, MouseEvent.BUTTON1, 42, 30, 52, 35);
		input.release(0, KeyEvent.VK_SPACE, ' ');
		assertEquals(view, state.transform(), "Space-drag moved no view");
		final Mark moved = store.mark(added.id()).get();
		final double[] shift = { at(52, 35)[0] - at(42, 30)[0], at(52, 35)[1] - at(
			42, 30)[1] };
		assertEquals(added.x() + shift[0], moved.x(), 1e-9);
		assertEquals(added.y() + shift[1], moved.y(), 1e-9);

		input.move(50, 35);
		key(0, KeyEvent.VK_E);
		assertEquals(2.5 * 1.1, store.mark(added.id()).get().radius()[0], 1e-9);
		key(0, KeyEvent.VK_Q);
		assertEquals(2.5, store.mark(added.id()).get().radius()[0], 1e-9);

		key(0, KeyEvent.VK_D);
		assertEquals(0, store.markCount(), "D deleted the mark under the mouse");
		key(CTRL_DOWN_MASK, KeyEvent.VK_Z);
		assertEquals(1, store.markCount(), "ctrl Z restored it");
		key(CTRL_DOWN_MASK | SHIFT_DOWN_MASK, KeyEvent.VK_Z);
		assertEquals(0, store.markCount(), "ctrl shift Z deleted it again");
		assertTrue(failures.isEmpty(), failures.toString());
	}

	@Test
	void altAAddsAtTheMouseAndAltSStopsSnappingForGood() throws Exception {
		input.move(20, 20);
		key(ALT_DOWN_MASK, KeyEvent.VK_A);
		assertArrayEquals(at(20, 20), store.marks().get(0).position(), 1e-9);
		assertTrue(editor.snapping(), "alt A skipped snapping only once");
		key(ALT_DOWN_MASK, KeyEvent.VK_S);
		assertFalse(editor.snapping());
		input.move(70, 40);
		key(0, KeyEvent.VK_A);
		final Mark plain = editor.selected().get();
		assertArrayEquals(at(70, 40), plain.position(), 1e-9);
		key(ALT_DOWN_MASK, KeyEvent.VK_S);
		assertTrue(editor.snapping());
		key(ALT_DOWN_MASK, KeyEvent.VK_C);
		assertTrue(tool.overlay().colorByAnnotator());
	}

	@Test
	void aClickSelectsTheMarkUnderTheMouse() throws Exception {
		input.move(40, 30);
		key(ALT_DOWN_MASK, KeyEvent.VK_A);
		final long id = store.marks().get(0).id();
		input.move(80, 10);
		key(ALT_DOWN_MASK, KeyEvent.VK_A);
		assertTrue(editor.selectedId() != id);
		input.mouse(MouseEvent.MOUSE_PRESSED, BUTTON1_DOWN_MASK, 40, 30,
			MouseEvent.BUTTON1);
		input.mouse(MouseEvent.MOUSE_RELEASED, 0, 40, 30, MouseEvent.BUTTON1);
		assertEquals(id, editor.selectedId());
	}

	@Test
	void theKeysAreInTheKeymapAndLeaveNavigationItsOwn() {
		final Keymap defaults = Keymap.defaults();
		final List<String> ours = new ArrayList<>();
		for (final String[] d : MarkingKeys.DEFAULTS) {
			ours.add(d[0]);
			assertEquals(Trigger.parseList(d[1]), defaults.triggers(d[0]),
				"the keymap file lists " + d[0] + " with its default keys");
		}
		final List<Binding> all = panel.bindings().bindings();
		final List<String> bound = new ArrayList<>();
		for (final Binding b : all)
			bound.add(b.action());
		assertTrue(bound.containsAll(MarkingKeys.actions()), "all bound: " + bound);
		for (final Binding mine : all) {
			if (!ours.contains(mine.action())) continue;
			assertFalse(mine.triggers().isEmpty(), mine.action());
			for (final Binding other : all)
				if (!ours.contains(other.action())) for (final Trigger t : mine
					.triggers())
				{
					// A click and a drag on one button are told apart (BigDataViewer
					// and Mastodon select with the click that rotates when dragged).
					final boolean clickBesideDrag = mine.action().equals(
						MarkingKeys.SELECT) && other.action().equals("drag rotate");
					assertFalse(!clickBesideDrag && other.triggers().contains(t), mine
						.action() + " takes " + t + " from " + other.action());
				}
		}
		assertNotNull(tool.overlay());
	}
}
