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

import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;

/**
 * {@code Plugins > ZAP > ZAP New Project}: an empty annotation project file,
 * optionally with its voxel size (stated, or taken from an image) so that later
 * imports and exports in voxels need not repeat it. An existing file is never
 * replaced, whatever it holds.
 */
public class NewProject extends ZapCommand<String> {

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file to create (.zap); never overwritten").required();

	public static final Parameter<String> NAME = Parameter.text("name", "",
		"Project name; empty = the file name");

	public static final Parameter<String> IMAGE = Parameter.text("image", "",
		"Take the voxel size from this volume file or open image title");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PROJECT, NAME, VoxelSizeKeys.X, VoxelSizeKeys.Y, VoxelSizeKeys.Z, IMAGE);

	@Override
	public String title() {
		return "ZAP New Project";
	}

	@Override
	public String summary() {
		return "Creates an empty annotation project file.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public String execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path file = arguments.get(PROJECT);
		if (!Projects.isProject(file)) throw new CommandException(
			"Key 'project': " + file + " must end in " + Projects.EXTENSION + ".");
		if (Files.exists(file)) throw new CommandException("Key 'project': " +
			file + " exists; a new project never replaces a file.");
		final VoxelSize voxels = voxelSize(arguments);
		final String name = arguments.get(NAME).isBlank() ? stem(file) : arguments
			.get(NAME);
		try {
			ProjectStore.create(file, name);
			if (voxels == null) return "created " + file + " (no voxel size)";
			try (ProjectStore store = ProjectStore.open(file, Projects.reader())) {
				store.setVoxelSize(voxels.x(), voxels.y(), voxels.z());
			}
			return "created " + file + ", voxel size " + voxels;
		}
		catch (final ProjectException e) {
			throw new CommandException("Key 'project': " + e.getMessage(), e);
		}
	}

	private static VoxelSize voxelSize(final Arguments arguments)
		throws CommandException
	{
		final VoxelSize stated = VoxelSizeKeys.stated(arguments);
		final String image = arguments.get(IMAGE);
		if (image.isBlank()) return stated;
		if (stated != null) throw new CommandException(
			"Keys 'image' and voxel_x, voxel_y, voxel_z both give a voxel size; keep one.");
		return ImageVoxelSize.of(image, IMAGE.key());
	}

	private static String stem(final Path file) {
		final String name = file.getFileName().toString();
		return name.substring(0, name.length() - Projects.EXTENSION.length());
	}
}
