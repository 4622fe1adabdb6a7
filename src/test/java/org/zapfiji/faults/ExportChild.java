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

package org.zapfiji.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.zapfiji.plugin.batch.BatchMacroRunner;

/**
 * A macro run by the batch launcher's main ({@link BatchMacroRunner}) in a
 * child JVM, as {@code ./zap-fiji --batch} runs it for a user, optionally under
 * a shell limit.
 */
final class ExportChild {

	private ExportChild() {}

	/** The launcher on {@code macro}, saved as a file in {@code dir}. */
	static ProcessBuilder batch(final Path dir, final String shellPrefix,
		final String macro) throws IOException
	{
		final Path file = Files.createTempFile(dir, "macro", ".ijm");
		Files.writeString(file, macro, StandardCharsets.UTF_8);
		return ChildJvm.underShell(shellPrefix, ChildJvm.javaCommand("256m",
			BatchMacroRunner.class, "--batch", file.toString()));
	}

	/** The names in {@code dir}, hidden ones included, sorted. */
	static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors
				.toList());
		}
	}

	/** Every file under {@code root} with its size, to compare before/after. */
	static List<String> tree(final Path root) throws IOException {
		try (Stream<Path> s = Files.walk(root)) {
			return s.filter(Files::isRegularFile).map(p -> {
				try {
					return root.relativize(p) + " " + Files.size(p) + " " + Files
						.getLastModifiedTime(p).toMillis();
				}
				catch (final IOException e) {
					throw new UncheckedIOException(e);
				}
			}).sorted().collect(Collectors.toList());
		}
	}
}
