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
import java.util.List;
import java.util.stream.Collectors;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

/**
 * {@code Plugins > ZAP > ZAP Export Marks}: a project's marks, filtered by
 * review status, written in any installed format. The format writes atomically
 * (a reader sees the old file or the new one); an existing output is replaced
 * only with {@code overwrite}.
 */
public class ExportMarks extends ZapCommand<String> {

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap) to export").required();

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"Marks file (or neuroglancer folder) to write").required();

	public static final Parameter<String> FORMAT = Parameter.text("format",
		MarkFormats.AUTO, "Mark format id; auto = from the output extension");

	public static final Parameter<String> STATUS = Parameter.text("status",
		StatusFilter.ALL, "all, or statuses joined by '+' (accepted+unreviewed)");

	public static final Parameter<Boolean> OVERWRITE = Parameter.flag("overwrite",
		false, "Replace an existing output");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PROJECT, OUTPUT, FORMAT, STATUS, OVERWRITE, VoxelSizeKeys.X,
		VoxelSizeKeys.Y, VoxelSizeKeys.Z);

	@Override
	public String title() {
		return "ZAP Export Marks";
	}

	@Override
	public String summary() {
		return "Writes a project's marks in another tool's format.";
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
		final MarkFormats.Chosen format = MarkFormats.installed().choose(arguments
			.get(FORMAT), FORMAT.key(), output);
		final StatusFilter filter = StatusFilter.parse(arguments.get(STATUS), STATUS
			.key());
		CsvTable.checkNew(output, OUTPUT.key(), arguments.get(OVERWRITE));
		final ProjectStore store = Projects.openToRead(arguments.get(PROJECT),
			PROJECT.key());
		try {
			final VoxelSize voxels = VoxelSizeKeys.statedOr(arguments, store);
			MarkFormatOptions options = MarkFormatOptions.defaults();
			if (voxels != null) options = options.withVoxelSize(voxels);
			final List<Mark> marks = store.marks().stream().filter(filter).collect(
				Collectors.toList());
			MarkFormats.write(format, output, OUTPUT.key(), marks, options);
			return "wrote " + marks.size() + " of " + store.markCount() +
				" marks (status " + arguments.get(STATUS) + ") of " + store.file() +
				" to " + output + " (" + format.id() + ")";
		}
		finally {
			Projects.closeQuietly(store);
		}
	}
}
