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

package org.zapfiji.annotation.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a folder of many files so that readers see the old folder or the new
 * one, never a mix: files go to a hidden sibling, which replaces the target
 * only when complete. Syncing each of 70,000 small files, as
 * {@link org.zapfiji.io.AtomicFiles} does for one, would take minutes; one
 * rename is enough here.
 * <p>
 * An existing target is replaced only if it is empty or holds an {@code info}
 * file (an earlier export); anything else is refused, so a typo in a path
 * cannot delete someone's data.
 */
final class FolderSwap {

	private final Path target;

	private final Path partial;

	private final Set<Path> made = new HashSet<>();

	private FolderSwap(final Path target, final Path partial) {
		this.target = target;
		this.partial = partial;
	}

	static FolderSwap start(final Path target) throws IOException {
		final Path absolute = target.toAbsolutePath().normalize();
		if (Files.exists(absolute) && !replaceable(absolute)) throw new IOException(
			absolute + ": expected a new folder, an empty one or an earlier " +
				"neuroglancer export (with an info file); found something else, " +
				"left untouched");
		final Path parent = absolute.getParent();
		Files.createDirectories(parent);
		final Path partial = parent.resolve("." + absolute.getFileName() +
			".partial-" + UUID.randomUUID());
		Files.createDirectory(partial);
		return new FolderSwap(absolute, partial);
	}

	private static boolean replaceable(final Path folder) throws IOException {
		if (!Files.isDirectory(folder)) return false;
		if (Files.isRegularFile(folder.resolve("info"))) return true;
		try (var entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		}
	}

	/** A path inside the new folder; its parent folders are made. */
	Path resolve(final String relative) throws IOException {
		final Path p = partial.resolve(relative);
		final Path parent = p.getParent();
		if (made.add(parent)) Files.createDirectories(parent);
		return p;
	}

	/** Puts the new folder in place of the target. */
	void commit() throws IOException {
		Path old = null;
		if (Files.exists(target)) {
			old = target.resolveSibling("." + target.getFileName() + ".old-" + UUID
				.randomUUID());
			Files.move(target, old);
		}
		try {
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (final AtomicMoveNotSupportedException e) {
			Files.move(partial, target);
		}
		if (old != null) delete(old);
	}

	/** Removes the new folder if it was not committed. */
	void cleanUp() throws IOException {
		if (Files.exists(partial)) delete(partial);
	}

	private static void delete(final Path folder) throws IOException {
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(final Path file,
				final BasicFileAttributes attrs) throws IOException
			{
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(final Path dir,
				final IOException e) throws IOException
			{
				if (e != null) throw e;
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
