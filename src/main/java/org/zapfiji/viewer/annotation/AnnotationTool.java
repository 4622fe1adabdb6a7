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

import java.awt.Toolkit;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStateChange;
import org.zapfiji.viewer.state.ViewerStateListener;
import org.zapfiji.viewer.ui.ViewerPanel;

import ij.IJ;

/**
 * Marking on a viewer panel: the {@link MarksOverlay}, the keys of
 * {@link MarkingKeys} and the snap preview under the mouse, around one
 * {@link MarkEditor}.
 * <p>
 * Edits run on one edit thread of the tool, in the order they were asked for,
 * so the event thread never waits for a snap reading voxels or for the store
 * writing to disk; the panel is repainted after each. A failed edit is reported
 * in ImageJ's log (and the status bar) and changes nothing.
 */
public final class AnnotationTool implements AutoCloseable {

	/** One edit, run on the edit thread. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;
	}

	/** How long closing waits for edits still queued (each is one fsync). */
	private static final long CLOSE_WAIT_SECONDS = 30;

	private final ViewerPanel panel;

	private final MarkEditor editor;

	private final MarksOverlay overlay;

	private final SnapPreview preview;

	private final Executor edits;

	private final Consumer<String> failures;

	private final Runnable repaint;

	private final MouseAdapter mouse;

	private final ViewerStateListener viewChanged;

	private AnnotationTool(final ViewerPanel panel, final MarkEditor editor,
		final Executor edits, final SnapPreview preview,
		final Consumer<String> failures)
	{
		this.panel = panel;
		this.editor = editor;
		this.edits = edits;
		this.preview = preview;
		this.failures = failures;
		this.repaint = panel::repaint;
		this.overlay = new MarksOverlay(editor);
		overlay.setPreview(preview);
		mouse = new MouseAdapter() {

			@Override
			public void mouseMoved(final MouseEvent e) {
				previewAt(e.getX(), e.getY());
			}

			@Override
			public void mouseExited(final MouseEvent e) {
				preview.clear();
			}
		};
		viewChanged = change -> {
			if (change == ViewerStateChange.TRANSFORM ||
				change == ViewerStateChange.TIME) previewAt(panel.mouseX(), panel
					.mouseY());
		};
	}

	/**
	 * Puts marking on {@code panel}, with its own edit thread; on the event
	 * thread. Close the tool before the editor's store.
	 */
	public static AnnotationTool install(final ViewerPanel panel,
		final MarkEditor editor)
	{
		final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
			final Thread t = new Thread(r, "zap-annotation-edits");
			t.setDaemon(true);
			return t;
		});
		return install(panel, editor, thread, new SnapPreview(editor,
			panel::repaint), AnnotationTool::report);
	}

	/** For tests: edits and previews on the given executors. */
	static AnnotationTool install(final ViewerPanel panel,
		final MarkEditor editor, final Executor edits, final SnapPreview preview,
		final Consumer<String> failures)
	{
		final AnnotationTool tool = new AnnotationTool(panel, editor, edits,
			preview, failures);
		panel.addOverlay(tool.overlay);
		editor.addListener(tool.repaint);
		MarkingKeys.install(panel.bindings(), panel.state(), tool);
		panel.addMouseListener(tool.mouse);
		panel.addMouseMotionListener(tool.mouse);
		panel.state().addListener(tool.viewChanged);
		return tool;
	}

	public MarkEditor editor() {
		return editor;
	}

	public MarksOverlay overlay() {
		return overlay;
	}

	public ViewerPanel panel() {
		return panel;
	}

	/**
	 * Runs {@code work} on the edit thread after the edits asked for before; a
	 * failure is reported as the tool reports its own.
	 */
	public void submit(final Work work) {
		edits.execute(() -> {
			try {
				work.run();
			}
			catch (final Exception e) {
				failures.accept(e.getMessage() == null ? e.toString() : e.getMessage());
			}
		});
	}

	/** Snaps the point under panel pixel (x, y) for the preview. */
	void previewAt(final int x, final int y) {
		if (x < 0 || y < 0) {
			preview.clear();
			return;
		}
		final ViewerState state = panel.state();
		preview.request(MarkingKeys.at(state, x, y), state.time());
	}

	/**
	 * Takes the tool off the panel and waits for queued edits to reach the store,
	 * so the store can be closed after.
	 */
	@Override
	public void close() {
		panel.removeOverlay(overlay);
		editor.removeListener(repaint);
		panel.removeMouseListener(mouse);
		panel.removeMouseMotionListener(mouse);
		panel.state().removeListener(viewChanged);
		preview.close();
		if (edits instanceof ExecutorService) {
			final ExecutorService service = (ExecutorService) edits;
			service.shutdown();
			try {
				if (!service.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS))
					report("edits still queued after " + CLOSE_WAIT_SECONDS +
						" s were dropped");
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static void report(final String message) {
		IJ.log("ZAP Annotate: " + message);
		IJ.showStatus("ZAP Annotate: " + message);
		Toolkit.getDefaultToolkit().beep();
	}
}
