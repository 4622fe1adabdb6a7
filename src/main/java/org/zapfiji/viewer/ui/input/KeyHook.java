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

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.lang.ref.WeakReference;

/**
 * Brings the target's key events to its {@link EventDispatch} before AWT
 * delivers them to the component.
 * <p>
 * A key listener would do on screen, but AWT hands a key event to a component's
 * listeners only while it is showing, so a panel that is never shown (a
 * headless test dispatching events to it) would hear no keys. The keyboard
 * focus manager asks its key event dispatchers first, shown or not. The hook
 * holds its dispatch weakly and removes itself once the component is gone, so a
 * closed viewer is not kept alive by the focus manager.
 */
final class KeyHook implements KeyEventDispatcher {

	private final WeakReference<EventDispatch> dispatch;

	private KeyHook(final EventDispatch dispatch) {
		this.dispatch = new WeakReference<>(dispatch);
	}

	static void install(final EventDispatch dispatch) {
		KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(
			new KeyHook(dispatch));
	}

	@Override
	public boolean dispatchKeyEvent(final KeyEvent e) {
		final EventDispatch d = dispatch.get();
		if (d == null) {
			KeyboardFocusManager.getCurrentKeyboardFocusManager()
				.removeKeyEventDispatcher(this);
			return false;
		}
		if (e.getComponent() != d.target() || e.isConsumed()) return false;
		if (e.getID() == KeyEvent.KEY_PRESSED) {
			if (!d.keyPressed(e)) return false;
			e.consume();
			return true;
		}
		if (e.getID() == KeyEvent.KEY_RELEASED) d.keyReleased(e);
		return false;
	}
}
