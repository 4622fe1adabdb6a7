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

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scijava.InstantiableException;
import org.scijava.plugin.PluginInfo;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.command.CommandException;

import ij.IJ;

/**
 * The installed {@link MarkFormat}s by macro id: the plugin name in snake_case
 * ("ZAP marks CSV" is {@code zap_marks_csv}), so a format dropped in by a third
 * party gets an id without anyone listing it here. {@code auto} picks the
 * format from the file's extension, and only when exactly one installed format
 * writes that extension: {@code .csv} is written by three formats, so it must
 * be named.
 */
final class MarkFormats {

	static final String AUTO = "auto";

	/** A format and the id it was chosen by. */
	static final class Chosen {

		private final String id;

		private final MarkFormat format;

		Chosen(final String id, final MarkFormat format) {
			this.id = id;
			this.format = format;
		}

		String id() {
			return id;
		}

		MarkFormat format() {
			return format;
		}
	}

	private final Map<String, MarkFormat> byId = new LinkedHashMap<>();

	MarkFormats(final Extensions extensions) throws CommandException {
		for (final PluginInfo<MarkFormat> info : extensions.of(MarkFormat.class))
			byId.put(id(info.getName()), create(info));
	}

	/** The formats visible to ImageJ's class loader. */
	static MarkFormats installed() throws CommandException {
		return new MarkFormats(Extensions.discover(IJ.getClassLoader()));
	}

	/** The macro id of a format plugin name. */
	static String id(final String pluginName) {
		return pluginName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
			.replaceAll("^_+|_+$", "");
	}

	/**
	 * The format {@code value} names, or for {@code auto} the one format that
	 * writes {@code file}'s extension (a folder or a name without extension: the
	 * one format that writes folders).
	 *
	 * @throws CommandException naming {@code key}, the file and the installed ids
	 */
	Chosen choose(final String value, final String key, final Path file)
		throws CommandException
	{
		if (!value.equalsIgnoreCase(AUTO)) {
			final MarkFormat format = byId.get(value.toLowerCase(Locale.ROOT));
			if (format == null) throw new CommandException("Key '" + key +
				"': unknown mark format '" + value + "'; installed: " + AUTO + ", " +
				String.join(", ", byId.keySet()) + ".");
			return new Chosen(value.toLowerCase(Locale.ROOT), format);
		}
		final List<String> candidates = candidates(file);
		if (candidates.size() == 1) return new Chosen(candidates.get(0), byId.get(
			candidates.get(0)));
		throw new CommandException("Key '" + key + "' is auto, but " + file +
			(candidates.isEmpty() ? " has an extension no installed format writes"
				: " could be any of " + String.join(", ", candidates)) +
			"; name one of: " + String.join(", ", byId.keySet()) + ".");
	}

	private List<String> candidates(final Path file) {
		final String name = file.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		final boolean folder = Files.isDirectory(file) || dot <= 0;
		final String extension = folder ? "" : name.substring(dot + 1).toLowerCase(
			Locale.ROOT);
		final List<String> found = new ArrayList<>();
		for (final Map.Entry<String, MarkFormat> e : byId.entrySet())
			if (folder ? e.getValue().writesFolder() : e.getValue().fileExtensions()
				.contains(extension)) found.add(e.getKey());
		return found;
	}

	/**
	 * Reads every mark of {@code file}.
	 *
	 * @throws CommandException naming {@code key} and the file: missing,
	 *           malformed, or in voxels with no voxel size
	 */
	static List<Mark> read(final Chosen chosen, final Path file, final String key,
		final MarkFormatOptions options) throws CommandException
	{
		if (!Files.exists(file)) throw new CommandException("Key '" + key +
			"': no such file or folder: " + file);
		try {
			return chosen.format().read(file, options);
		}
		catch (final IOException e) {
			throw new CommandException("Key '" + key + "' (format " + chosen.id() +
				"): " + e.getMessage(), e);
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key '" + key + "': " + file + " (format " +
				chosen.id() + "): " + e.getMessage() + VoxelSizeKeys.HINT, e);
		}
	}

	/**
	 * Writes {@code marks} to {@code file}; the format replaces it atomically.
	 */
	static void write(final Chosen chosen, final Path file, final String key,
		final List<Mark> marks, final MarkFormatOptions options)
		throws CommandException
	{
		try {
			chosen.format().write(file, marks, options);
		}
		catch (final IOException | IllegalArgumentException e) {
			throw new CommandException("Key '" + key + "': cannot write " + file +
				" as " + chosen.id() + ": " + reason(e) + (e instanceof IOException ? ""
					: VoxelSizeKeys.HINT), e);
		}
	}

	/**
	 * The message, with the cause spelled out where Java's file exceptions give
	 * only the path (a parent that is a file, a missing folder, no permission):
	 * "cannot write a/b.json: a" alone does not tell the user what is wrong.
	 */
	private static String reason(final Exception e) {
		if (e instanceof FileAlreadyExistsException) {
			final String path = ((FileAlreadyExistsException) e).getFile();
			return path != null && Files.isRegularFile(Paths.get(path)) ? e
				.getMessage() + " is a file, not a folder" : e.getMessage() +
					": already exists";
		}
		if (e instanceof NotDirectoryException) return e.getMessage() +
			" is not a folder";
		if (e instanceof NoSuchFileException) return e.getMessage() +
			": no such file or folder";
		if (e instanceof AccessDeniedException) return e.getMessage() +
			": permission denied";
		return e.getMessage();
	}

	private static MarkFormat create(final PluginInfo<MarkFormat> info)
		throws CommandException
	{
		try {
			return info.createInstance();
		}
		catch (final InstantiableException e) {
			throw new CommandException("Cannot create mark format " + info
				.getClassName() + ": " + e.getMessage(), e);
		}
	}
}
