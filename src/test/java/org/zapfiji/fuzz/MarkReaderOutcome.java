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

package org.zapfiji.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The rule every fuzzer of the mark, activity and macro readers checks: a bad
 * input may only end in an {@link IOException} (our FormatException and
 * MarkFormatException among them) or an {@link IllegalArgumentException},
 * either with a message the user can act on. Anything else that escapes (a
 * NullPointerException, an index out of bounds, a ClassCastException, a bare
 * NumberFormatException from a parse the reader forgot to guard) is a crash in
 * the reader, and Jazzer reports it with the input that caused it.
 */
final class MarkReaderOutcome {

	/** A read of one fuzzed input. */
	interface Read {

		void run() throws Exception;
	}

	private MarkReaderOutcome() {}

	/** Runs {@code read}, letting through only clean, explained failures. */
	static void expectCleanFailure(final Read read) throws Exception {
		expect(read, true);
	}

	/**
	 * Like {@link #expectCleanFailure} for a mark reader given every option it
	 * needs: {@code MarkFormat.read} promises a MarkFormatException naming the
	 * file and place for any bad file, so an IllegalArgumentException (such as a
	 * Mark refusing a position that is not finite) is a crash there.
	 */
	static void expectFormatException(final Read read) throws Exception {
		expect(read, false);
	}

	private static void expect(final Read read,
		final boolean illegalArgumentAllowed) throws Exception
	{
		try {
			read.run();
		}
		catch (final NumberFormatException e) {
			throw new AssertionError("a raw NumberFormatException escaped the " +
				"reader (it should name the file and field): " + e.getMessage(), e);
		}
		catch (final IllegalArgumentException e) {
			if (!illegalArgumentAllowed) throw new AssertionError("an " +
				"IllegalArgumentException escaped instead of a MarkFormatException " +
				"naming the file: " + e.getMessage(), e);
			if (e.getMessage() == null || e.getMessage().isBlank())
				throw new AssertionError("an IllegalArgumentException without a " +
					"message escaped the reader", e);
		}
		catch (final IOException e) {
			if (e.getMessage() == null || e.getMessage().isBlank())
				throw new AssertionError("a " + e.getClass().getSimpleName() +
					" without a message escaped the reader", e);
		}
	}

	/** A fresh temporary folder, deleted when the JVM exits. */
	static Path folderUntilExit(final String prefix) {
		final Path folder = newFolder(prefix);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				delete(folder);
			}
			catch (final IOException e) {
				// a temporary folder left behind is no failure
			}
		}));
		return folder;
	}

	/** A fresh temporary folder for one fuzz class. */
	static Path newFolder(final String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deletes {@code folder} and everything in it. */
	static void delete(final Path folder) throws IOException {
		if (folder == null || !Files.exists(folder)) return;
		Files.walkFileTree(folder, new SimpleFileVisitor<Path>() {

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
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
