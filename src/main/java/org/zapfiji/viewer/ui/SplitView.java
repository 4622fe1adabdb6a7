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

package org.zapfiji.viewer.ui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;

import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.SynchronizedViewerState;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.input.ClickBehaviour;

/**
 * One viewer panel, or two side by side on one transform and time with
 * different sources visible: the second shows the second source (or the first,
 * if there is only one) until the user picks others in its own visibility
 * dialog.
 * <p>
 * Toggled by {@value #TRIGGER}, a key BigDataViewer's keymap leaves free, or
 * the View menu. On toggling, the view shifts by half the change in width, so
 * the point at the centre stays at the centre.
 */
public final class SplitView extends JPanel {

	private static final long serialVersionUID = 1L;

	/** The action's name in keymaps and help. */
	public static final String ACTION = "toggle split view";

	/** Its default key. */
	public static final String TRIGGER = "F3";

	private final transient ViewerPanel primary;

	private final transient ViewRenderer renderer;

	private final transient ChunkLoader loader;

	private final transient List<Runnable> listeners = new ArrayList<>();

	private transient ViewerPanel second;

	private transient StateLink link;

	public SplitView(final ViewerPanel primary, final ViewRenderer renderer,
		final ChunkLoader loader)
	{
		super(new BorderLayout());
		this.primary = primary;
		this.renderer = renderer;
		this.loader = loader;
		add(primary, BorderLayout.CENTER);
		addToggleKey(primary);
	}

	public ViewerPanel primary() {
		return primary;
	}

	/** The right panel while split, else null. */
	public ViewerPanel second() {
		return second;
	}

	public boolean isSplit() {
		return second != null;
	}

	/** Called on the event thread after each toggle, e.g. to follow a panel. */
	public void addSplitListener(final Runnable listener) {
		listeners.add(listener);
	}

	/** Splits or joins; on the event thread. */
	public void toggle() {
		setSplit(!isSplit());
	}

	public void setSplit(final boolean split) {
		if (split == isSplit()) return;
		final int before = primary.getWidth();
		removeAll();
		if (split) {
			second = new ViewerPanel(secondState(primary.state().snapshot()),
				renderer, loader, primary.bindings().keymap());
			addToggleKey(second);
			link = StateLink.of(primary.state(), second.state());
			setLayout(new GridLayout(1, 2, 2, 0));
			add(primary);
			add(second);
		}
		else {
			link.close();
			second.close();
			second = null;
			setLayout(new BorderLayout());
			add(primary, BorderLayout.CENTER);
		}
		validate();
		keepCentre(before, primary.getWidth());
		repaint();
		for (final Runnable l : listeners)
			l.run();
	}

	/** Stops the second panel's loop, if any. */
	public void close() {
		if (second != null) {
			link.close();
			second.close();
		}
	}

	/**
	 * The second side's state: the same sources and colours, the second source
	 * alone visible and current.
	 */
	static ViewerState secondState(final ViewerSnapshot first) {
		final SynchronizedViewerState state = new SynchronizedViewerState();
		final List<ViewerSource> sources = first.sources();
		final int shown = sources.size() > 1 ? 1 : 0;
		for (int i = 0; i < sources.size(); i++) {
			final SourceDisplay d = first.display(i);
			state.addSource(sources.get(i), d.withVisible(i == shown));
		}
		state.setCurrentSource(shown);
		state.setInterpolation(first.interpolation());
		state.setTransform(first.transform());
		state.setTime(first.time());
		return state;
	}

	private void keepCentre(final int before, final int after) {
		if (before <= 0 || after <= 0 || before == after) return;
		final ViewerState state = primary.state();
		state.setTransform(ViewTransforms.translate(state.transform(), (after -
			before) / 2.0, 0, 0));
	}

	private void addToggleKey(final ViewerPanel panel) {
		panel.bindings().add(ACTION,
			"Show two panels side by side on one transform and time, each with its own visible sources",
			TRIGGER, (ClickBehaviour) (x, y) -> toggle());
	}
}
