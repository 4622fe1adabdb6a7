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

package org.zapfiji.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collection;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The one way to run ZAP Fiji's JMH benchmarks:
 * {@code Benchmarks [quick|full] [regex]}.
 * <p>
 * There is nothing to register: JMH's annotation processor lists every
 * {@code @Benchmark} method of the test classes in
 * {@code META-INF/BenchmarkList}, and this runs those whose full name
 * ({@code org.zapfiji.benchmark.Class.method}) contains a match of the regex.
 * JMH reads the first such list on the class path, so
 * {@code target/test-classes} must come first. Forked JVMs inherit this JVM's
 * class path, which {@code java -cp ...} provides.
 * <p>
 * JMH's progress log goes to stderr; stdout gets only the {@link ResultTable}
 * and the path of the JSON results, so a script can keep or compare them.
 */
public final class Benchmarks {

	/** Every benchmark of ours, and nothing a dependency might ship. */
	private static final String ALL = "org\\.zapfiji\\..*Benchmark";

	private static final Path RESULTS = Paths.get("target", "benchmarks",
		"results.json");

	private static final String USAGE =
		"Usage: Benchmarks [quick|full] [regex]\n" + "  " + RunLength.QUICK + "\n" + //
			"  " + RunLength.FULL + ", the default\n" + //
			"  regex: run the benchmarks whose full name contains a match,\n" +
			"         e.g. MacroOptions or 'strictParse$'; default: all";

	private Benchmarks() {}

	public static void main(final String[] args) throws IOException {
		RunLength length = RunLength.FULL;
		String include = ALL;
		for (final String arg : args) {
			final RunLength named = RunLength.named(arg);
			if (named != null) length = named;
			else if (arg.equals("-h") || arg.equals("--help")) exit(0, USAGE);
			else if (arg.startsWith("-")) exit(2, "Unknown option " + arg + "\n" +
				USAGE);
			else include = checkedRegex(arg);
		}
		final Collection<RunResult> results = run(include, length);
		System.out.println();
		System.out.print(ResultTable.format(results));
		System.out.println();
		System.out.println("JSON results: " + RESULTS.toAbsolutePath());
	}

	/** Runs JMH, exiting with a message if nothing matches or a run fails. */
	private static Collection<RunResult> run(final String include,
		final RunLength length) throws IOException
	{
		Files.createDirectories(RESULTS.getParent());
		final Options options = length.applyTo(new OptionsBuilder().include(
			include)) //
			// ImageJ classes must never try to open a window in a fork.
			.jvmArgsAppend("-Djava.awt.headless=true") //
			// A benchmark that throws must fail the run, not leave a row out.
			.shouldFailOnError(true) //
			.result(RESULTS.toString()) //
			.resultFormat(ResultFormatType.JSON) //
			.build();
		final OutputFormat log = OutputFormatFactory.createFormatInstance(
			System.err, VerboseMode.NORMAL);
		System.err.println("Running " + include + ", " + length);
		try {
			return new Runner(options, log).run();
		}
		catch (final NoBenchmarksException e) {
			System.err.println("No benchmark matches '" + include +
				"'. The benchmarks are:");
			new Runner(new OptionsBuilder().include(ALL).build(), log).list();
			exit(1, null);
		}
		catch (final RunnerException e) {
			exit(1, "Benchmarks failed: " + e.getMessage());
		}
		throw new AssertionError("unreachable");
	}

	private static String checkedRegex(final String regex) {
		try {
			Pattern.compile(regex);
			return regex;
		}
		catch (final PatternSyntaxException e) {
			exit(2, "Not a regular expression: " + e.getMessage() + "\n" + USAGE);
			return null;
		}
	}

	/** Ends the JVM; help goes to stdout, errors to stderr. */
	private static void exit(final int status, final String message) {
		if (message != null) (status == 0 ? System.out : System.err).println(
			message);
		System.exit(status);
	}
}
