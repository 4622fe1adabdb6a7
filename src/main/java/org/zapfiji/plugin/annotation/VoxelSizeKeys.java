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

import java.util.Optional;

import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.Parameter;

/**
 * The keys {@code voxel_x}, {@code voxel_y}, {@code voxel_z} (µm) that every
 * command reading or writing voxel indices shares. All three 0, the default,
 * means "not stated": the project's own voxel size applies, if it has one.
 */
final class VoxelSizeKeys {

	static final String HINT =
		" (state keys voxel_x, voxel_y, voxel_z in µm, or give the project a voxel size)";

	static final Parameter<Double> X = Parameter.number("voxel_x", 0,
		"Voxel size along x; 0 = the project's").withUnit("µm");

	static final Parameter<Double> Y = Parameter.number("voxel_y", 0,
		"Voxel size along y; 0 = the project's").withUnit("µm");

	static final Parameter<Double> Z = Parameter.number("voxel_z", 0,
		"Voxel size along z; 0 = the project's").withUnit("µm");

	private VoxelSizeKeys() {}

	/**
	 * The voxel size the keys state, or null if all three are 0.
	 *
	 * @throws CommandException if some but not all are stated, or one is negative
	 */
	static VoxelSize stated(final Arguments arguments) throws CommandException {
		final double x = arguments.get(X);
		final double y = arguments.get(Y);
		final double z = arguments.get(Z);
		if (x == 0 && y == 0 && z == 0) return null;
		if (!(x > 0 && y > 0 && z > 0)) throw new CommandException(
			"Keys voxel_x, voxel_y, voxel_z: state all three as positive µm, or none; found " +
				x + ", " + y + ", " + z + ".");
		return VoxelSize.of(x, y, z);
	}

	/** The stated voxel size, else the project's, else null. */
	static VoxelSize statedOr(final Arguments arguments,
		final ProjectStore project) throws CommandException
	{
		final VoxelSize stated = stated(arguments);
		if (stated != null) return stated;
		try {
			final Optional<double[]> own = project.voxelSize();
			return own.isPresent() ? VoxelSize.of(own.get()[0], own.get()[1], own
				.get()[2]) : null;
		}
		catch (final ProjectException | IllegalArgumentException e) {
			throw new CommandException(project.file() +
				": cannot read its voxel size: " + e.getMessage(), e);
		}
	}
}
