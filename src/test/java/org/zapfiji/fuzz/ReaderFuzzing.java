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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;

/**
 * What every reader fuzz test shares: the budget of the normal test run, a
 * scratch copy of a valid fixture to damage, and the one rule that turns a
 * fuzzed input into a finding: a reader may refuse bad input only with an
 * {@link IOException} (a {@link org.zapfiji.data.FormatException} naming the
 * file) or an {@link IllegalArgumentException}, and either must say why.
 * Anything else that escapes (NullPointerException, index out of bounds,
 * OutOfMemoryError, a hang caught by the per-input timeout) is a bug in the
 * reader, and Jazzer stores the input under
 * {@code src/test/resources/<package>/<Class>Inputs/<method>/} where it stays
 * as a regression seed.
 */
public final class ReaderFuzzing {

	/**
	 * Fuzzing time of each fuzz test in the normal test run ({@code mvn verify});
	 * {@code ./zap-fiji fuzz <seconds>} overrides it for long runs.
	 */
	public static final String BUDGET = "8s";

	/** A reader call that may throw anything. */
	public interface ReaderCall {

		void run() throws Exception;
	}

	private ReaderFuzzing() {}

	/**
	 * Runs {@code call}; returns normally if it succeeds or refuses its input the
	 * documented way, throws anything else on to Jazzer.
	 */
	public static void expectOnlyRefusals(final ReaderCall call)
		throws Exception
	{
		try {
			call.run();
		}
		catch (final UncheckedIOException e) {
			requireMessage(e.getCause());
		}
		catch (final IOException | IllegalArgumentException e) {
			requireMessage(e);
		}
	}

	private static void requireMessage(final Throwable e) {
		if (e.getMessage() == null || e.getMessage().isBlank())
			throw new AssertionError("refused without saying why: " + e, e);
	}

	/**
	 * Reads the first and the last chunk of {@code array}: enough to drive every
	 * header and codec path without reading a fuzzed shape's worth of chunks.
	 */
	public static void readCorners(final ChunkedArray array) throws IOException {
		final ArrayMetadata m = array.metadata();
		final long[] grid = m.gridShape();
		for (final long g : grid)
			if (g <= 0) return;
		array.readChunk(new long[grid.length]);
		final long[] last = new long[grid.length];
		for (int d = 0; d < grid.length; d++)
			last[d] = grid[d] - 1;
		array.readChunk(last);
	}

	/** {@link #readCorners} of every level of every volume, then closes. */
	public static void readCorners(final Dataset dataset) throws IOException {
		try (Dataset d = dataset) {
			for (final Volume v : d.volumes())
				for (int level = 0; level < v.numLevels(); level++)
					readCorners(v.level(level));
		}
	}

	/**
	 * An empty folder {@code name} in this JVM's scratch space, emptied on each
	 * call (one fuzz test runs per JVM, one input at a time).
	 */
	public static Path emptyFolder(final String name) throws IOException {
		final Path folder = scratch().resolve(name);
		deleteTree(folder);
		Files.createDirectories(folder);
		return folder;
	}

	private static final Map<Path, byte[]> ORIGINALS = new HashMap<>();

	/**
	 * Runs {@code call} with {@code file} of a fixture holding {@code bytes}
	 * instead of its valid content, under {@link #expectOnlyRefusals}, then puts
	 * the valid content back. Damaging one file in place is what keeps a fuzzer
	 * fast: copying a whole fixture per input costs ~50 ms, replacing a file well
	 * under one.
	 */
	public static void withReplaced(final Path file, final byte[] bytes,
		final ReaderCall call) throws Exception
	{
		final byte[] original;
		synchronized (ORIGINALS) {
			byte[] o = ORIGINALS.get(file);
			if (o == null) {
				o = Files.readAllBytes(file);
				ORIGINALS.put(file, o);
			}
			original = o;
		}
		Files.write(file, bytes);
		try {
			expectOnlyRefusals(call);
		}
		finally {
			Files.write(file, original);
		}
	}

	private static Path scratch;

	private static synchronized Path scratch() throws IOException {
		if (scratch == null) {
			scratch = Files.createTempDirectory("zapfiji-fuzz");
			final Path s = scratch;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					deleteTree(s);
				}
				catch (final IOException e) {
					// a temp folder left behind is harmless
				}
			}));
		}
		return scratch;
	}

	/** Deletes {@code root} and everything in it, if it exists. */
	public static void deleteTree(final Path root) throws IOException {
		if (!Files.exists(root)) return;
		try (Stream<Path> files = Files.walk(root)) {
			for (final Path f : (Iterable<Path>) files.sorted(Comparator
				.reverseOrder())::iterator)
				Files.delete(f);
		}
	}
}
