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

package org.zapfiji.plugin.annotation;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.SwingUtilities;

import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.refine.ProjectImage;
import org.zapfiji.viewer.annotation.AnnotationTool;
import org.zapfiji.viewer.annotation.ClickSnapper;
import org.zapfiji.viewer.annotation.MarkEditor;
import org.zapfiji.viewer.review.ReviewMenus;
import org.zapfiji.viewer.review.ReviewTool;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.ui.ViewerFrame;

/**
 * What {@code ZAP Annotate} opened: the project (held for writing) and its
 * image, the image's channels as viewer sources, and the editor of the marks.
 * {@link #show()} puts them in a viewer window with the marking tool; closing
 * the window waits for the last edits and closes everything.
 */
public final class AnnotationSession implements AutoCloseable {

	private final ProjectImage opened;

	private final ChunkLoader loader;

	private final List<ViewerSource> sources;

	private final MarkEditor editor;

	private final String title;

	private volatile AnnotationTool tool;

	private volatile ReviewTool review;

	private volatile ReviewMenus reviewMenus;

	private AnnotationSession(final ProjectImage opened,
		final ClickSnapper snapper, final double radius, final String title)
	{
		this.opened = opened;
		this.loader = ChunkLoader.interactive(SessionCache.get());
		this.sources = VolumeSource.channels(opened.volume(), loader);
		this.editor = new MarkEditor(opened.store(), snapper, radius);
		this.title = title;
	}

	/** Takes over {@code opened}: closing the session closes it. */
	static AnnotationSession of(final ProjectImage opened,
		final ClickSnapper snapper, final double radius)
	{
		final ProjectStore store = opened.store();
		return new AnnotationSession(opened, snapper, radius, "ZAP Annotate: " +
			store.file().getFileName() + " on " + opened.volume().name() + " (" +
			store.annotator() + ")");
	}

	public MarkEditor editor() {
		return editor;
	}

	public ProjectStore store() {
		return opened.store();
	}

	public List<ViewerSource> sources() {
		return sources;
	}

	public String title() {
		return title;
	}

	/** The marking tool, once {@link #show()} has put it on a window. */
	public AnnotationTool tool() {
		return tool;
	}

	/** The review tool, once {@link #show()} has put it on a window. */
	public ReviewTool review() {
		return review;
	}

	/** The window's Review and Regions menus and side panel, once shown. */
	public ReviewMenus reviewMenus() {
		return reviewMenus;
	}

	/**
	 * Opens the viewer window with the marking and review tools; callable from
	 * any thread. The window closes the tool, then this session, when it closes.
	 */
	public ViewerFrame show() {
		final ViewerFrame frame = ViewerFrame.show(title, sources, loader);
		final AtomicReference<AnnotationTool> installed = new AtomicReference<>();
		final Runnable install = () -> {
			final AnnotationTool marking = AnnotationTool.install(frame.panel(),
				editor);
			installed.set(marking);
			review = ReviewTool.install(marking);
			reviewMenus = ReviewMenus.install(frame, review, "Marks: " + store()
				.file().getFileName());
		};
		if (SwingUtilities.isEventDispatchThread()) install.run();
		else try {
			SwingUtilities.invokeAndWait(install);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while opening " + title, e);
		}
		catch (final InvocationTargetException e) {
			throw new IllegalStateException(e.getCause());
		}
		tool = installed.get();
		frame.closeWithWindow(review);
		frame.closeWithWindow(tool);
		frame.closeWithWindow(this);
		return frame;
	}

	/** Stops reading the image and closes the project. */
	@Override
	public void close() throws CommandException {
		loader.close();
		opened.close();
	}
}
