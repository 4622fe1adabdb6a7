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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's own {@code /usr/bin/python3} with its packaged readers (zarr v2,
 * numcodecs, h5py, tifffile, scipy): an implementation independent of ours that
 * checks the files we write and writes files for us to read.
 * <p>
 * Tests that need it are skipped, and say why, where Python or a module is
 * missing; CI installs them (see {@code .ci/run}).
 */
public final class DebianPython {

	private static final Path PYTHON = Paths.get("/usr/bin/python3");

	private DebianPython() {}

	/** Skips the calling test unless every module imports. */
	public static void assumeModules(final String... modules) {
		Assumptions.assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON);
		for (final String module : modules)
			Assumptions.assumeTrue(run("import " + module).status == 0,
				"Debian's python3 lacks " + module + " (apt-get install python3-" +
					module + ")");
	}

	/** What a script printed, and its exit status. */
	public static final class Result {

		public final int status;

		public final String out;

		public final String err;

		Result(final int status, final String out, final String err) {
			this.status = status;
			this.out = out;
			this.err = err;
		}

		/** Standard output, or an assertion error showing both streams. */
		public String expectSuccess() {
			if (status != 0) throw new AssertionError("python3 failed (" + status +
				"):\n" + err + "\n" + out);
			return out;
		}
	}

	/** Runs {@code script} with the given {@code sys.argv[1:]}. */
	public static Result run(final String script, final String... arguments) {
		try {
			final Path file = Files.createTempFile("zap-check", ".py");
			Files.writeString(file, script, StandardCharsets.UTF_8);
			final List<String> command = new ArrayList<>(List.of(PYTHON.toString(),
				file.toString()));
			command.addAll(List.of(arguments));
			final Path out = Files.createTempFile("zap-check", ".out");
			final Path err = Files.createTempFile("zap-check", ".err");
			final Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
				.redirectError(err.toFile()).start();
			if (!p.waitFor(5, TimeUnit.MINUTES)) {
				p.destroyForcibly();
				throw new AssertionError("python3 did not finish within 5 minutes");
			}
			final Result result = new Result(p.exitValue(), Files.readString(out),
				Files.readString(err));
			Files.delete(file);
			Files.delete(out);
			Files.delete(err);
			return result;
		}
		catch (final IOException e) {
			return new Result(127, "", e.toString());
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}
}
