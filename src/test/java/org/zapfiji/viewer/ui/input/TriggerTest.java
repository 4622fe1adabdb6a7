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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TriggerTest {

	@Test
	void everyDefaultTriggerReadsBackAsWritten() {
		for (final String action : Keymap.defaults().actions())
			for (final Trigger t : Keymap.defaults().triggers(action))
				assertEquals(t, Trigger.parse(t.toString()), action);
		for (final String text : List.of("shift B", "B", "COMMA", "ctrl PERIOD",
			"OPEN_BRACKET", "F1", "1", "shift 0", "LEFT", "button1", "ctrl button1",
			"button3", "scroll", "shift ctrl scroll", "meta scroll", "SPACE button1",
			"ESCAPE", "shift ctrl alt meta Q"))
			assertEquals(text, Trigger.parse(text).toString());
	}

	@Test
	void quotedDigitsAndLowerCaseKeysAreTheSameKeys() {
		assertEquals(Trigger.parse("1"), Trigger.parse("'1'"));
		assertEquals(Trigger.parse("shift 1"), Trigger.parse("shift '1'"));
		assertEquals(Trigger.parse("B"), Trigger.parse("b"));
		assertEquals(Trigger.parse("ctrl scroll"), Trigger.parse("control scroll"));
		assertEquals(KeyEvent.VK_1, Trigger.parse("'1'").code());
	}

	@Test
	void modifiersMustMatchExactly() {
		final Trigger ctrlScroll = Trigger.parse("ctrl scroll");
		final int ctrl = Trigger.modifiersOf(InputEvent.CTRL_DOWN_MASK);
		final int shiftCtrl = Trigger.modifiersOf(InputEvent.CTRL_DOWN_MASK |
			InputEvent.SHIFT_DOWN_MASK);
		assertTrue(ctrlScroll.matches(Trigger.Kind.SCROLL, 0, ctrl, Set.of()));
		assertTrue(!ctrlScroll.matches(Trigger.Kind.SCROLL, 0, shiftCtrl, Set
			.of()));
		assertTrue(Trigger.parse("shift ctrl scroll").matches(Trigger.Kind.SCROLL,
			0, shiftCtrl, Set.of()));
		assertNotEquals(Trigger.parse("shift ctrl scroll"), ctrlScroll);
	}

	@Test
	void keysBeforeAButtonAreHeld() {
		final Trigger t = Trigger.parse("SPACE button1");
		assertEquals(1, t.specificity());
		assertTrue(t.matches(Trigger.Kind.BUTTON, 1, 0, Set.of(KeyEvent.VK_SPACE)));
		assertTrue(!t.matches(Trigger.Kind.BUTTON, 1, 0, Set.of()));
		assertTrue(Trigger.parse("button1").matches(Trigger.Kind.BUTTON, 1, 0, Set
			.of(KeyEvent.VK_SPACE)),
			"held keys a trigger does not name do not stop it");
	}

	@Test
	void notMappedIsNoTrigger() {
		assertEquals(Trigger.NOT_MAPPED, Trigger.parse("not mapped"));
		assertEquals(List.of(), Trigger.parseList("not mapped"));
		assertEquals(List.of(Trigger.parse("button2"), Trigger.parse("button3")),
			Trigger.parseList("button2, button3"));
	}

	@Test
	void aBadTokenIsNamedWithWhatIsAccepted() {
		final IllegalArgumentException e = assertThrows(
			IllegalArgumentException.class, () -> Trigger.parse("ctrl FOO"));
		assertTrue(e.getMessage().contains("'FOO'"), e.getMessage());
		assertTrue(e.getMessage().contains("button1") && e.getMessage().contains(
			"OPEN_BRACKET"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Trigger.parse("shift"));
		assertThrows(IllegalArgumentException.class, () -> Trigger.parse(
			"button1 scroll"));
		assertThrows(IllegalArgumentException.class, () -> Trigger.parse(
			"SHIFT B"));
		assertThrows(IllegalArgumentException.class, () -> Trigger.parse(
			"button4"));
	}
}
