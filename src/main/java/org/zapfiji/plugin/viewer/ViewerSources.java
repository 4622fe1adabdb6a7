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

package org.zapfiji.plugin.viewer;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.imagej.ImagePlusVolumes;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;

import ij.ImagePlus;

/**
 * The sources a viewer command shows, opened from its {@code input} and
 * {@code volume} keys: one or more files or folders through the installed
 * volume formats, or the current ImageJ image; one source per channel of every
 * chosen volume, all read through one {@link ChunkLoader} over the session's
 * chunk cache.
 * <p>
 * {@code input} lists paths separated by {@code ;}, so one macro line can show
 * anatomy and activity together. It owns the datasets, some of which keep files
 * open, and the loader's threads: close it when the sources are no longer
 * shown.
 */
public final class ViewerSources implements AutoCloseable {

	/** {@code volume} value that takes every volume of each dataset. */
	public static final long ALL_VOLUMES = -1;

	private final String title;

	private final List<ViewerSource> sources = new ArrayList<>();

	private final List<Dataset> datasets = new ArrayList<>();

	private final ChunkLoader loader;

	private ViewerSources(final String title, final ChunkCache cache) {
		this.title = title;
		this.loader = ChunkLoader.interactive(cache);
	}

	/**
	 * Opens {@code input}, or {@code current} when it is empty.
	 *
	 * @param volume index of the volume in each dataset, or {@link #ALL_VOLUMES}
	 * @param current the current ImageJ image, or null if none is open
	 * @throws CommandException naming the key or file at fault
	 */
	public static ViewerSources open(final String input, final long volume,
		final ImagePlus current, final VolumeFormats formats,
		final ChunkCache cache) throws CommandException
	{
		final List<Path> paths = paths(input);
		if (paths.isEmpty()) return ofImage(current, cache);
		final List<String> names = new ArrayList<>();
		for (final Path p : paths)
			names.add(p.getFileName() == null ? p.toString() : p.getFileName()
				.toString());
		final ViewerSources opened = new ViewerSources(String.join(" + ", names),
			cache);
		try {
			for (final Path p : paths)
				opened.addDataset(p, volume, formats);
			return opened;
		}
		catch (final CommandException | RuntimeException e) {
			opened.close();
			throw e;
		}
	}

	/**
	 * The paths in {@code input}, split at {@code ;}; empty parts are skipped.
	 *
	 * @throws CommandException for a part that is not a path on this system
	 */
	public static List<Path> paths(final String input) throws CommandException {
		final List<Path> paths = new ArrayList<>();
		if (input == null) return paths;
		for (final String part : input.split(";")) {
			if (part.trim().isEmpty()) continue;
			try {
				paths.add(Paths.get(part.trim()));
			}
			catch (final InvalidPathException e) {
				throw new CommandException("Key 'input': '" + part.trim() +
					"' is not a path (" + e.getReason() +
					"); give files or folders separated by ';'.");
			}
		}
		return paths;
	}

	/** A name for a window: the file names, or the image's title. */
	public String title() {
		return title;
	}

	public List<ViewerSource> sources() {
		return Collections.unmodifiableList(sources);
	}

	public ChunkLoader loader() {
		return loader;
	}

	@Override
	public void close() {
		loader.close();
		for (final Dataset d : datasets) {
			try {
				d.close();
			}
			catch (final IOException e) {
				// Read-only files: nothing can be lost by failing to close them.
			}
		}
	}

	private static ViewerSources ofImage(final ImagePlus current,
		final ChunkCache cache) throws CommandException
	{
		if (current == null) throw new CommandException("Key 'input' is empty " +
			"and no image is open; give a file or folder (several separated by " +
			"';'), or open an image first.");
		final Volume volume;
		try {
			volume = ImagePlusVolumes.of(current);
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("The current image '" + current.getTitle() +
				"' cannot be shown: " + e.getMessage());
		}
		final ViewerSources opened = new ViewerSources(current.getTitle(), cache);
		opened.sources.addAll(VolumeSource.channels(volume, opened.loader));
		return opened;
	}

	private void addDataset(final Path path, final long volume,
		final VolumeFormats formats) throws CommandException
	{
		final Dataset dataset;
		try {
			dataset = formats.open(path);
		}
		catch (final IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
		datasets.add(dataset);
		final List<Volume> volumes = dataset.volumes();
		if (volume != ALL_VOLUMES && (volume < 0 || volume >= volumes.size()))
			throw new CommandException(path + " holds " + volumes.size() +
				" volume(s); key 'volume' must be " + ALL_VOLUMES + " (all) or 0.." +
				(volumes.size() - 1) + ", was " + volume);
		for (int i = 0; i < volumes.size(); i++) {
			if (volume != ALL_VOLUMES && i != volume) continue;
			try {
				sources.addAll(VolumeSource.channels(volumes.get(i), loader));
			}
			catch (final IllegalArgumentException e) {
				throw new CommandException(path + ": " + e.getMessage());
			}
		}
	}
}
