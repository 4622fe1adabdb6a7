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
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;

import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.ui.input.Binding;
import org.zapfiji.viewer.ui.input.ClickBehaviour;
import org.zapfiji.viewer.ui.input.Keymap;
import org.zapfiji.viewer.ui.input.UserKeymap;
import org.zapfiji.viewer.ui.record.RecordMovieDialog;

import ij.IJ;
import ij.Prefs;

/**
 * The viewer window: the panel (or two in a split view), the status line and
 * the time slider, with File, View and Help menus; tools may add menus and a
 * side panel. Closing it stops its painter threads; the chunk loader belongs to
 * the caller and stays open.
 */
public final class ViewerFrame extends JFrame {

	private static final long serialVersionUID = 1L;

	static final int DEFAULT_WIDTH = 1000;

	static final int DEFAULT_HEIGHT = 700;

	private final transient ViewerPanel panel;

	private final transient SplitView split;

	private final transient StatusLine statusLine;

	private final transient TimeSlider timeSlider;

	private transient ViewRenderer ownedRenderer;

	private final transient List<AutoCloseable> closeWithWindow =
		new CopyOnWriteArrayList<>();

	/** A window on {@code state}; on the event thread. */
	public ViewerFrame(final String title, final ViewerState state,
		final ViewRenderer renderer, final ChunkLoader loader)
	{
		super(title);
		panel = new ViewerPanel(state, renderer, loader, userKeymap());
		split = new SplitView(panel, renderer, loader);
		statusLine = new StatusLine(loader);
		statusLine.follow(panel);
		split.addSplitListener(() -> {
			if (split.second() != null) statusLine.follow(split.second());
		});
		timeSlider = new TimeSlider(state);
		RecordMovieDialog.install(panel);
		final JPanel south = new JPanel(new BorderLayout());
		south.add(statusLine, BorderLayout.NORTH);
		south.add(timeSlider, BorderLayout.SOUTH);
		getContentPane().add(split, BorderLayout.CENTER);
		getContentPane().add(south, BorderLayout.SOUTH);
		setJMenuBar(new ViewerMenus(this).menuBar());
		setDefaultCloseOperation(DISPOSE_ON_CLOSE);
		addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosed(final WindowEvent e) {
				stopThreads();
			}
		});
		panel.setPreferredSize(new Dimension(DEFAULT_WIDTH, DEFAULT_HEIGHT - 90));
		pack();
	}

	/**
	 * Opens a window on {@code sources}, fitted to it, with a renderer on all
	 * cores that closes with the window. Callable from any thread.
	 */
	public static ViewerFrame show(final String title,
		final List<ViewerSource> sources, final ChunkLoader loader)
	{
		final AtomicReference<ViewerFrame> made = new AtomicReference<>();
		final Runnable build = () -> {
			final ViewRenderer renderer = ViewRenderer.interactive();
			final ViewerFrame frame = new ViewerFrame(title, ViewerStates.of(sources,
				DEFAULT_WIDTH, DEFAULT_HEIGHT - 90), renderer, loader);
			frame.ownedRenderer = renderer;
			frame.setLocationByPlatform(true);
			frame.setVisible(true);
			frame.panel.requestFocusInWindow();
			made.set(frame);
		};
		if (SwingUtilities.isEventDispatchThread()) build.run();
		else try {
			SwingUtilities.invokeAndWait(build);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while opening the viewer",
				e);
		}
		catch (final InvocationTargetException e) {
			final Throwable cause = e.getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IllegalStateException(cause);
		}
		return made.get();
	}

	/** The main (left) panel. */
	public ViewerPanel panel() {
		return panel;
	}

	public SplitView splitView() {
		return split;
	}

	public StatusLine statusLine() {
		return statusLine;
	}

	public TimeSlider timeSlider() {
		return timeSlider;
	}

	/**
	 * Adds a tool's menu (annotation, review) after the viewer's own, before
	 * Help; on the event thread.
	 */
	public void addMenu(final JMenu menu) {
		final JMenuBar bar = getJMenuBar();
		bar.add(menu, Math.max(0, bar.getMenuCount() - 1));
		bar.revalidate();
	}

	/**
	 * Shows {@code side} at the right of the panels, or takes it away when it is
	 * null; the window keeps its size, so the panels give up the room. On the
	 * event thread.
	 */
	public void setSidePanel(final JComponent side) {
		final java.awt.Container content = getContentPane();
		final java.awt.Component old = ((BorderLayout) content.getLayout())
			.getLayoutComponent(BorderLayout.EAST);
		if (old == side) return;
		if (old != null) content.remove(old);
		if (side != null) content.add(side, BorderLayout.EAST);
		content.revalidate();
		content.repaint();
	}

	/** What {@link #setSidePanel} shows now, or null. */
	public JComponent sidePanel() {
		return (JComponent) ((BorderLayout) getContentPane().getLayout())
			.getLayoutComponent(BorderLayout.EAST);
	}

	/** Runs the panel's "help" binding, whatever keys it is mapped to. */
	void showKeys() {
		for (final Binding b : panel.bindings().bindings())
			if (b.action().equals("help") && b.behaviour() instanceof ClickBehaviour)
				((ClickBehaviour) b.behaviour()).click(panel.mouseX(), panel.mouseY());
	}

	/**
	 * The user's keymap file in ImageJ's preferences folder; where it cannot be
	 * read, the defaults, and the log says why.
	 */
	static Keymap userKeymap() {
		final UserKeymap user = UserKeymap.in(Paths.get(Prefs.getPrefsDir()));
		try {
			return user.load();
		}
		catch (final IOException e) {
			IJ.log("ZAP viewer: default keys used; " + e.getMessage());
			return Keymap.defaults();
		}
	}

	/**
	 * Closes {@code resource} (open files, a chunk loader) after the window has
	 * closed and its threads have stopped.
	 */
	public void closeWithWindow(final AutoCloseable resource) {
		closeWithWindow.add(resource);
	}

	private void stopThreads() {
		split.close();
		panel.close();
		statusLine.close();
		timeSlider.close();
		if (ownedRenderer != null) ownedRenderer.close();
		for (final AutoCloseable resource : closeWithWindow)
			try {
				resource.close();
			}
			catch (final Exception e) {
				IJ.log("ZAP viewer: closing " + resource + " failed: " + e
					.getMessage());
			}
	}
}
