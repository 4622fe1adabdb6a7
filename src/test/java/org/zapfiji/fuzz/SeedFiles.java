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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Writes valid seed inputs where Jazzer looks for them,
 * {@code src/test/resources/<package>/<Class>Inputs/<method>/}: a fuzzer that
 * starts from real files reaches the deep paths of a reader within seconds.
 * Seeds are generated from the writers (see each fuzz test's {@code main}), so
 * they follow the format as the project writes it.
 */
public final class SeedFiles {

	private SeedFiles() {}

	/**
	 * The seed folder of {@code fuzzTest}'s method {@code method} under
	 * {@code resources} (normally {@code src/test/resources}).
	 */
	public static Path folder(final Path resources, final Class<?> fuzzTest,
		final String method) throws IOException
	{
		final Path folder = resources.resolve(fuzzTest.getPackageName().replace('.',
			'/')).resolve(fuzzTest.getSimpleName() + "Inputs").resolve(method);
		Files.createDirectories(folder);
		return folder;
	}

	/** Writes {@code bytes} as seed {@code name}, replacing an older one. */
	public static void write(final Path folder, final String name,
		final byte[] bytes) throws IOException
	{
		Files.write(folder.resolve(name), bytes);
	}

	/** {@code src/test/resources}, or the first argument of a seed main. */
	public static Path resources(final String[] args) {
		return Paths.get(args.length > 0 ? args[0] : "src/test/resources");
	}

	/** {@code body} followed by one selector byte, read last by the fuzzer. */
	public static byte[] withSelector(final byte[] body, final int selector) {
		final byte[] seed = java.util.Arrays.copyOf(body, body.length + 1);
		seed[body.length] = (byte) selector;
		return seed;
	}
}
