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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.CommandException;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.Calibration;

/**
 * The voxel size of an image named by the {@code image} key: a volume file or
 * folder any installed volume format opens (its header is read, not its
 * voxels), else the title of an image open in ImageJ (in a batch macro, one the
 * macro opened). Only µm calibrations are taken: a voxel size in pixels or
 * inches would put every mark in the wrong place.
 */
final class ImageVoxelSize {

	private static final List<String> MICROMETRES = List.of("\u00b5m", "um",
		"micron", "microns", "micrometer", "micrometre", "\u03bcm");

	private static final String[] AXES = { "x", "y", "z" };

	private ImageVoxelSize() {}

	static VoxelSize of(final String image, final String key)
		throws CommandException
	{
		final Path path = Paths.get(image);
		if (Files.exists(path)) return ofVolume(path, key);
		final ImagePlus open = WindowManager.getImage(image);
		if (open == null) throw new CommandException("Key '" + key + "': '" +
			image + "' is neither a file nor the title of an open image.");
		final Calibration c = open.getCalibration();
		checkUnit(c.getUnit(), image, key);
		return checked(c.pixelWidth, c.pixelHeight, c.pixelDepth, image, key);
	}

	private static VoxelSize ofVolume(final Path path, final String key)
		throws CommandException
	{
		try (Dataset dataset = new VolumeFormats(Extensions.discover(IJ
			.getClassLoader())).open(path))
		{
			final Volume volume = dataset.volumes().get(0);
			final double[] size = new double[3];
			for (int d = 0; d < 3; d++) {
				final int axis = volume.axis(AXES[d]);
				if (axis < 0) throw new CommandException("Key '" + key + "': " + path +
					" has no " + AXES[d] + " axis (axes " + volume.axes() + ").");
				checkUnit(volume.units().get(axis), path.toString(), key);
				size[d] = volume.spacing()[axis];
			}
			return checked(size[0], size[1], size[2], path.toString(), key);
		}
		catch (final IOException e) {
			throw new CommandException("Key '" + key + "': " + e.getMessage(), e);
		}
	}

	private static void checkUnit(final String unit, final String image,
		final String key) throws CommandException
	{
		if (unit == null || !MICROMETRES.contains(unit.toLowerCase(Locale.ROOT)))
			throw new CommandException("Key '" + key + "': " + image +
				" is calibrated in '" + unit +
				"', not µm; state voxel_x, voxel_y, voxel_z instead.");
	}

	private static VoxelSize checked(final double x, final double y,
		final double z, final String image, final String key)
		throws CommandException
	{
		try {
			return VoxelSize.of(x, y, z);
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException("Key '" + key + "': " + image + ": " + e
				.getMessage());
		}
	}
}
