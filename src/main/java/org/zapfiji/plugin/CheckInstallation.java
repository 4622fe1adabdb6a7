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

package org.zapfiji.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.google.gson.GsonBuilder;

import org.zapfiji.data.CacheLimit;
import org.zapfiji.io.AtomicFiles;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Check Installation}: reports versions, memory, the
 * chunk cache limit, the libraries and the extensions found, optionally as a
 * JSON file; fails when a required library is missing, so a pipeline can check
 * a Fiji installation before a long batch.
 */
public class CheckInstallation extends ZapCommand<InstallationReport> {

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"JSON file to write the report to; empty for the Log window only");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		OUTPUT);

	@Override
	public String title() {
		return "ZAP Check Installation";
	}

	@Override
	public String summary() {
		return "Versions, memory, cache limit, libraries and extensions of ZAP Fiji.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public InstallationReport execute(final Arguments arguments,
		final Progress progress) throws CommandException
	{
		// ImageJ's plugin class loader also sees jars dropped into the plugins
		// folder.
		final ClassLoader loader = IJ.getClassLoader();
		final CacheLimit cache = SessionCache.limit();
		final InstallationReport report = new InstallationReport(cache, Extensions
			.discover(loader), loader);
		final Path output = arguments.get(OUTPUT);
		if (output != null) write(report, output);
		if (!report.problems.isEmpty()) throw new CommandException(String.join(" ",
			report.problems));
		return report;
	}

	@Override
	protected void report(final InstallationReport report) {
		report.lines().forEach(IJ::log);
	}

	private static void write(final InstallationReport report, final Path output)
		throws CommandException
	{
		final String json = new GsonBuilder().setPrettyPrinting().serializeNulls()
			.create().toJson(report);
		try {
			AtomicFiles.write(output, json.getBytes(StandardCharsets.UTF_8));
		}
		catch (final IOException e) {
			throw new CommandException("Cannot write the report to " + output
				.toAbsolutePath() + ": " + e.getMessage(), e);
		}
	}
}
