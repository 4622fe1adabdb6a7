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

package org.zapfiji.benchmark;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.viewer.annotation.MarkEditor;
import org.zapfiji.viewer.annotation.MarksOverlay;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;
import org.zapfiji.viewer.transform.Plane;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * One draw of the marks overlay into a 1920 × 1080 picture, as a repaint costs
 * it on the event thread, with 100,000 marks spread through a ZAPBench-sized
 * volume (831 × 539 × 288 µm, radius 2.5–3.5 µm, every status, three
 * annotators), beside the same draw with an empty project, in one run. Views:
 * the whole fish in XY, a 4× zoom, the whole fish on an oblique plane, and the
 * whole fish in ZY. Medians and the slowest of the middle 98 %; marks drawn per
 * frame. Usage: {@code MarksOverlayBenchmark [frames] [marks]}.
 */
public final class MarksOverlayBenchmark {

	private static final int WIDTH = 1920, HEIGHT = 1080;

	private static final double[] EXTENT = { 831, 539, 288 };

	private MarksOverlayBenchmark() {}

	public static void main(final String... args) throws Exception {
		final int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
		final int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
		final Path folder = Files.createTempDirectory("zap-overlay-bench");
		try (ProjectStore full = project(folder.resolve("full.zap"), count);
				ProjectStore empty = project(folder.resolve("empty.zap"), 0))
		{
			final MarksOverlay withMarks = new MarksOverlay(new MarkEditor(full, null,
				2.5));
			final MarksOverlay without = new MarksOverlay(new MarkEditor(empty, null,
				2.5));
			System.out.printf("%d frames of %d × %d; %d marks in the project%n",
				frames, WIDTH, HEIGHT, full.markCount());
			System.out.printf("%-22s %12s %12s %8s%n", "view", "no marks ms",
				"marks ms", "drawn");
			for (final Map.Entry<String, Affine3D> view : views().entrySet()) {
				final double[] none = time(without, view.getValue(), frames);
				final double[] some = time(withMarks, view.getValue(), frames);
				System.out.printf("%-22s %5.2f (%5.2f) %5.2f (%5.2f) %8d%n", view
					.getKey(), none[0], none[1], some[0], some[1], withMarks.drawn());
			}
			System.out.println("load average: " + Files.readString(Path.of(
				"/proc/loadavg")).trim());
		}
	}

	private static Map<String, Affine3D> views() {
		final double[] middle = { EXTENT[0] / 2, EXTENT[1] / 2, EXTENT[2] / 2 };
		final double fit = ViewTransforms.fitScale(EXTENT, Plane.XY, WIDTH, HEIGHT);
		final Affine3D whole = ViewTransforms.centeredOn(middle, Plane.XY, fit,
			WIDTH, HEIGHT);
		Affine3D oblique = whole;
		oblique = ViewTransforms.rotate(oblique, 0, Math.toRadians(30), WIDTH / 2.0,
			HEIGHT / 2.0, 0);
		oblique = ViewTransforms.rotate(oblique, 1, Math.toRadians(25), WIDTH / 2.0,
			HEIGHT / 2.0, 0);
		final Map<String, Affine3D> views = new java.util.LinkedHashMap<>();
		views.put("XY, whole fish", whole);
		views.put("XY, zoom 4", ViewTransforms.zoom(whole, 4, WIDTH / 2.0, HEIGHT /
			2.0));
		views.put("oblique, whole fish", oblique);
		views.put("ZY, whole fish", ViewTransforms.centeredOn(middle, Plane.ZY,
			ViewTransforms.fitScale(EXTENT, Plane.ZY, WIDTH, HEIGHT), WIDTH, HEIGHT));
		return views;
	}

	/** Median and 99th percentile of one draw, ms, after a warm-up. */
	private static double[] time(final MarksOverlay overlay, final Affine3D view,
		final int frames)
	{
		final ViewerSnapshot snapshot = new ViewerSnapshot(List.of(), List.of(), -1,
			view, 0, Interpolation.NEAREST, Map.of());
		final BufferedImage image = new BufferedImage(WIDTH, HEIGHT,
			BufferedImage.TYPE_INT_RGB);
		final double[] ms = new double[frames];
		for (int i = -frames / 3; i < frames; i++) {
			final Graphics2D g = image.createGraphics();
			final long start = System.nanoTime();
			overlay.draw(g, snapshot, WIDTH, HEIGHT);
			final long took = System.nanoTime() - start;
			g.dispose();
			if (i >= 0) ms[i] = took / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[frames / 2], ms[(int) (frames * 0.99)] };
	}

	private static ProjectStore project(final Path file, final int count)
		throws Exception
	{
		ProjectStore.create(file, file.getFileName().toString());
		final ProjectStore store = ProjectStore.open(file, "bench");
		if (count == 0) return store;
		final Random random = new Random(42);
		final List<Mark> marks = new ArrayList<>(count);
		final String[] annotators = { "anna", "bob", "carl" };
		final Instant now = Instant.now();
		for (int i = 1; i <= count; i++) {
			final double r = 2.5 + random.nextDouble();
			marks.add(Mark.builder(i, random.nextDouble() * EXTENT[0], random
				.nextDouble() * EXTENT[1], random.nextDouble() * EXTENT[2]).radius(r, r,
					i % 4 == 0 ? 1.6 * r : r).status(MarkStatus.values()[random.nextInt(
						MarkStatus.values().length)]).annotator(annotators[i % 3]).created(
							now).build());
		}
		store.addMarks(marks);
		return store;
	}
}
