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

package org.zapfiji.plugin.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.ViewSpec;

import ij.IJ;
import ij.WindowManager;

/**
 * {@code Plugins > ZAP > ZAP Render View}: one view of one or more volumes,
 * described by plane, centre and zoom ({@link ViewSpec}), rendered to a PNG or
 * TIFF without any window, so figures can be made in a headless batch. It draws
 * with the viewer window's renderer, loading every block first, so the file
 * shows what a window in the same state shows once loaded.
 */
public class RenderView extends ZapCommand<RenderedView> {

	public static final Parameter<String> INPUT = Parameter.text("input", "",
		"Zarr/N5 folder, BigDataViewer XML or TIFF; several separated by ';'; " +
			"empty = the current image");

	public static final Parameter<Long> VOLUME = Parameter.integer("volume",
		ViewerSources.ALL_VOLUMES,
		"Which volume of each dataset, from 0; -1 = all");

	public static final Parameter<Path> OUTPUT = Parameter.file("output",
		"PNG or TIFF file to write (.png, .tif, .tiff)").required();

	public static final Parameter<Long> WIDTH = Parameter.integer("width", 1024,
		"Image width").withUnit("pixels");

	public static final Parameter<Long> HEIGHT = Parameter.integer("height", 768,
		"Image height").withUnit("pixels");

	public static final Parameter<Long> TIME = Parameter.integer("time", 0,
		"Time point (frame index), from 0");

	public static final Parameter<String> CENTER = Parameter.text("center", "",
		"x,y,z shown at the image centre; empty = middle of the sources").withUnit(
			"µm");

	public static final Parameter<String> PLANE = Parameter.text("plane", "xy",
		"xy, xz or yz, optionally rotated, e.g. 'xy rotate x 30 y -15'");

	public static final Parameter<Double> ZOOM = Parameter.number("zoom", 0,
		"Screen pixels per voxel (1 = 100 %); 0 = fit the sources");

	public static final Parameter<String> INTERPOLATION = Parameter.choice(
		"interpolation", "nearest", List.of("nearest", "trilinear"),
		"Sampling between voxels");

	public static final Parameter<String> MIN = Parameter.text("min", "",
		"Value drawn black; empty = estimated from the view");

	public static final Parameter<String> MAX = Parameter.text("max", "",
		"Value drawn in full colour; empty = estimated from the view");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		INPUT, VOLUME, OUTPUT, WIDTH, HEIGHT, TIME, CENTER, PLANE, ZOOM,
		INTERPOLATION, MIN, MAX);

	@Override
	public String title() {
		return "ZAP Render View";
	}

	@Override
	public String summary() {
		return "Renders a view of volumes to a PNG or TIFF file, without a window.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public RenderedView execute(final Arguments arguments,
		final Progress progress) throws CommandException
	{
		final RenderRequest request = RenderRequest.of(arguments);
		try (ViewerSources opened = ViewerSources.open(arguments.get(INPUT),
			arguments.get(VOLUME), WindowManager.getCurrentImage(), new VolumeFormats(
				Extensions.discover(IJ.getClassLoader())), SessionCache.get());
				ViewRenderer renderer = ViewRenderer.forAllCores())
		{
			final List<ViewerSource> sources = opened.sources();
			final int time = request.time(sources);
			final int w = request.width, h = request.height;
			final Affine3D view = request.spec.transform(ViewerStates.bounds(sources),
				ViewerStates.voxelWidth(sources.get(0)), w, h);
			progress.status("rendering " + opened.title());
			final ViewerSnapshot snapshot = ViewSnapshots.of(sources, view, time,
				request.interpolation, request.min, request.max, w, h);
			final int[] argb = new int[w * h];
			final long nanos = renderer.render(snapshot, w, h, argb, true).nanos();
			ScreenshotFiles.write(request.output, argb, w, h, 1 / view.scale(),
				sources.get(0).spaceUnit());
			return new RenderedView(request.output, snapshot, w, h, nanos);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot render to " + request.output + ": " + e
				.getMessage(), e);
		}
	}

	@Override
	protected void report(final RenderedView rendered) {
		IJ.log(title() + ": wrote " + rendered.summary());
	}
}
