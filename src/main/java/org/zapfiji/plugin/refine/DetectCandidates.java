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
import java.util.Optional;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkIds;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.refine.Candidate;
import org.zapfiji.refine.CandidateDetector;
import org.zapfiji.task.Progress;

/**
 * {@code Plugins > ZAP > ZAP Detect Candidates}: proposes neuron centers on an
 * image and adds them to a project as candidates with their score, so they
 * enter review strongest first. All candidates of a run are one logged edit:
 * one undo takes a poor run back. A candidate near a mark the project already
 * holds is left out, so running again over a region adds only what is new.
 */
public class DetectCandidates extends ZapCommand<String> {

	/** The name candidate marks carry as their refinement method. */
	public static final String METHOD = "dog_detection";

	public static final Parameter<Path> IMAGE = Parameter.file("image",
		"The volume to search: Zarr, N5, BigDataViewer XML or TIFF").required();

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap) the candidates go to").required();

	public static final Parameter<String> SCALE = Parameter.text("scale",
		"1.2,1.6",
		"Gaussian sigmas in µm, separated by commas (about neuron radius / √3)");

	public static final Parameter<Double> THRESHOLD = Parameter.number(
		"threshold", 4, "Least response, in units of the response's noise");

	public static final Parameter<String> REGION = Parameter.text("region", "",
		"Empty = whole volume; a region id of the project; or x0,y0,z0,x1,y1,z1 in µm");

	public static final Parameter<Double> SKIP_NEAR = Parameter.number(
		"skip_near", 3,
		"Leave out candidates this close to an existing mark; 0 = keep all")
		.withUnit("µm");

	public static final Parameter<Long> TIME = Parameter.integer("time", 0,
		"Time point to search (neurons stay put: the marks hold for every frame)");

	public static final Parameter<Long> THREADS = Parameter.integer("threads", 0,
		"Threads; 0 = all cores");

	public static final Parameter<String> ANNOTATOR = Parameter.text("annotator",
		System.getProperty("user.name", "unknown"), "Who the edit is logged for");

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		IMAGE, PROJECT, SCALE, THRESHOLD, REGION, SKIP_NEAR, TIME, THREADS,
		ANNOTATOR);

	@Override
	public String title() {
		return "ZAP Detect Candidates";
	}

	@Override
	public String summary() {
		return "Proposes neuron centers on an image as candidates for review.";
	}

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	@Override
	public String execute(final Arguments arguments, final Progress progress)
		throws CommandException
	{
		final double[] scales = scales(arguments.get(SCALE));
		if (arguments.get(SKIP_NEAR) < 0) throw new CommandException(
			"Key 'skip_near' must not be negative (µm), found " + arguments.get(
				SKIP_NEAR) + ".");
		final int threads = arguments.get(THREADS) > 0 ? (int) (long) arguments.get(
			THREADS) : Runtime.getRuntime().availableProcessors();
		try (ProjectImage opened = ProjectImage.open(arguments.get(PROJECT),
			arguments.get(IMAGE), arguments.get(ANNOTATOR)))
		{
			final double[][] region = region(arguments.get(REGION), opened.store());
			final int t = (int) (long) arguments.get(TIME);
			progress.status("detecting candidates in " + arguments.get(IMAGE)
				.getFileName());
			final List<Candidate> found = new CandidateDetector(scales, arguments.get(
				THRESHOLD)).detect(opened.volume(), t, region, SessionCache.get(),
					progress, threads);
			final List<Mark> added = newMarks(found, opened.store(), arguments.get(
				SKIP_NEAR), arguments.get(ANNOTATOR));
			if (added.isEmpty()) return found.size() + " candidates found, none new";
			opened.store().addMarks(added);
			return String.format(Locale.ROOT,
				"%d candidates found, %d added to %s (%d near existing marks left out)",
				found.size(), added.size(), opened.store().file(), found.size() - added
					.size());
		}
		catch (final IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static List<Mark> newMarks(final List<Candidate> found,
		final ProjectStore store, final double skipNear, final String annotator)
	{
		final MarkIds ids = new MarkIds();
		final Instant now = Instant.now();
		final List<Mark> marks = new ArrayList<>();
		for (final Candidate c : found) {
			final double[] p = c.position();
			if (skipNear > 0 && nearExisting(store, p, skipNear)) continue;
			marks.add(Mark.builder(ids.next(), p[0], p[1], p[2]).radius(c.scale() *
				Math.sqrt(3)).status(MarkStatus.CANDIDATE).annotator(annotator).click(
					p[0], p[1], p[2]).refinement(METHOD, c.score()).created(now).modified(
						now).build());
		}
		return marks;
	}

	private static boolean nearExisting(final ProjectStore store,
		final double[] p, final double distance)
	{
		final double[] min = new double[3];
		final double[] max = new double[3];
		for (int d = 0; d < 3; d++) {
			min[d] = p[d] - distance;
			max[d] = p[d] + distance;
		}
		for (final Mark m : store.marksIn(min, max)) {
			double sum = 0;
			for (int d = 0; d < 3; d++)
				sum += (m.position()[d] - p[d]) * (m.position()[d] - p[d]);
			if (sum <= distance * distance) return true;
		}
		return false;
	}

	/** @throws CommandException naming the key and the expected form */
	static double[] scales(final String text) throws CommandException {
		final String[] words = text.split(",");
		final double[] scales = new double[words.length];
		for (int i = 0; i < words.length; i++) {
			try {
				scales[i] = Double.parseDouble(words[i].trim());
			}
			catch (final NumberFormatException e) {
				scales[i] = Double.NaN;
			}
			if (!(scales[i] > 0)) throw new CommandException(
				"Key 'scale': expected positive sigmas in µm separated by commas " +
					"(e.g. 1.2,1.6), found '" + text + "'.");
		}
		return scales;
	}

	/**
	 * The box to search: null for the whole volume, a project region's box, or
	 * six numbers in µm.
	 */
	static double[][] region(final String text, final ProjectStore store)
		throws CommandException
	{
		final String value = text.trim();
		if (value.isEmpty()) return null;
		if (!value.contains(",")) {
			final Optional<Region> r;
			try {
				r = store.region(Long.parseLong(value));
			}
			catch (final NumberFormatException e) {
				throw badRegion(value);
			}
			if (!r.isPresent()) throw new CommandException("Key 'region': " + store
				.file() + " holds no region " + value + ".");
			return new double[][] { r.get().min(), r.get().max() };
		}
		final String[] words = value.split(",");
		if (words.length != 6) throw badRegion(value);
		final double[][] box = new double[2][3];
		try {
			for (int i = 0; i < 6; i++)
				box[i / 3][i % 3] = Double.parseDouble(words[i].trim());
		}
		catch (final NumberFormatException e) {
			throw badRegion(value);
		}
		for (int d = 0; d < 3; d++)
			if (!(box[0][d] < box[1][d])) throw new CommandException(
				"Key 'region': the first corner must lie below the second on every axis, found '" +
					value + "'.");
		return box;
	}

	private static CommandException badRegion(final String value) {
		return new CommandException(
			"Key 'region': expected a region id of the project or x0,y0,z0,x1,y1,z1 in µm, found '" +
				value + "'.");
	}
}
