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
import java.util.function.Consumer;

import javax.swing.JComponent;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * BigDataViewer's bookmarks: shift-B then a key stores the view under that key;
 * B then the key goes back to it; O then the key takes only its orientation,
 * keeping the scale and the point at the window centre.
 * <p>
 * Bookmarks live in the {@link ViewerState}, stored as BigDataViewer stores
 * them: relative to the window centre ({@link ViewSteps#bookmarkOf}), so a
 * bookmark shows the same centre after the window was resized. The name is the
 * character typed ({@code a} and {@code A} differ), or the key's name for keys
 * without one ({@code F2}); Escape cancels.
 */
public final class BookmarkKeys {

	private BookmarkKeys() {}

	public static void install(final InputBindings bindings,
		final ViewerState state, final JComponent panel)
	{
		bindings.add("set bookmark", "then a key: remember this view under it",
			"shift B", next(bindings, key -> state.setBookmark(key, ViewSteps
				.bookmarkOf(state.transform(), panel.getWidth(), panel.getHeight()))));
		bindings.add("go to bookmark", "then a key: go back to that view", "B",
			next(bindings, key -> {
				final Affine3D b = state.snapshot().bookmarks().get(key);
				if (b != null) state.setTransform(ViewSteps.viewOf(b, panel.getWidth(),
					panel.getHeight()));
			}));
		bindings.add("go to bookmark rotation",
			"then a key: take that view's orientation, keeping centre and zoom", "O",
			next(bindings, key -> {
				final Affine3D b = state.snapshot().bookmarks().get(key);
				if (b != null) state.setTransform(ViewSteps.withRotationOf(state
					.transform(), b, panel.getWidth() / 2.0, panel.getHeight() / 2.0));
			}));
	}

	/** The bookmark name a key stands for. */
	public static String name(final KeyEvent e) {
		final char c = e.getKeyChar();
		if (c != KeyEvent.CHAR_UNDEFINED && !Character.isISOControl(c))
			return String.valueOf(c);
		return KeyNames.name(e.getKeyCode());
	}

	private static ClickBehaviour next(final InputBindings bindings,
		final Consumer<String> withName)
	{
		return (x, y) -> bindings.captureNextKey(e -> withName.accept(name(e)));
	}
}
