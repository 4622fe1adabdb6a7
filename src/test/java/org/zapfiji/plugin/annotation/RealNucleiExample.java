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
import java.nio.file.Paths;

import javax.swing.SwingUtilities;

import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.refine.DetectCandidates;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * Candidate detection on the real light-sheet nuclei volume of
 * {@code ../shared/data/real/cellseg3d-lightsheet} (mouse brain, mesoSPIM; no
 * ground truth, no calibration: 1 µm voxels are assumed), shown in
 * {@code ZAP Annotate} on plane {@code z} so that recall can be judged by eye
 * from a screenshot. Usage:
 * {@code RealNucleiExample [z [seconds [scales [threshold]]]]}.
 */
public final class RealNucleiExample {

	private RealNucleiExample() {}

	public static void main(final String... args) throws Exception {
		final double z = args.length > 0 ? Double.parseDouble(args[0]) : 62;
		final int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 0;
		final String scales = args.length > 2 ? args[2] : "1.0,1.5";
		final Path image = Paths.get("..", "shared", "data", "real",
			"cellseg3d-lightsheet", "c5image.tif").toAbsolutePath().normalize();
		if (!Files.exists(image)) throw new IllegalStateException("no " + image);
		final Path project = Files.createTempDirectory("zap-real-nuclei").resolve(
			"nuclei.zap");
		ProjectStore.create(project, "nuclei");
		final DetectCandidates detect = new DetectCandidates();
		System.out.println(detect.execute(detect.parameters().parse("image=[" +
			image + "] project=[" + project + "] scale=" + scales + " threshold=" +
			(args.length > 3 ? args[3] : "4") + " annotator=detector"), Progress
				.silent()));
		try (ProjectStore store = ProjectStore.open(project, "count")) {
			int near = 0;
			for (final org.zapfiji.annotation.Mark m : store.marks())
				if (Math.abs(m.z() - z) <= 1.5) near++;
			System.out.println(near + " candidates within 1.5 µm of plane z = " + z);
		}
		final Annotate command = new Annotate();
		final AnnotationSession session = command.execute(command.parameters()
			.parse("image=[" + image + "] project=[" + project +
				"] annotator=reviewer method=centroid"), Progress.silent());
		final ViewerFrame frame = session.show();
		SwingUtilities.invokeAndWait(() -> frame.setLocation(20, 20));
		final ViewerPanel panel = frame.panel();
		panel.state().setTransform(ViewTransforms.centeredOn(new double[] { 47, 43,
			z }, Plane.XY, 6, panel.getWidth(), panel.getHeight()));
		if (seconds > 0) {
			Thread.sleep(seconds * 1000L);
			SwingUtilities.invokeAndWait(frame::dispose);
			Thread.sleep(500);
			System.exit(0);
		}
	}
}
