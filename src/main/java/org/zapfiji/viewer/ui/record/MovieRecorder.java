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

package org.zapfiji.viewer.ui.record;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.zapfiji.io.AtomicFiles;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.ui.ViewImages;

/**
 * Records the view over a range of time points as a PNG sequence or an AVI,
 * every frame complete (the renderer waits for its blocks) with overlays.
 * <p>
 * Frames go into a hidden folder next to the output and only a finished
 * recording takes the output's name, so a cancelled or failed recording leaves
 * no half movie, and an earlier recording stays until the new one is whole.
 * Slow on cold data: run it off the event thread.
 */
public final class MovieRecorder {

	private final ViewRenderer renderer;

	private final List<ViewerOverlay> overlays;

	public MovieRecorder(final ViewRenderer renderer,
		final List<? extends ViewerOverlay> overlays)
	{
		this.renderer = renderer;
		this.overlays = List.copyOf(overlays);
	}

	/** The name of frame {@code i} (from 0) in a PNG sequence. */
	public static String frameName(final int i) {
		return String.format(Locale.ROOT, "frame-%04d.png", i);
	}

	/**
	 * Renders time points {@code t0..t1} (inclusive) of {@code view} at
	 * {@code width × height} into {@code output}: a folder for
	 * {@link MovieFormat#PNG_SEQUENCE}, else an AVI file.
	 *
	 * @param fps frames per second stored in an AVI
	 * @throws IOException naming the file if reading or writing fails, or if
	 *           {@code output} is something a recording must not replace
	 * @throws org.zapfiji.task.CanceledException if {@code progress} was
	 *           cancelled; nothing is left behind then
	 */
	public void record(final ViewerSnapshot view, final int width,
		final int height, final int t0, final int t1, final MovieFormat format,
		final double fps, final Path output, final Progress progress)
		throws IOException
	{
		checkRange(view, t0, t1);
		final Path target = output.toAbsolutePath();
		if (format.isFolder()) checkReplaceableFolder(target);
		else if (Files.isDirectory(target)) throw new IOException(target +
			" is a folder; an AVI movie needs a file name");
		final Path parent = target.getParent();
		Files.createDirectories(parent);
		final Path frames = Files.createTempDirectory(parent, "." + target
			.getFileName() + ".");
		try {
			renderFrames(view, width, height, t0, t1, frames, progress);
			if (format.isFolder()) replaceFolder(frames, target);
			else {
				progress.status("writing " + target.getFileName());
				AviFiles.write(frames, t1 - t0 + 1, width, height, format, fps, target);
			}
		}
		finally {
			deleteTree(frames);
		}
	}

	private void renderFrames(final ViewerSnapshot view, final int width,
		final int height, final int t0, final int t1, final Path folder,
		final Progress progress) throws IOException
	{
		final int n = t1 - t0 + 1;
		for (int i = 0; i < n; i++) {
			progress.checkCanceled();
			progress.status("movie frame " + (i + 1) + " of " + n);
			final ViewerSnapshot at = new ViewerSnapshot(view.sources(), view
				.displays(), view.currentSource(), view.transform(), t0 + i, view
					.interpolation(), view.bookmarks());
			final BufferedImage image = ViewImages.render(renderer, at, width, height,
				overlays);
			AtomicFiles.write(folder.resolve(frameName(i)), ImageFiles.png(image),
				false);
			progress.update(i + 1, n);
		}
	}

	private static void checkRange(final ViewerSnapshot view, final int t0,
		final int t1)
	{
		final int n = view.numTimepoints();
		if (t0 < 0 || t1 >= n || t0 > t1) throw new IllegalArgumentException(
			"time range " + t0 + ".." + t1 + " is not within 0.." + (n - 1) +
				" or is empty");
	}

	/**
	 * A PNG sequence replaces only nothing, an empty folder or an earlier
	 * sequence: never a folder with other files a user may care about.
	 */
	static void checkReplaceableFolder(final Path target) throws IOException {
		if (!Files.exists(target)) return;
		if (!Files.isDirectory(target)) throw new IOException(target +
			" is a file; a PNG sequence needs a folder name");
		try (DirectoryStream<Path> files = Files.newDirectoryStream(target)) {
			for (final Path f : files)
				if (!f.getFileName().toString().matches("frame-\\d+\\.png"))
					throw new IOException(target + " holds " + f.getFileName() +
						", which is not a movie frame; choose an empty or new folder");
		}
	}

	private static void replaceFolder(final Path frames, final Path target)
		throws IOException
	{
		Path old = null;
		if (Files.exists(target)) {
			old = Files.createTempDirectory(target.getParent(), "." + target
				.getFileName() + ".old.");
			Files.delete(old);
			move(target, old);
		}
		move(frames, target);
		if (old != null) deleteTree(old);
	}

	private static void move(final Path from, final Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (final AtomicMoveNotSupportedException e) {
			Files.move(from, to);
		}
	}

	static void deleteTree(final Path root) throws IOException {
		if (!Files.exists(root)) return;
		final List<Path> paths = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
		}
		for (final Path p : paths)
			Files.deleteIfExists(p);
	}
}
