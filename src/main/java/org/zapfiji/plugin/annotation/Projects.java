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

import java.nio.file.Files;
import java.nio.file.Path;

import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.CommandException;

/**
 * Opens project files for the commands, turning the store's errors into
 * messages that name the macro key as well as the file. Public for the commands
 * of other packages that read projects ({@code ZAP Export Training Labels}).
 */
public final class Projects {

	/** The extension every project file of a command carries. */
	static final String EXTENSION = ".zap";

	private Projects() {}

	/**
	 * Who a store that only reads is opened as: the store needs a name for its
	 * lock, and "held by" messages should tell others who it is.
	 */
	static String reader() {
		final String user = System.getProperty("user.name");
		return user == null || user.isBlank() ? "zap-fiji" : user;
	}

	static boolean isProject(final Path file) {
		return file.getFileName().toString().endsWith(EXTENSION);
	}

	/** Opens an existing project to read it (read-only if another holds it). */
	public static ProjectStore openToRead(final Path file, final String key)
		throws CommandException
	{
		return open(file, key, reader());
	}

	/**
	 * Opens an existing project to add edits attributed to {@code annotator}.
	 *
	 * @throws CommandException if another holds it, naming the holder
	 */
	static ProjectStore openToWrite(final Path file, final String key,
		final String annotator) throws CommandException
	{
		final ProjectStore store = open(file, key, annotator);
		if (!store.isReadOnly()) return store;
		final String reason = store.readOnlyReason();
		closeQuietly(store);
		throw new CommandException("Key '" + key + "': " + file +
			" cannot be changed now: it is " + reason + ".");
	}

	private static ProjectStore open(final Path file, final String key,
		final String annotator) throws CommandException
	{
		if (!Files.isRegularFile(file)) throw new CommandException("Key '" + key +
			"': no such project file: " + file);
		try {
			return ProjectStore.open(file, annotator);
		}
		catch (final ProjectException e) {
			throw new CommandException("Key '" + key + "': " + e.getMessage(), e);
		}
	}

	/** Closes after the work; a failure to close is worth reporting. */
	static void close(final ProjectStore store) throws CommandException {
		try {
			store.close();
		}
		catch (final ProjectException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	/** Closes on the way out of another failure, which is the one to report. */
	public static void closeQuietly(final ProjectStore store) {
		try {
			store.close();
		}
		catch (final ProjectException ignored) {
			// the failure being reported matters more
		}
	}
}
