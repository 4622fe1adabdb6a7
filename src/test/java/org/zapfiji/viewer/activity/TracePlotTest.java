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

package org.zapfiji.viewer.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.NeuronForecast;

/**
 * The trace plot draws exactly the data it reports, and each model's points
 * land on pixels of the model's colour: painted headless into an image (also
 * saved as {@code target/trace-plot.png} to look at).
 */
class TracePlotTest {

	private static final int WIDTH = 800;

	private static final int HEIGHT = 480;

	@TempDir
	Path folder;

	private static BufferedImage paint(final TracePlot plot) {
		final BufferedImage image = new BufferedImage(WIDTH, HEIGHT,
			BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		plot.setSize(WIDTH, HEIGHT);
		plot.paint(g);
		g.dispose();
		return image;
	}

	private static Color at(final BufferedImage image, final Point2D p) {
		return new Color(image.getRGB((int) Math.floor(p.getX()), (int) Math.floor(p
			.getY())));
	}

	@Test
	void theSeriesAreTheForecastsValuesAndThePointsHaveTheModelsColours()
		throws IOException
	{
		final NeuronForecast.Result r = PlotForecasts.forecast(folder).read(1, 5, 4,
			16);
		final TracePlot plot = new TracePlot();
		plot.setData(r);
		plot.setCurrentFrame(PlotForecasts.FIRST_TARGET + 5 + 10);
		final List<TracePlot.Series> series = plot.series();
		assertEquals(5, series.size(), "recorded, 2 forecasts, 2 error lines");
		final TracePlot.Series recorded = series.get(0);
		assertEquals("recorded", recorded.name());
		assertEquals(r.traceFrom(), (int) recorded.x()[0]);
		assertEquals(PlotForecasts.value(r.traceFrom(), 1), recorded.y()[0], 1e-6);
		final TracePlot.Series close = series.get(1);
		final TracePlot.Series persistence = series.get(2);
		assertEquals("close", close.name());
		assertEquals(TracePlot.Panel.TRACE, close.panel());
		assertEquals(105, (int) close.x()[0], "window 5's step 1 is frame 105");
		assertArrayEquals(r.predictions().get(0).predicted(), close.y());
		assertEquals(PlotForecasts.value(104, 1), persistence.y()[31], 1e-6,
			"persistence repeats the context's last frame, 104");
		final TracePlot.Series closeErrors = series.get(3);
		assertEquals(TracePlot.Panel.ERROR, closeErrors.panel());
		assertEquals(32, (int) closeErrors.x()[31]);
		assertArrayEquals(r.predictions().get(0).errors(), closeErrors.y());
		assertArrayEquals(new int[] { 101, 104 }, plot.contextSpan());
		assertTrue(plot.title().contains("label 2"), plot.title());

		final BufferedImage image = paint(plot);
		final Path png = Paths.get("target", "trace-plot.png");
		Files.createDirectories(png.getParent());
		ImageIO.write(image, "png", png.toFile());
		final Color first = TracePlot.modelColor(0);
		final Color second = TracePlot.modelColor(1);
		int checked = 0;
		for (int s = 0; s < 32; s++) {
			if (s == 10) continue; // under the current frame's line
			final Point2D a = plot.pixel(close, s, WIDTH, HEIGHT);
			final Point2D b = plot.pixel(persistence, s, WIDTH, HEIGHT);
			// persistence is drawn over close: check close where they are apart
			assertEquals(second, at(image, b), "persistence step " + (s + 1));
			if (a.distance(b) > 10) {
				assertEquals(first, at(image, a), "close step " + (s + 1));
				checked++;
			}
			assertEquals(second, at(image, plot.pixel(series.get(4), s, WIDTH,
				HEIGHT)), "persistence error at step " + (s + 1));
		}
		assertTrue(checked > 10, "close checked at " + checked + " steps");
		final Point2D context = plot.pixel(recorded, 102 - r.traceFrom(), WIDTH,
			HEIGHT);
		boolean shaded = false;
		for (int y = 30; y < HEIGHT / 2; y++)
			shaded |= new Color(image.getRGB((int) context.getX(), y)).equals(
				TracePlot.CONTEXT);
		assertTrue(shaded, "the context frames are shaded");
	}

	@Test
	void aLongContextIsShadedFromTheRecordingsStart() throws IOException {
		final NeuronForecast.Result r = PlotForecasts.forecast(folder).read(2, 0,
			256, 16);
		final TracePlot plot = new TracePlot();
		plot.setData(r);
		plot.setCurrentFrame(PlotForecasts.FIRST_TARGET);
		assertEquals(0, r.traceFrom());
		assertArrayEquals(new int[] { 100 - 256, 99 }, plot.contextSpan());
		final BufferedImage image = paint(plot);
		ImageIO.write(image, "png", Paths.get("target", "trace-plot-256.png")
			.toFile());
		final TracePlot.Series recorded = plot.series().get(0);
		final Point2D start = plot.pixel(recorded, 0, WIDTH, HEIGHT);
		boolean shaded = false;
		for (int y = 30; y < HEIGHT / 2; y++)
			shaded |= new Color(image.getRGB((int) start.getX() + 2, y)).equals(
				TracePlot.CONTEXT);
		assertTrue(shaded, "shaded from frame 0, where the context is cut");
	}

	@Test
	void withoutDataThePlotSaysWhatToDo() {
		final TracePlot plot = new TracePlot();
		assertTrue(plot.series().isEmpty());
		assertNull(plot.contextSpan());
		assertTrue(plot.title().contains("click a neuron"));
		paint(plot);
	}
}
