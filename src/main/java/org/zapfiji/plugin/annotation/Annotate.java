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

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.SessionCache;
import org.zapfiji.plugin.command.Arguments;
import org.zapfiji.plugin.command.CommandException;
import org.zapfiji.plugin.command.CommandParameters;
import org.zapfiji.plugin.command.Parameter;
import org.zapfiji.plugin.command.ZapCommand;
import org.zapfiji.plugin.refine.ProjectImage;
import org.zapfiji.plugin.refine.RefinerClickSnapper;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.annotation.ClickSnapper;

import ij.IJ;
import ij.macro.Interpreter;

/**
 * {@code Plugins > ZAP > ZAP Annotate}: marks neuron centers in a volume, in
 * the viewer, into a project: A adds a mark snapped to the center under the
 * mouse, D deletes, Space-drag moves, E/Q resize, ctrl Z/ctrl shift Z undo and
 * redo (see {@code MarkingKeys}); Tab steps through a review queue, ctrl 1, 2,
 * 3 accept, reject or flag the mark, R-drag draws a region (see
 * {@code ReviewKeys}). Every edit is on disk when it is made.
 * <p>
 * The project is made when missing, and must agree with the image on the voxel
 * size (a project without one takes the image's), as for the other commands
 * that put marks on an image. The annotator is asked once when no name is given
 * or remembered, and remembered in ImageJ's preferences. It is a window, so
 * with no display, or in batch mode, it fails and names the commands that work
 * on projects without one.
 */
public class Annotate extends ZapCommand<AnnotationSession> {

	public static final Parameter<Path> IMAGE = Parameter.file("image",
		"The volume to mark: Zarr, N5, BigDataViewer XML or TIFF").required();

	public static final Parameter<Path> PROJECT = Parameter.file("project",
		"Project file (.zap); made if missing").required();

	public static final Parameter<String> ANNOTATOR = Parameter.text("annotator",
		"", "Your name, as every edit records it; empty = the name given last " +
			"time (asked the first time)");

	public static final Parameter<String> METHOD = Parameter.text("method",
		"centroid", "How A snaps a click: centroid, local_maximum, gaussian, " +
			"another installed refiner, or none");

	public static final Parameter<Double> SMOOTHING = Parameter.number(
		"smoothing", 0, "Gaussian sigma applied before snapping; 0 for none")
		.withUnit("µm");

	public static final Parameter<Double> RADIUS = Parameter.number("radius", 2.5,
		"Radius of new marks").withUnit("µm");

	private final BooleanSupplier canShowWindows;

	private final Supplier<String> askAnnotator;

	public Annotate() {
		this(() -> !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode(),
			AnnotatorNames::ask);
	}

	/**
	 * For tests: whether windows may be shown, and who answers the name dialog.
	 */
	Annotate(final BooleanSupplier canShowWindows,
		final Supplier<String> askAnnotator)
	{
		this.canShowWindows = canShowWindows;
		this.askAnnotator = askAnnotator;
	}

	@Override
	public String title() {
		return "ZAP Annotate";
	}

	@Override
	public String summary() {
		return "Marks and reviews neuron centers in the viewer: A add, D delete, " +
			"Space-drag move, E/Q radius, ctrl Z undo; Tab next in review, " +
			"ctrl 1/2/3 accept/reject/uncertain.";
	}

	private static final CommandParameters PARAMETERS = CommandParameters.of(
		IMAGE, PROJECT, ANNOTATOR, METHOD, SMOOTHING, RADIUS);

	@Override
	public CommandParameters parameters() {
		return PARAMETERS;
	}

	/** @return the opened session; the caller shows it, or closes it */
	@Override
	public AnnotationSession execute(final Arguments arguments,
		final Progress progress) throws CommandException
	{
		if (!canShowWindows.getAsBoolean()) throw new CommandException(
			"It is a window and needs a display" + (GraphicsEnvironment.isHeadless()
				? "; this ImageJ runs without one"
				: " and a macro outside batch mode") +
				". Without a display, add marks with ZAP Import Marks, propose them " +
				"with ZAP Detect Candidates and snap them with ZAP Refine Marks.");
		final double radius = arguments.get(RADIUS);
		final double smoothing = arguments.get(SMOOTHING);
		if (!(radius > 0)) throw new CommandException(
			"Key 'radius' must be positive, was " + radius);
		if (smoothing < 0) throw new CommandException(
			"Key 'smoothing' must not be negative, was " + smoothing);
		final String method = arguments.get(METHOD).trim();
		final boolean snaps = !method.equalsIgnoreCase("none");
		if (snaps) RefinerClickSnapper.refiner(method);
		final Path image = arguments.get(IMAGE);
		if (!Files.exists(image)) throw new CommandException("Key 'image': " +
			image + ": no such file or folder");
		final String annotator = annotator(arguments.get(ANNOTATOR));
		final Path project = arguments.get(PROJECT);
		createIfMissing(project);
		final ProjectImage opened = ProjectImage.open(project, image, annotator);
		try {
			final ClickSnapper snapper = snaps ? RefinerClickSnapper.of(opened
				.volume(), SessionCache.get(), method, smoothing) : null;
			return AnnotationSession.of(opened, snapper, radius);
		}
		catch (final CommandException | RuntimeException e) {
			opened.close();
			throw e;
		}
	}

	@Override
	protected void report(final AnnotationSession session) {
		session.show();
		IJ.log(title() + ": " + session.store().file() + ", " + session.store()
			.markCount() + " marks, edits by " + session.store().annotator());
	}

	/** The given or remembered name, else the one asked for; remembered. */
	private String annotator(final String given) throws CommandException {
		String name = given.trim();
		if (name.isEmpty()) name = AnnotatorNames.remembered();
		if (name.isEmpty()) {
			final String answer = askAnnotator.get();
			name = answer == null ? "" : answer.trim();
		}
		if (name.isEmpty()) throw new CommandException(
			"Key 'annotator': no name given; every edit records who made it.");
		AnnotatorNames.remember(name);
		return name;
	}

	private static void createIfMissing(final Path project)
		throws CommandException
	{
		if (Files.exists(project)) return;
		if (!Projects.isProject(project)) throw new CommandException(
			"Key 'project': " + project + " does not exist, and a new project " +
				"must end in " + Projects.EXTENSION + ".");
		final String file = project.getFileName().toString();
		try {
			ProjectStore.create(project, file.substring(0, file.length() -
				Projects.EXTENSION.length()));
		}
		catch (final ProjectException e) {
			throw new CommandException("Key 'project': " + e.getMessage(), e);
		}
	}
}
