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

package org.zapfiji.plugin.annotation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectMerge;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

/**
 * {@code Plugins > ZAP > ZAP Merge Projects}: two annotators' projects merged
 * into a new project, both sources untouched. What needs no decision is merged
 * as one logged edit; every id conflict, probable duplicate and region conflict
 * is listed in the {@code conflicts} CSV (columns in {@link MergeTables}),
 * which is written even when empty so a batch can always check it.
 */
public class MergeProjects extends ZapCommand<String> {

	public static final Parameter<Path> FIRST = Parameter.file("first",
		"First project (.zap)").required();

	public static final Parameter<Path> SECOND = Parameter.file("second",
		"Second project (.zap)").required();

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"New project (.zap) for the merge; never overwritten").required();

	public static final Parameter<String> ANNOTATOR = Parameter.text("annotator",
		"", "Who the merge is attributed to").required();

	public static final Parameter<Double> DISTANCE = Parameter.number("distance",
		3, "Marks with different ids closer than this are probable duplicates")
		.withUnit("µm");

	public static final Parameter<Path> CONFLICTS = Parameter.file("conflicts",
		"CSV of conflicts; empty = <output name>_conflicts.csv beside the output");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		FIRST, SECOND, OUTPUT, ANNOTATOR, DISTANCE, CONFLICTS);

	@Override
	public String title() {
		return "ZAP Merge Projects";
	}

	@Override
	public String summary() {
		return "Merges two projects into a new one, listing every conflict.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public String execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path output = arguments.get(OUTPUT);
		final Path conflicts = arguments.has(CONFLICTS) ? arguments.get(CONFLICTS)
			: conflictsFile(output);
		checkInputs(arguments, output, conflicts);
		final ProjectMerge.Report report;
		try {
			report = ProjectMerge.merge(arguments.get(FIRST), arguments.get(SECOND),
				output, arguments.get(ANNOTATOR).trim(), arguments.get(DISTANCE));
		}
		catch (final ProjectException | IllegalArgumentException e) {
			throw new CommandException("Merge into " + output + " failed: " + e
				.getMessage(), e);
		}
		MergeTables.conflicts(report).write(conflicts, CONFLICTS.key());
		return report.summary() + "; conflicts listed in " + conflicts;
	}

	private static void checkInputs(final Arguments arguments, final Path output,
		final Path conflicts) throws CommandException
	{
		for (final Parameter<Path> key : new Parameter[] { FIRST, SECOND })
			if (!Files.isRegularFile(arguments.get(key))) throw new CommandException(
				"Key '" + key.key() + "': no such project file: " + arguments.get(key));
		if (!Projects.isProject(output)) throw new CommandException(
			"Key 'output': " + output + " must end in " + Projects.EXTENSION + ".");
		if (Files.exists(output)) throw new CommandException("Key 'output': " +
			output + " exists; a merge never replaces a file.");
		if (Files.exists(conflicts)) throw new CommandException(
			"Key 'conflicts': " + conflicts + " exists; name another file.");
		if (!(arguments.get(DISTANCE) > 0)) throw new CommandException(
			"Key 'distance' must be positive (µm), found " + arguments.get(DISTANCE) +
				".");
	}

	/** {@code merged.zap} → {@code merged_conflicts.csv}, beside it. */
	public static Path conflictsFile(final Path output) {
		final String name = output.getFileName().toString();
		final String stem = name.endsWith(Projects.EXTENSION) ? name.substring(0,
			name.length() - Projects.EXTENSION.length()) : name;
		return output.resolveSibling(stem + "_conflicts.csv");
	}
}
