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

package org.zapfiji.viewer.ui.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;

import org.junit.jupiter.api.Test;

/** Events dispatched to a panel that is never shown reach the behaviours. */
class InputBindingsTest {

	private final JPanel panel = new JPanel();

	private final List<String> log = new ArrayList<>();

	private final SyntheticInput input = new SyntheticInput(panel);

	{
		panel.setSize(200, 100);
	}

	private ClickBehaviour click(final String name) {
		return (x, y) -> log.add(name + " " + x + "," + y);
	}

	private ScrollBehaviour scroll(final String name) {
		return (r, x, y) -> log.add(name + " " + r + " " + x + "," + y);
	}

	private DragBehaviour drag(final String name) {
		return new DragBehaviour() {

			@Override
			public void init(final int x, final int y) {
				log.add(name + " init " + x + "," + y);
			}

			@Override
			public void drag(final int x, final int y) {
				log.add(name + " drag " + x + "," + y);
			}

			@Override
			public void end(final int x, final int y) {
				log.add(name + " end " + x + "," + y);
			}
		};
	}

	@Test
	void keysFireWithExactlyTheirModifiersAtTheMouse() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		assertTrue(panel.isFocusable());
		b.add("plain", "", "B", click("plain"));
		b.add("shifted", "", "shift B", click("shifted"));
		input.type(KeyEvent.VK_B);
		assertEquals(List.of("plain 100,50"), log, "the centre before the mouse " +
			"was seen");
		input.move(30, 40);
		input.type(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_B, 'B');
		input.type(InputEvent.SHIFT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK,
			KeyEvent.VK_B, 'B');
		assertEquals(List.of("plain 100,50", "shifted 30,40"), log);
		assertEquals(30, b.mouseX());
		assertEquals(40, b.mouseY());
	}

	@Test
	void scrollTriggersDifferByModifiers() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		b.add("browse", "", "scroll", scroll("browse"));
		b.add("slow", "", "ctrl scroll", scroll("slow"));
		b.add("zoom", "", "meta scroll, shift ctrl scroll", scroll("zoom"));
		input.wheel(0, 5, 6, 1);
		input.wheel(InputEvent.CTRL_DOWN_MASK, 5, 6, -1);
		input.wheel(InputEvent.CTRL_DOWN_MASK | InputEvent.SHIFT_DOWN_MASK, 5, 6,
			2);
		input.wheel(InputEvent.ALT_DOWN_MASK, 5, 6, 1);
		assertEquals(List.of("browse 1.0 5,6", "slow -1.0 5,6", "zoom 2.0 5,6"),
			log);
	}

	@Test
	void aButtonDragsFromPressToRelease() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		b.add("translate", "", "button2, button3", drag("pan"));
		b.add("rotate", "", "button1", drag("rotate"));
		input.drag(0, 3, 10, 20, 30, 60);
		assertEquals(List.of("pan init 10,20", "pan drag 20,40", "pan drag 30,60",
			"pan end 30,60"), log);
		log.clear();
		input.drag(InputEvent.SHIFT_DOWN_MASK, 1, 0, 0, 5, 5);
		assertEquals(List.of(), log, "shift button1 is another trigger");
	}

	@Test
	void aHeldKeyTakesTheButtonFromTheLessSpecificTrigger() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		b.add("move mark", "", "SPACE button1", drag("move"));
		b.add("rotate", "", "button1", drag("rotate"));
		input.press(0, KeyEvent.VK_SPACE, ' ');
		input.drag(0, 1, 1, 1, 2, 2);
		input.release(0, KeyEvent.VK_SPACE, ' ');
		input.drag(0, 1, 1, 1, 2, 2);
		assertEquals("move init 1,1", log.get(0));
		assertEquals("move end 2,2", log.get(3));
		assertEquals("rotate init 1,1", log.get(4));
		assertEquals(8, log.size());
	}

	@Test
	void aClickIsAPressAndReleaseInPlace() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		b.add("select", "", "button1", click("select"));
		input.mouse(MouseEvent.MOUSE_PRESSED, InputEvent.BUTTON1_DOWN_MASK, 7, 8,
			1);
		input.mouse(MouseEvent.MOUSE_RELEASED, 0, 8, 8, 1);
		input.drag(0, 1, 7, 8, 40, 40);
		assertEquals(List.of("select 7,8"), log);
	}

	@Test
	void aKeyDragFollowsTheMouseWhileTheKeyIsDown() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		b.add("measure", "", "D", drag("measure"));
		input.move(1, 2);
		input.press(0, KeyEvent.VK_D, 'd');
		input.press(0, KeyEvent.VK_D, 'd'); // auto-repeat
		input.move(3, 4);
		input.release(0, KeyEvent.VK_D, 'd');
		assertEquals(List.of("measure init 1,2", "measure drag 3,4",
			"measure end 3,4"), log);
	}

	@Test
	void theKeymapReplacesDefaultsAndHelpShowsWhatIsBound() {
		final Keymap keymap = new Keymap();
		keymap.set("help", Trigger.parseList("F2"));
		keymap.set("crop", List.of());
		final InputBindings b = new InputBindings(panel, keymap);
		b.add("help", "show keys", "H, F1", click("help"));
		b.add("crop", "crop", "F9", click("crop"));
		b.add("next", "next", "M", click("next"));
		input.type(KeyEvent.VK_H);
		input.type(KeyEvent.VK_F9);
		input.type(KeyEvent.VK_F2);
		assertEquals(List.of("help 100,50"), log);
		assertEquals("[help [F2], crop [not mapped], next [M]]", b.bindings()
			.toString());
		b.add("next", "again", "N", click("next2"));
		b.remove("crop");
		assertEquals("[help [F2], next [N]]", b.bindings().toString());
	}

	@Test
	void theNextKeyCanBeCaptured() {
		final InputBindings b = new InputBindings(panel, new Keymap());
		b.add("go", "", "B", (ClickBehaviour) (x, y) -> b.captureNextKey(e -> log
			.add("name " + e.getKeyChar())));
		b.add("other", "", "A", click("A"));
		input.press(0, KeyEvent.VK_B, 'b');
		input.press(0, KeyEvent.VK_B, 'b'); // auto-repeat of B is not the name
		input.press(InputEvent.SHIFT_DOWN_MASK, KeyEvent.VK_SHIFT,
			KeyEvent.CHAR_UNDEFINED);
		input.type(0, KeyEvent.VK_A, 'a');
		input.release(0, KeyEvent.VK_B, 'b');
		input.type(KeyEvent.VK_B);
		input.type(KeyEvent.VK_ESCAPE);
		input.type(0, KeyEvent.VK_A, 'a');
		assertEquals(List.of("name a", "A 100,50"), log);
	}
}
