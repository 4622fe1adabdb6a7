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

package org.zapfiji.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.zapfiji.io.AtomicFiles;

/**
 * Replaces one file of a dataset atomically, as {@link AtomicFiles} does
 * without forcing, but with fewer system calls per file, because a conversion
 * writes thousands of them: the temporary file is created readable by all
 * (where POSIX permissions exist) rather than changed afterwards, the folder is
 * created only when missing, and a direct buffer is written with no copy in
 * between. A replaced file's permissions are kept.
 */
final class ChunkFiles {

	private static final boolean POSIX = FileSystems.getDefault()
		.supportedFileAttributeViews().contains("posix");

	private static final Set<PosixFilePermission> READABLE = PosixFilePermissions
		.fromString("rw-r--r--");

	private ChunkFiles() {}

	/** Replaces (or creates) {@code target} with the remaining bytes. */
	static void replace(final Path target, final ByteBuffer bytes)
		throws IOException
	{
		final Path temporary = temporaryNextTo(target);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temporary,
				StandardOpenOption.WRITE))
			{
				while (bytes.hasRemaining())
					channel.write(bytes);
			}
			if (POSIX && Files.exists(target)) Files.setPosixFilePermissions(
				temporary, Files.getPosixFilePermissions(target));
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
			}
			catch (final AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
		}
		finally {
			if (!moved) Files.deleteIfExists(temporary);
		}
	}

	private static Path temporaryNextTo(final Path target) throws IOException {
		final Path folder = target.getParent();
		final String prefix = "." + target.getFileName();
		final FileAttribute<?>[] attributes = POSIX ? new FileAttribute<?>[] {
			PosixFilePermissions.asFileAttribute(READABLE) }
			: new FileAttribute<?>[0];
		try {
			return Files.createTempFile(folder, prefix, ".partial", attributes);
		}
		catch (final NoSuchFileException e) {
			Files.createDirectories(folder);
			return Files.createTempFile(folder, prefix, ".partial", attributes);
		}
	}
}
