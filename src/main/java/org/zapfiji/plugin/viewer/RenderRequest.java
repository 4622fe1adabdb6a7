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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.transform.ViewSpec;

/**
 * What {@code ZAP Render View} was asked for, checked before any file is
 * opened: a typo in the last key of a long batch fails at once, names the key
 * and writes nothing. Public so that commands which render other sources with
 * the same view keys ({@code ZAP Render Forecast}) read them the same way.
 */
public final class RenderRequest {

	/** Largest image side; a 16384² ARGB frame already takes 1 GiB. */
	static final int LARGEST = 16384;

	public final Path output;

	public final int width;

	public final int height;

	public final ViewSpec spec;

	public final Interpolation interpolation;

	/** Null where the range is to be estimated from the view. */
	public final Double min, max;

	private final long time;

	private RenderRequest(final Arguments arguments, final boolean movie)
		throws CommandException
	{
		output = arguments.get(RenderView.OUTPUT);
		if (!ScreenshotFiles.isSupported(output) && !(movie && isAvi(output)))
			throw new CommandException("Key 'output' must end in .png, .tif" + (movie
				? ", .tiff or .avi" : " or .tiff") + ", was '" + output + "'.");
		width = size(arguments, RenderView.WIDTH);
		height = size(arguments, RenderView.HEIGHT);
		min = number(arguments, RenderView.MIN);
		max = number(arguments, RenderView.MAX);
		if (min != null && max != null && !(max > min)) throw new CommandException(
			"Key 'max' (" + max + ") must be above key 'min' (" + min + ").");
		try {
			spec = ViewSpec.parse(arguments.get(RenderView.PLANE), arguments.get(
				RenderView.CENTER), arguments.get(RenderView.ZOOM));
		}
		catch (final IllegalArgumentException e) {
			throw new CommandException(e.getMessage());
		}
		interpolation = Interpolation.valueOf(arguments.get(
			RenderView.INTERPOLATION).toUpperCase(Locale.ROOT));
		time = arguments.get(RenderView.TIME);
	}

	/**
	 * @throws CommandException naming the first key whose value cannot be used
	 */
	public static RenderRequest of(final Arguments arguments)
		throws CommandException
	{
		return new RenderRequest(arguments, false);
	}

	/** The same keys for a series of frames, which may also go to an AVI. */
	public static RenderRequest ofSeries(final Arguments arguments)
		throws CommandException
	{
		return new RenderRequest(arguments, true);
	}

	/** Whether {@code path} names an AVI movie (any case). */
	public static boolean isAvi(final Path path) {
		final Path name = path.getFileName();
		return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(
			".avi");
	}

	/**
	 * The time point, checked against the sources: the most time points of any
	 * source, as the viewer's time slider offers.
	 */
	public int time(final List<ViewerSource> sources) throws CommandException {
		int frames = 1;
		for (final ViewerSource s : sources)
			frames = Math.max(frames, s.numTimepoints());
		if (time < 0 || time >= frames) throw new CommandException("Key 'time' " +
			"must be 0.." + (frames - 1) + " (the sources have " + frames +
			" time point(s)), was " + time + ".");
		return (int) time;
	}

	private static int size(final Arguments arguments, final Parameter<Long> key)
		throws CommandException
	{
		final long value = arguments.get(key);
		if (value < 1 || value > LARGEST) throw new CommandException("Key '" + key
			.key() + "' must be 1.." + LARGEST + " pixels, was " + value + ".");
		return (int) value;
	}

	private static Double number(final Arguments arguments,
		final Parameter<String> key) throws CommandException
	{
		final String text = arguments.get(key).trim();
		if (text.isEmpty()) return null;
		try {
			final double value = Double.parseDouble(text);
			if (Double.isFinite(value)) return value;
		}
		catch (final NumberFormatException e) {
			// reported below
		}
		throw new CommandException("Key '" + key.key() + "' expects a number, " +
			"or nothing to estimate it from the view; found '" + text + "'.");
	}
}
