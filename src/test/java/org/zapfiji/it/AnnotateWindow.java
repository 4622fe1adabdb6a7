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

package org.zapfiji.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.swing.SwingUtilities;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.annotation.Annotate;
import org.zapfiji.plugin.annotation.AnnotationSession;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.ui.ViewerFrame;

/**
 * {@code ZAP Annotate} opened for a GUI test on the mini-ZAPBench raw
 * recording, with a project holding the given marks, its window placed at (40,
 * 40); {@link #close()} disposes every window the test opened and waits until
 * the project is released.
 */
final class AnnotateWindow {

	final Path root;

	final Path project;

	final AnnotationSession session;

	final ViewerFrame frame;

	private AnnotateWindow(final Path root, final Path project,
		final AnnotationSession session, final ViewerFrame frame)
	{
		this.root = root;
		this.project = project;
		this.session = session;
		this.frame = frame;
	}

	/**
	 * @param marks put into a new project by {@code author} first; none: the
	 *          command makes the project
	 * @param options more keys for the command (annotator, method, ...)
	 */
	static AnnotateWindow open(final String name, final List<Mark> marks,
		final String author, final String options) throws Exception
	{
		final Path root = Files.createTempDirectory("zap-" + name + "-it");
		MiniZapbench.write(root, MiniZapbench.DEFAULT_SEED);
		final Path project = root.resolve(name + ".zap");
		if (!marks.isEmpty()) {
			ProjectStore.create(project, name);
			try (ProjectStore store = ProjectStore.open(project, author)) {
				store.addMarks(marks);
			}
		}
		final Annotate command = new Annotate();
		final AnnotationSession session = command.execute(command.parameters()
			.parse("image=[" + root.resolve("volumes/20240930/raw") + "] project=[" +
				project + "] " + options), Progress.silent());
		final ViewerFrame frame = session.show();
		SwingUtilities.invokeAndWait(() -> frame.setLocation(40, 40));
		assertTrue(ScreenRobot.await(() -> frame.isShowing() && new Point(40, 40)
			.equals(frame.getLocationOnScreen()), 10), "window placed");
		return new AnnotateWindow(root, project, session, frame);
	}

	/** Closes every window and checks that closing released the project. */
	void close() throws Exception {
		for (final Window w : Window.getWindows())
			if (w.isDisplayable()) SwingUtilities.invokeAndWait(w::dispose);
		assertTrue(ScreenRobot.await(() -> {
			try (ProjectStore store = ProjectStore.open(project, "check")) {
				return !store.isReadOnly();
			}
			catch (final Exception e) {
				return false;
			}
		}, 20), "closing the window closes the project");
	}
}
