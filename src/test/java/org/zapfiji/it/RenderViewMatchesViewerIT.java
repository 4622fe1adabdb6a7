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

package org.zapfiji.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.Dataset;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.testdata.MiniZapbench;
import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerState;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.ViewSpec;
import org.zapfiji.viewer.ui.ViewerFrame;
import org.zapfiji.viewer.ui.ViewerPanel;

/**
 * What the viewer window shows on screen and what {@code ZAP Render View}
 * writes from a macro in a separate JVM with no display are the same pixels,
 * for the same view: an oblique, zoomed, trilinear view of the mini-ZAPBench at
 * time 5.
 */
class RenderViewMatchesViewerIT {

	private static final String PLANE = "xy rotate x 25 y -10";

	private static final String CENTER = "50,40,14";

	private static final double ZOOM = 2.5;

	private static final int TIME = 5;

	@TempDir
	Path folder;

	@Test
	void batchRenderingEqualsTheScreen() throws Exception {
		MiniZapbench.write(folder, MiniZapbench.DEFAULT_SEED);
		final Path raw = folder.resolve("volumes/20240930/raw");
		final BufferedImage screen;
		final int width, height;
		try (Dataset dataset = new VolumeFormats(Extensions.discover(getClass()
			.getClassLoader())).open(raw);
				ChunkLoader loader = new ChunkLoader(new ChunkCache(256L << 20), 2))
		{
			final List<ViewerSource> sources = VolumeSource.channels(dataset.volumes()
				.get(0), loader);
			final ViewerFrame frame = ViewerFrame.show("match", sources, loader);
			try {
				assertTrue(ScreenRobot.await(frame::isShowing, 10), "window shown");
				final ViewerPanel panel = frame.panel();
				SwingUtilities.invokeAndWait(() -> {
					for (final ViewerOverlay o : List.copyOf(panel.overlays()))
						panel.removeOverlay(o);
				});
				width = panel.getWidth();
				height = panel.getHeight();
				final ViewerState state = panel.state();
				state.setDisplay(0, new SourceDisplay(0xffffff, 90, 600, true));
				state.setInterpolation(Interpolation.TRILINEAR);
				state.setTime(TIME);
				state.setTransform(ViewSpec.parse(PLANE, CENTER, ZOOM).transform(
					ViewerStates.bounds(sources), ViewerStates.voxelWidth(sources.get(0)),
					width, height));
				ViewerFrames.awaitCompleteFrame(panel);
				Thread.sleep(500);
				final Point origin = panel.getLocationOnScreen();
				screen = new Robot().createScreenCapture(new Rectangle(origin.x,
					origin.y, width, height));
			}
			finally {
				SwingUtilities.invokeAndWait(frame::dispose);
			}
		}
		final Path png = folder.resolve("batch.png");
		final Path macro = Files.writeString(folder.resolve("render.ijm"),
			"run(\"ZAP Render View\", \"input=[" + raw + "] output=[" + png +
				"] width=" + width + " height=" + height + " time=" + TIME +
				" center=" + CENTER + " plane=[" + PLANE + "] zoom=" + ZOOM +
				" interpolation=trilinear min=90 max=600\");\n");
		final LauncherScript run = LauncherScript.run("--batch", macro.toString());
		assertEquals(0, run.status, run.toString());
		final BufferedImage batch = ImageIO.read(png.toFile());
		assertEquals(width, batch.getWidth());
		assertEquals(height, batch.getHeight());
		int differing = 0, lit = 0;
		for (int y = 0; y < height; y++)
			for (int x = 0; x < width; x++) {
				final int a = screen.getRGB(x, y) & 0xffffff;
				if (a != (batch.getRGB(x, y) & 0xffffff)) differing++;
				if (a != 0) lit++;
			}
		Files.createDirectories(ScreenRobot.SCREENSHOTS);
		ImageIO.write(screen, "png", ScreenRobot.SCREENSHOTS.resolve(
			"render-view-screen.png").toFile());
		Files.copy(png, ScreenRobot.SCREENSHOTS.resolve("render-view-batch.png"),
			java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertTrue(lit > width * height / 8, "the view shows data: " + lit);
		assertEquals(0, differing, "pixels differing between screen and batch");
	}
}
