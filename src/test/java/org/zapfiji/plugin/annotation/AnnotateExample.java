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

import java.awt.Point;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.RegionStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.task.Progress;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * {@code ZAP Annotate} on the mini-ZAPBench with a project that already holds
 * marks of every status by two annotators and two regions, the mouse over an
 * unmarked neuron so the snap preview shows: the picture in the README. Usage:
 * {@code AnnotateExample [seconds]} (0, the default, keeps the window until it
 * is closed).
 */
public final class AnnotateExample {

	private AnnotateExample() {}

	public static void main(final String... args) throws Exception {
		final int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 0;
		final Path root = Files.createTempDirectory("zap-annotate-example");
		MiniZapbench.write(root, MiniZapbench.DEFAULT_SEED);
		final Path project = root.resolve("example.zap");
		final double z = 16;
		final double[] free = fill(project, z);
		final Annotate command = new Annotate();
		final AnnotationSession session = command.execute(command.parameters()
			.parse("image=[" + root.resolve("volumes/20240930/raw") + "] project=[" +
				project + "] annotator=anna method=centroid"), Progress.silent());
		final ViewerFrame frame = session.show();
		SwingUtilities.invokeAndWait(() -> frame.setLocation(20, 20));
		final ViewerPanel panel = frame.panel();
		panel.state().setTransform(ViewTransforms.centeredOn(new double[] { 52, 39,
			z }, Plane.XY, 9, panel.getWidth(), panel.getHeight()));
		Thread.sleep(1500);
		session.editor().selectAt(session.store().marks().get(0).position(), 0);
		final Point origin = panel.getLocationOnScreen();
		final double[] at = panel.state().transform().apply(free[0] + 0.8, free[1] -
			0.6, free[2]);
		new Robot().mouseMove(origin.x + (int) at[0], origin.y + (int) at[1]);
		if (seconds > 0) {
			Thread.sleep(seconds * 1000L);
			SwingUtilities.invokeAndWait(frame::dispose);
			Thread.sleep(500);
			System.exit(0);
		}
	}

	/**
	 * Marks the neurons within 2.5 µm of plane {@code z}, but one, in every
	 * status by anna and bob; adds a complete and an unfinished region.
	 *
	 * @return the neuron left unmarked
	 */
	private static double[] fill(final Path project, final double z)
		throws Exception
	{
		ProjectStore.create(project, "example");
		final List<Mark> marks = new ArrayList<>();
		double[] free = null;
		int i = 0;
		for (final double[] n : MiniZapbench.neurons(MiniZapbench.DEFAULT_SEED)) {
			if (Math.abs(n[2] - z) > 2.4) continue;
			if (free == null && n[0] > 40 && n[0] < 70 && n[1] > 25 && n[1] < 55) {
				free = n;
				continue;
			}
			final MarkStatus status = MarkStatus.values()[i % MarkStatus
				.values().length];
			marks.add(Mark.builder(++i, n[0], n[1], n[2]).radius(2.5).status(status)
				.annotator(i % 3 == 0 ? "bob" : "anna").created(Instant.now()).build());
		}
		final Instant now = Instant.now();
		try (ProjectStore store = ProjectStore.open(project, "anna")) {
			store.addMarks(marks);
			store.addRegion(new Region(1, new double[] { 4, 4, 0 }, new double[] { 40,
				36, 32 }, "complete", "anna", RegionStatus.COMPLETE, now, now));
			store.addRegion(new Region(2, new double[] { 60, 44, 8 }, new double[] {
				100, 74, 24 }, "in progress", "bob", RegionStatus.IN_PROGRESS, now,
				now));
		}
		return free;
	}
}
