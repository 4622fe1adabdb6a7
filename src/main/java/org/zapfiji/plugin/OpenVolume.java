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
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.plugin.imagej.VolumeImages;
import org.zapfiji.task.Progress;

import ij.IJ;
import ij.ImagePlus;

/**
 * {@code Plugins > ZAP > ZAP Open Volume}: any Zarr, N5, BigDataViewer or TIFF
 * volume as a virtual hyperstack in ImageJ. Planes are read on demand through
 * the session's chunk cache, so a whole-brain recording opens at once. In a
 * batch macro the image becomes the macro's current image.
 */
public class OpenVolume extends ZapCommand<ImagePlus> {

	public static final Parameter<Path> INPUT = Parameter.file("input",
		"Zarr or N5 folder, BigDataViewer XML, or TIFF file").required();

	public static final Parameter<Long> VOLUME = Parameter.integer("volume", 0,
		"Which volume of the dataset (BigDataViewer setup), from 0");

	public static final Parameter<Long> LEVEL = Parameter.integer("level", 0,
		"Resolution level, 0 = full resolution");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		INPUT, VOLUME, LEVEL);

	@Override
	public String title() {
		return "ZAP Open Volume";
	}

	@Override
	public String summary() {
		return "Opens a Zarr, N5, BigDataViewer or TIFF volume as a virtual hyperstack.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public ImagePlus execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Path input = arguments.get(INPUT);
		try {
			final Dataset dataset = new VolumeFormats(Extensions.discover(IJ
				.getClassLoader())).open(input);
			final List<Volume> volumes = dataset.volumes();
			final long index = arguments.get(VOLUME);
			if (index < 0 || index >= volumes.size()) throw new CommandException(
				input + " holds " + volumes.size() +
					" volume(s); key 'volume' must be 0.." + (volumes.size() - 1) +
					", was " + index);
			final Volume volume = volumes.get((int) index);
			final long level = arguments.get(LEVEL);
			if (level < 0 || level >= volume.numLevels()) throw new CommandException(
				input + ": volume " + index + " has levels 0.." + (volume.numLevels() -
					1) + "; key 'level' was " + level);
			return VolumeImages.virtualHyperstack(volume.atLevel((int) level),
				SessionCache.get());
		}
		catch (final IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	@Override
	protected void report(final ImagePlus image) {
		image.show();
	}
}
