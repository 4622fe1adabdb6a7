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

package org.zapfiji.plugin.refine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scijava.plugin.PluginInfo;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.refine.Refinement;
import org.zapfiji.refine.Refiner;
import org.zapfiji.refine.Snapper;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

import ij.IJ;

/**
 * {@code Plugins > ZAP > ZAP Refine Marks}: snaps a project's marks again on an
 * image, e.g. after a better registration or with another method. Each mark is
 * snapped from its raw click, which is kept, so refining twice does not drift;
 * a mark whose neighbourhood holds nothing to snap to stays where it is. Every
 * moved mark is one logged edit by the given annotator, so each can be undone,
 * and a cancelled run keeps the marks refined so far.
 */
public class RefineMarks extends ZapCommand<RefineMarks.Result> {

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap)").required();

	public static final Parameter<Path> IMAGE = Parameter.file("image",
		"The volume the marks lie on: Zarr, N5, BigDataViewer XML or TIFF")
		.required();

	public static final Parameter<String> METHOD = Parameter.text("method",
		"local_maximum", "Refiner: local_maximum, centroid, gaussian, or another " +
			"installed one");

	public static final Parameter<Double> RADIUS = Parameter.number("radius", 0,
		"Search radius; 0 uses each mark's own radius").withUnit("µm");

	public static final Parameter<Double> SMOOTHING = Parameter.number(
		"smoothing", 0, "Gaussian sigma applied before snapping; 0 for none")
		.withUnit("µm");

	public static final Parameter<String> STATUS = Parameter.choice("status",
		"all", statuses(), "Which marks to refine");

	public static final Parameter<Long> TIME = Parameter.integer("time", 0,
		"Time point for marks without a frame of their own");

	public static final Parameter<String> ANNOTATOR = Parameter.text("annotator",
		System.getProperty("user.name", "unknown"), "Who the edits are logged for");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		PROJECT, IMAGE, METHOD, RADIUS, SMOOTHING, STATUS, TIME, ANNOTATOR);

	/** What a run did. */
	public static final class Result {

		public final int refined;

		public final int notFound;

		public final double meanShift;

		Result(final int refined, final int notFound, final double meanShift) {
			this.refined = refined;
			this.notFound = notFound;
			this.meanShift = meanShift;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
				"%d marks refined (mean shift %.3f µm), %d left where they were " +
					"(nothing to snap to)", refined, meanShift, notFound);
		}
	}

	@Override
	public String title() {
		return "ZAP Refine Marks";
	}

	@Override
	public String summary() {
		return "Snaps a project's marks again on an image, from their raw clicks.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public Result execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final Refiner refiner = refiner(arguments.get(METHOD));
		if (arguments.get(RADIUS) < 0 || arguments.get(SMOOTHING) < 0)
			throw new CommandException(
				"keys 'radius' and 'smoothing' must not be negative");
		try (ProjectImage opened = ProjectImage.open(arguments.get(PROJECT),
			arguments.get(IMAGE), arguments.get(ANNOTATOR)))
		{
			final Snapper snapper = new Snapper(opened.volume(), SessionCache.get());
			final List<Mark> marks = selected(opened.store().marks(), arguments.get(
				STATUS));
			final WorkCounter work = new WorkCounter(progress, marks.size());
			int refined = 0;
			double shift = 0;
			for (final Mark m : marks) {
				work.checkCanceled();
				final Mark moved = refine(m, snapper, refiner, arguments);
				if (moved != null) {
					opened.store().updateMark(moved);
					refined++;
					shift += distance(m.position(), moved.position());
				}
				work.finishOne();
			}
			return new Result(refined, marks.size() - refined, refined == 0 ? 0
				: shift / refined);
		}
		catch (final ProjectException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	@Override
	protected void report(final Result result) {
		IJ.log(title() + ": " + result);
	}

	/** The mark snapped from its click, or null when nothing was found. */
	private static Mark refine(final Mark m, final Snapper snapper,
		final Refiner refiner, final Arguments arguments) throws CommandException
	{
		final double r = arguments.get(RADIUS);
		final double[] radius = r > 0 ? new double[] { r, r, r } : m.radius();
		final int t = m.frame() != null ? m.frame() : (int) (long) arguments.get(
			TIME);
		final Refinement found;
		try {
			found = snapper.snap(m.click(), radius, t, refiner, arguments.get(
				SMOOTHING));
		}
		catch (final IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
		if (!found.found()) return null;
		final double[] p = found.position();
		return m.toBuilder().position(p[0], p[1], p[2]).refinement(found.method(),
			found.score()).modified(Instant.now()).build();
	}

	/** The installed refiner of that name. */
	static Refiner refiner(final String name) throws CommandException {
		final List<String> names = new ArrayList<>();
		for (final PluginInfo<Refiner> info : Extensions.discover(IJ
			.getClassLoader()).of(Refiner.class))
		{
			if (name.equalsIgnoreCase(info.getName())) try {
				return info.createInstance();
			}
			catch (final org.scijava.InstantiableException e) {
				throw new CommandException("refiner '" + name +
					"' could not be made: " + e.getMessage(), e);
			}
			names.add(info.getName());
		}
		throw new CommandException("key 'method': no refiner '" + name +
			"'; installed: " + String.join(", ", names));
	}

	private static List<Mark> selected(final List<Mark> marks,
		final String status)
	{
		if (status.equals("all")) return marks;
		final MarkStatus wanted = MarkStatus.forId(status);
		final List<Mark> some = new ArrayList<>();
		for (final Mark m : marks)
			if (m.status() == wanted) some.add(m);
		return some;
	}

	private static List<String> statuses() {
		final List<String> choices = new ArrayList<>(List.of("all"));
		for (final MarkStatus s : MarkStatus.values())
			choices.add(s.id());
		return choices;
	}

	private static double distance(final double[] a, final double[] b) {
		double sum = 0;
		for (int d = 0; d < 3; d++)
			sum += (a[d] - b[d]) * (a[d] - b[d]);
		return Math.sqrt(sum);
	}
}
