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

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.store.Edit;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

/**
 * {@code Plugins > ZAP > ZAP Import Marks}: the marks of a file in any
 * installed format added to a project as ONE logged batch edit, attributed to
 * {@code annotator}, so one undo takes the whole import back. Nothing is added
 * if any mark's id is already in the project or twice in the file: ids are what
 * merges and comparisons follow, so a clash is reported, not renumbered.
 */
public class ImportMarks extends ZapCommand<String> {

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap) to add the marks to").required();

	public static final Parameter<Path> INPUT = Parameter.file("input",
		"Marks file, or neuroglancer annotation folder").required();

	public static final Parameter<String> FORMAT = Parameter.text("format",
		MarkFormats.AUTO, "Mark format id; auto = from the file extension");

	public static final Parameter<String> ANNOTATOR = Parameter.text("annotator",
		"", "Who the import is attributed to").required();

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PROJECT, INPUT, FORMAT, ANNOTATOR, VoxelSizeKeys.X, VoxelSizeKeys.Y,
		VoxelSizeKeys.Z);

	@Override
	public String title() {
		return "ZAP Import Marks";
	}

	@Override
	public String summary() {
		return "Adds the marks of a file to a project as one logged edit.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public String execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path input = arguments.get(INPUT);
		final String annotator = arguments.get(ANNOTATOR).trim();
		final MarkFormats.Chosen format = MarkFormats.installed().choose(arguments
			.get(FORMAT), FORMAT.key(), input);
		final ProjectStore store = Projects.openToWrite(arguments.get(PROJECT),
			PROJECT.key(), annotator);
		try {
			final VoxelSize voxels = VoxelSizeKeys.statedOr(arguments, store);
			MarkFormatOptions options = MarkFormatOptions.defaults().withAnnotator(
				annotator);
			if (voxels != null) options = options.withVoxelSize(voxels);
			final List<Mark> marks = MarkFormats.read(format, input, INPUT.key(),
				options);
			if (marks.isEmpty()) return input + " holds no marks; nothing imported";
			checkIds(marks, store, input);
			final Edit edit = store.addMarks(marks);
			return "imported " + marks.size() + " marks from " + input + " (" + format
				.id() + ") into " + store.file() + " as edit " + edit.seq() + " by " +
				annotator;
		}
		catch (final ProjectException e) {
			throw new CommandException("Key 'project': " + e.getMessage(), e);
		}
		finally {
			Projects.closeQuietly(store);
		}
	}

	private static void checkIds(final List<Mark> marks, final ProjectStore store,
		final Path input) throws CommandException
	{
		final Set<Long> seen = new HashSet<>();
		for (final Mark m : marks) {
			if (!seen.add(m.id())) throw new CommandException("Key 'input': " +
				input + " holds mark id " + m.id() + " twice; nothing imported.");
			if (store.mark(m.id()).isPresent()) throw new CommandException(
				"Key 'input': mark id " + m.id() + " of " + input + " is already in " +
					store.file() + " (imported before?); nothing imported.");
		}
	}
}
