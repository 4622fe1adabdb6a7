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

package org.zapfiji.labels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * SHA-256 of an output for the manifest: of a file's bytes, or of a folder's
 * files (each relative path with '/' and its bytes, in path order), so a Zarr
 * or N5 folder has one checksum that any copy of it reproduces.
 */
final class Checksums {

	private Checksums() {}

	static String sha256(final Path path) throws IOException {
		final MessageDigest digest = digest();
		if (Files.isDirectory(path)) {
			final List<Path> files;
			try (Stream<Path> walk = Files.walk(path)) {
				files = walk.filter(Files::isRegularFile).sorted((a, b) -> relative(
					path, a).compareTo(relative(path, b))).collect(Collectors.toList());
			}
			for (final Path f : files) {
				digest.update(relative(path, f).getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				add(digest, f);
			}
		}
		else add(digest, path);
		final StringBuilder hex = new StringBuilder();
		for (final byte b : digest.digest())
			hex.append(String.format("%02x", b));
		return hex.toString();
	}

	private static String relative(final Path root, final Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	private static void add(final MessageDigest digest, final Path file)
		throws IOException
	{
		final byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(buffer)) > 0)
				digest.update(buffer, 0, n);
		}
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
