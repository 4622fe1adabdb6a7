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

package org.zapfiji.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files so that a reader sees either the old content or the new one,
 * never half of it: the bytes go to a temporary file next to the target, are
 * forced to disk (unless the caller opts out), and then replace the target in
 * one rename.
 */
public final class AtomicFiles {

	private AtomicFiles() {}

	/**
	 * Replaces (or creates) {@code target} with {@code content}, atomically and
	 * durably: the bytes are on disk before the rename.
	 */
	public static void write(final Path target, final byte[] content)
		throws IOException
	{
		write(target, content, true);
	}

	/**
	 * Replaces (or creates) {@code target} with {@code content}, atomically.
	 *
	 * @param durable whether to force the bytes to disk before the rename. A
	 *          reader never sees half a file either way; without forcing, a power
	 *          cut (not a crash of the program) may lose the newest files.
	 *          Datasets written chunk by chunk skip it: one forced write per
	 *          chunk made a TIFF-to-Zarr conversion several times slower.
	 */
	public static void write(final Path target, final byte[] content,
		final boolean durable) throws IOException
	{
		final Path absolute = target.toAbsolutePath();
		final Path folder = absolute.getParent();
		if (folder != null) Files.createDirectories(folder);
		final Path temporary = Files.createTempFile(folder, "." + absolute
			.getFileName(), ".partial");
		try {
			try (FileChannel channel = FileChannel.open(temporary,
				StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING))
			{
				final ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining())
					channel.write(buffer);
				if (durable) channel.force(true);
			}
			keepPermissions(temporary, absolute);
			moveIntoPlace(temporary, absolute);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** Writes a whole file at a path it is given. */
	public interface FileWriter {

		void write(Path file) throws IOException;
	}

	/**
	 * Replaces (or creates) {@code target} with what {@code writer} writes, for
	 * writers that want a path rather than bytes (ImageJ's AVI writer): into a
	 * hidden sibling first, renamed into place only once the writer returned, so
	 * a failed or killed write leaves the old file, or none.
	 */
	public static void write(final Path target, final FileWriter writer)
		throws IOException
	{
		final Path absolute = target.toAbsolutePath();
		final Path folder = absolute.getParent();
		if (folder != null) Files.createDirectories(folder);
		final Path temporary = Files.createTempFile(folder, "." + absolute
			.getFileName(), ".partial");
		try {
			writer.write(temporary);
			keepPermissions(temporary, absolute);
			moveIntoPlace(temporary, absolute);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void moveIntoPlace(final Path temporary, final Path target)
		throws IOException
	{
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * A temporary file is readable by its owner only; the saved file should keep
	 * the permissions of the file it replaces, or else be readable by all like
	 * any file a user saves.
	 */
	private static void keepPermissions(final Path temporary, final Path target)
		throws IOException
	{
		final PosixFileAttributeView view = Files.getFileAttributeView(temporary,
			PosixFileAttributeView.class);
		if (view == null) return;
		view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(
			target) : PosixFilePermissions.fromString("rw-r--r--"));
	}
}
