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
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * Decides whether a file may be opened as a project, before anything could
 * write to it. First SQLite's 100-byte header, read as plain bytes: the magic
 * string, page size, length (a truncated file is shorter than its header says),
 * our application id and the schema version. Then a read-only SQLite connection
 * runs {@code PRAGMA quick_check} and reads the {@code meta} table. A read-only
 * connection never writes the database file, so a refused file is left exactly
 * as it was.
 */
final class ProjectFileCheck {

	private static final byte[] MAGIC = "SQLite format 3\0".getBytes(
		StandardCharsets.US_ASCII);

	private static final int HEADER_BYTES = 100;

	private ProjectFileCheck() {}

	/**
	 * Checks the header and returns the schema version it states.
	 *
	 * @throws ProjectException if the file is missing, not a project, damaged, or
	 *           of a newer schema than {@code schema}
	 */
	static int checkHeader(final Path file, final Schema schema)
		throws ProjectException
	{
		if (!Files.isRegularFile(file)) throw new ProjectException(file,
			"no such project file");
		final long length;
		final ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES);
		try (InputStream in = Files.newInputStream(file)) {
			length = Files.size(file);
			h.put(in.readNBytes(HEADER_BYTES)).flip();
		}
		catch (final IOException e) {
			throw new ProjectException(file, "cannot read: " + e.getMessage(), e);
		}
		final byte[] magic = new byte[MAGIC.length];
		if (h.remaining() < HEADER_BYTES || !Arrays.equals(magic(h, magic), MAGIC))
			throw new ProjectException(file,
				"not a ZAP project: not an SQLite database (" + length + " bytes)");
		final int pageSize = pageSize(h.getShort(16) & 0xffff);
		if (pageSize < 0) throw new ProjectException(file,
			"damaged: invalid page size " + (h.getShort(16) & 0xffff) +
				" in the SQLite header");
		if (length % pageSize != 0) throw new ProjectException(file,
			"damaged or truncated: length " + length +
				" bytes is not a multiple of the page size " + pageSize);
		final long pages = h.getInt(28) & 0xffffffffL;
		// A crash during a checkpoint can leave the header ahead of the file's
		// length; SQLite then completes it from the write-ahead log, so the size
		// is only compared without one.
		if (h.getInt(24) == h.getInt(92) && pages * pageSize > length &&
			!hasWriteAheadLog(file)) throw new ProjectException(file,
				"damaged or truncated: the header says " + pages + " pages of " +
					pageSize + " bytes, the file has " + length + " bytes");
		if (h.getInt(68) != Schema.APPLICATION_ID) throw new ProjectException(file,
			"not a ZAP project: an SQLite database of another application (id " +
				String.format("0x%08x", h.getInt(68)) + ")");
		return checkVersion(file, h.getInt(60), schema);
	}

	/**
	 * Runs SQLite's quick integrity check and reads the version the database
	 * itself states (newer than the header's if a migration is still in the
	 * write-ahead log). The connection must be read-only.
	 */
	static int checkContent(final Path file, final Connection readOnly,
		final Schema schema) throws ProjectException
	{
		try (Statement s = readOnly.createStatement()) {
			try (ResultSet r = s.executeQuery("PRAGMA quick_check")) {
				final String result = r.next() ? r.getString(1) : "no result";
				if (!result.equals("ok")) throw new ProjectException(file,
					"damaged: SQLite's integrity check says: " + result);
			}
			final int version;
			try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
				version = checkVersion(file, r.next() ? r.getInt(1) : 0, schema);
			}
			final String stated = Meta.get(readOnly, Meta.SCHEMA_VERSION);
			if (!Integer.toString(version).equals(stated)) throw new ProjectException(
				file, "damaged: schema version " + version + " in the header but '" +
					stated + "' in the meta table");
			return version;
		}
		catch (final SQLException e) {
			throw new ProjectException(file, "damaged or not a ZAP project: " + e
				.getMessage(), e);
		}
	}

	private static boolean hasWriteAheadLog(final Path file) {
		final Path wal = file.resolveSibling(file.getFileName() + "-wal");
		try {
			return Files.exists(wal) && Files.size(wal) > 0;
		}
		catch (final IOException e) {
			return true; // unknown: leave the verdict to SQLite's own check
		}
	}

	private static int checkVersion(final Path file, final int version,
		final Schema schema) throws ProjectException
	{
		if (version > schema.version()) throw new ProjectException(file,
			"written by a newer ZAP Fiji: schema version " + version +
				", this one reads up to " + schema.version() +
				"; please update ZAP Fiji");
		if (version < 1) throw new ProjectException(file,
			"not a ZAP project: schema version " + version);
		return version;
	}

	private static byte[] magic(final ByteBuffer h, final byte[] into) {
		h.get(0, into);
		return into;
	}

	/** Bytes per page, or -1 if the header's value is not a valid one. */
	private static int pageSize(final int stored) {
		final int size = stored == 1 ? 65536 : stored;
		return size >= 512 && size <= 65536 && Integer.bitCount(size) == 1 ? size
			: -1;
	}
}
