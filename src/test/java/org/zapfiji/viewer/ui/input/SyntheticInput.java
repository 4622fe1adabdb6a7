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

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;

import javax.swing.JComponent;

/**
 * Input as AWT delivers it, dispatched straight to a component that is never
 * shown: what a person does, without a display.
 */
public final class SyntheticInput {

	private final JComponent target;

	private long when = 1;

	public SyntheticInput(final JComponent target) {
		this.target = target;
	}

	/** Presses and releases {@code code} with {@code modifiersEx} held. */
	public void type(final int modifiersEx, final int code, final char c) {
		press(modifiersEx, code, c);
		release(modifiersEx, code, c);
	}

	public void type(final int code) {
		type(0, code, KeyEvent.CHAR_UNDEFINED);
	}

	public void press(final int modifiersEx, final int code, final char c) {
		target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, when++,
			modifiersEx, code, c));
	}

	public void release(final int modifiersEx, final int code, final char c) {
		target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_RELEASED, when++,
			modifiersEx, code, c));
	}

	/** Button {@code button} down at (x, y), moved to (toX, toY), released. */
	public void drag(final int modifiersEx, final int button, final int x,
		final int y, final int toX, final int toY)
	{
		final int down = InputEvent.getMaskForButton(button);
		mouse(MouseEvent.MOUSE_PRESSED, modifiersEx | down, x, y, button);
		mouse(MouseEvent.MOUSE_DRAGGED, modifiersEx | down, (x + toX) / 2, (y +
			toY) / 2, 0);
		mouse(MouseEvent.MOUSE_DRAGGED, modifiersEx | down, toX, toY, 0);
		mouse(MouseEvent.MOUSE_RELEASED, modifiersEx, toX, toY, button);
	}

	public void move(final int x, final int y) {
		mouse(MouseEvent.MOUSE_MOVED, 0, x, y, 0);
	}

	public void mouse(final int id, final int modifiersEx, final int x,
		final int y, final int button)
	{
		target.dispatchEvent(new MouseEvent(target, id, when++, modifiersEx, x, y,
			1, false, button));
	}

	public void wheel(final int modifiersEx, final int x, final int y,
		final double rotation)
	{
		target.dispatchEvent(new MouseWheelEvent(target, MouseEvent.MOUSE_WHEEL,
			when++, modifiersEx, x, y, x, y, 0, false,
			MouseWheelEvent.WHEEL_UNIT_SCROLL, 1, (int) Math.signum(rotation),
			rotation));
	}
}
