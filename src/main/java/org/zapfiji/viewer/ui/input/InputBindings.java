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

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.swing.JComponent;

/**
 * The behaviours of one component and the triggers that set them off:
 * navigation, dialogs, and whatever tools (annotation, forecast inspection)
 * add. Listens to the component's keys, buttons, motion and wheel.
 * <p>
 * Dispatch: a key press fires the {@link ClickBehaviour} (or starts the
 * {@link DragBehaviour}) whose key trigger matches with exactly the modifiers
 * held; a button press starts a matching drag and, if released where it went
 * down, fires a matching click; the wheel fires a matching
 * {@link ScrollBehaviour}. Held keys ({@code SPACE button1}) must be down. When
 * several triggers match, the one with most held keys wins, so a tool's
 * {@code SPACE button1} takes over from navigation's {@code button1} while
 * Space is down; between equals, the behaviour added last wins.
 * <p>
 * Use it on the event thread; behaviours run there.
 */
public final class InputBindings {

	private final JComponent target;

	private final Keymap keymap;

	private final List<Binding> bindings = new ArrayList<>();

	private final EventDispatch dispatch;

	/**
	 * Listens to {@code target}, which becomes focusable and asks for the focus
	 * when a button is pressed on it, so keys reach it.
	 */
	public InputBindings(final JComponent target, final Keymap keymap) {
		this.target = target;
		this.keymap = keymap;
		target.setFocusable(true);
		dispatch = new EventDispatch(target, this::bindingsInReverse);
		KeyHook.install(dispatch);
		target.addMouseListener(dispatch);
		target.addMouseMotionListener(dispatch);
		target.addMouseWheelListener(dispatch);
		target.addFocusListener(dispatch);
	}

	/**
	 * Adds (or replaces) {@code action}.
	 *
	 * @param defaultTriggers e.g. {@code "shift B"}, {@code "button2, button3"}
	 *          or {@code "not mapped"}; the keymap's triggers replace them if it
	 *          maps the action
	 * @throws IllegalArgumentException if {@code defaultTriggers} do not parse
	 */
	public void add(final String action, final String description,
		final String defaultTriggers, final Behaviour behaviour)
	{
		final List<Trigger> triggers = keymap.maps(action) ? keymap.triggers(action)
			: Trigger.parseList(defaultTriggers);
		final Binding binding = new Binding(action, description, triggers,
			behaviour);
		for (int i = 0; i < bindings.size(); i++)
			if (bindings.get(i).action().equals(action)) {
				bindings.set(i, binding);
				return;
			}
		bindings.add(binding);
	}

	/** Removes {@code action}; a drag of it already under way still ends. */
	public void remove(final String action) {
		bindings.removeIf(b -> b.action().equals(action));
	}

	/** Every action, in the order added. */
	public List<Binding> bindings() {
		return List.copyOf(bindings);
	}

	/**
	 * Last known mouse x on the target; the target's centre before the mouse was
	 * ever seen over it, so "about the mouse" actions work from the keyboard.
	 */
	public int mouseX() {
		return dispatch.mouseX();
	}

	/** See {@link #mouseX()}. */
	public int mouseY() {
		return dispatch.mouseY();
	}

	/**
	 * Hands the next key pressed on the target to {@code receiver} instead of the
	 * bindings: BigDataViewer's bookmarks take their name from the key typed
	 * after B. Escape cancels (the receiver is not called); modifier keys and
	 * auto-repeat of keys already down are skipped.
	 */
	public void captureNextKey(final Consumer<KeyEvent> receiver) {
		dispatch.capture(receiver);
	}

	public JComponent target() {
		return target;
	}

	public Keymap keymap() {
		return keymap;
	}

	/** Last added first: that is the order in which ties are decided. */
	private List<Binding> bindingsInReverse() {
		final List<Binding> reversed = new ArrayList<>(bindings);
		java.util.Collections.reverse(reversed);
		return reversed;
	}
}
