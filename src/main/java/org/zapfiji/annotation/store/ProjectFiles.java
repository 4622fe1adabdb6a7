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

package org.zapfiji.annotation.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

import org.sqlite.SQLiteConfig;

/**
 * Making project files and connecting to them with the settings that make an
 * edit durable when its call returns: write-ahead log, {@code synchronous =
 * FULL} (the log is flushed to disk at every commit), foreign keys enforced.
 */
final class ProjectFiles {

	/** How long a write waits for another connection's transaction, in ms. */
	private static final int BUSY_TIMEOUT_MS = 10_000;

	private ProjectFiles() {}

	static Connection connect(final Path file, final boolean readOnly)
		throws SQLException
	{
		return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(),
			config(readOnly).toProperties());
	}

	/**
	 * A read-only connection that leaves no trace: even a read-only connection
	 * creates the {@code -wal} and {@code -shm} files of a write-ahead-log
	 * database. Without a {@code -wal} file all content is in the database file,
	 * so SQLite may read it as immutable and create nothing; with one (a crash,
	 * or a live writer) the files are there already and are read as usual.
	 */
	static Connection inspect(final Path file) throws SQLException {
		final Path wal = file.resolveSibling(file.getFileName() + "-wal");
		if (Files.exists(wal)) return connect(file, true);
		return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath()
			.toUri() + "?immutable=1", config(true).toProperties());
	}

	private static SQLiteConfig config(final boolean readOnly) {
		final SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(readOnly);
		config.setBusyTimeout(BUSY_TIMEOUT_MS);
		config.enforceForeignKeys(true);
		if (!readOnly) {
			config.setJournalMode(SQLiteConfig.JournalMode.WAL);
			config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
			// After a big import, keep the log file from staying huge.
			config.setJournalSizeLimit(64 << 20);
		}
		config.setCacheSize(-65536); // KiB: 64 MiB
		return config;
	}

	/**
	 * Makes a new project file, complete or not at all: it is built under a
	 * temporary name beside the target and then hard-linked to the target name,
	 * which fails if anything exists there, so an existing file is never
	 * overwritten, not even by a concurrent create.
	 */
	static void create(final Path file, final String projectName,
		final Schema schema) throws ProjectException
	{
		if (Files.exists(file)) throw new ProjectException(file, existing(file));
		final Path dir = file.toAbsolutePath().getParent();
		Path temp = null;
		try {
			temp = Files.createTempFile(dir, "." + file.getFileName(), ".creating");
			Files.delete(temp); // SQLite makes it; an empty file is not a database
			try (Connection c = connect(temp, false)) {
				schema.create(c, projectName, softwareVersion(), Instant.now());
			}
			publish(temp, file);
		}
		catch (final SQLException | IOException e) {
			throw new ProjectException(file, "could not create the project: " + e
				.getMessage(), e);
		}
		finally {
			if (temp != null) deleteQuietly(temp);
		}
	}

	private static void publish(final Path temp, final Path file)
		throws ProjectException, IOException
	{
		try {
			Files.createLink(file, temp);
		}
		catch (final FileAlreadyExistsException e) {
			throw new ProjectException(file, existing(file), e);
		}
		catch (final UnsupportedOperationException | IOException e) {
			// A file system without hard links: a plain move, which refuses an
			// existing target too, if not atomically.
			Files.move(temp, file);
		}
	}

	private static String existing(final Path file) {
		return "a file exists there already; a new project never overwrites " +
			"anything (open it, or choose another name)";
	}

	private static void deleteQuietly(final Path temp) {
		for (final String suffix : new String[] { "", "-wal", "-shm", "-journal" })
			try {
				Files.deleteIfExists(temp.resolveSibling(temp.getFileName() + suffix));
			}
			catch (final IOException ignored) {
				// a leftover hidden temporary file is harmless
			}
	}

	/** This build's version, or "development" when run from classes. */
	static String softwareVersion() {
		final String v = ProjectFiles.class.getPackage().getImplementationVersion();
		return v == null ? "development" : v;
	}
}
