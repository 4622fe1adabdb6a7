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

package org.zapfiji.viewer.ui.record;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Progress;
import org.zapfiji.viewer.overlay.ScaleBarOverlay;
import org.zapfiji.viewer.render.ViewRenderer;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.ui.GatedVolume;
import org.zapfiji.viewer.ui.ViewImages;

import ij.IJ;
import ij.ImagePlus;

class MovieRecorderTest {

	@TempDir
	Path folder;

	private final GatedVolume ramp = new GatedVolume(true);

	private final ViewRenderer renderer = new ViewRenderer(2);

	private final ViewerSnapshot view = ViewerStates.of(ramp.sources, 96, 64)
		.snapshot();

	private final MovieRecorder recorder = new MovieRecorder(renderer, List.of(
		new ScaleBarOverlay()));

	@AfterEach
	void close() {
		renderer.close();
		ramp.close();
	}

	@Test
	void aPngSequenceHasOneCompleteFramePerTimePoint() throws IOException {
		final Path out = folder.resolve("movie");
		recorder.record(view, 96, 64, 0, 2, MovieFormat.PNG_SEQUENCE, 10, out,
			Progress.silent());
		assertEquals(List.of("frame-0000.png", "frame-0001.png", "frame-0002.png"),
			names(out));
		for (int t = 0; t < 3; t++) {
			final BufferedImage frame = ImageIO.read(out.resolve(MovieRecorder
				.frameName(t)).toFile());
			final ViewerSnapshot at = new ViewerSnapshot(view.sources(), view
				.displays(), 0, view.transform(), t, view.interpolation(), view
					.bookmarks());
			final BufferedImage expected = ViewImages.render(renderer, at, 96, 64,
				List.of(new ScaleBarOverlay()));
			assertArrayEquals(expected.getRGB(0, 0, 96, 64, null, 0, 96), frame
				.getRGB(0, 0, 96, 64, null, 0, 96), "frame " + t);
		}
		assertEquals(List.of("movie"), names(folder), "no temporary left");
	}

	@Test
	void anEarlierSequenceIsReplacedWhole() throws IOException {
		final Path out = folder.resolve("movie");
		recorder.record(view, 96, 64, 0, 2, MovieFormat.PNG_SEQUENCE, 10, out,
			Progress.silent());
		recorder.record(view, 96, 64, 1, 1, MovieFormat.PNG_SEQUENCE, 10, out,
			Progress.silent());
		assertEquals(List.of("frame-0000.png"), names(out));
		assertEquals(List.of("movie"), names(folder));
	}

	@Test
	void aFolderWithOtherFilesIsNeverReplaced() throws IOException {
		final Path out = Files.createDirectories(folder.resolve("thesis"));
		Files.writeString(out.resolve("chapter1.tex"), "keep me");
		final IOException e = assertThrows(IOException.class, () -> recorder.record(
			view, 96, 64, 0, 0, MovieFormat.PNG_SEQUENCE, 10, out, Progress
				.silent()));
		assertTrue(e.getMessage().contains("chapter1.tex"), e.getMessage());
		assertEquals("keep me", Files.readString(out.resolve("chapter1.tex")));
	}

	@Test
	void anAviHoldsEveryFrame() throws IOException {
		for (final MovieFormat format : new MovieFormat[] { MovieFormat.AVI_JPEG,
			MovieFormat.AVI_UNCOMPRESSED })
		{
			final Path out = folder.resolve(format.name() + ".avi");
			recorder.record(view, 96, 64, 0, 2, format, 5, out, Progress.silent());
			final byte[] bytes = Files.readAllBytes(out);
			assertEquals("RIFF", new String(bytes, 0, 4, "US-ASCII"));
			final ImagePlus read = IJ.openImage(out.toString());
			assertEquals(3, read.getStackSize(), format.toString());
			assertEquals(96, read.getWidth());
		}
		assertEquals(List.of("AVI_JPEG.avi", "AVI_UNCOMPRESSED.avi"), names(
			folder));
	}

	@Test
	void cancellingLeavesNothingBehind() throws IOException {
		final Progress cancelAfterOne = new Progress() {

			private int frames;

			@Override
			public void update(final long done, final long total) {
				frames++;
			}

			@Override
			public void status(final String message) {}

			@Override
			public boolean isCanceled() {
				return frames >= 1;
			}
		};
		assertThrows(CanceledException.class, () -> recorder.record(view, 96, 64, 0,
			2, MovieFormat.AVI_JPEG, 5, folder.resolve("m.avi"), cancelAfterOne));
		assertEquals(List.of(), names(folder));
	}

	@Test
	void aRangeOutsideTheTimePointsIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> recorder.record(view, 8,
			8, 0, 99, MovieFormat.PNG_SEQUENCE, 5, folder.resolve("x"), Progress
				.silent()));
		assertFalse(Files.exists(folder.resolve("x")));
	}

	@Test
	void snapshotsAreWrittenAsPngOrTiff() throws IOException {
		final BufferedImage image = ViewImages.render(renderer, view, 96, 64, List
			.of());
		final Path png = folder.resolve("view.png");
		final Path tif = folder.resolve("view.tif");
		ImageFiles.write(image, png);
		ImageFiles.write(image, tif);
		assertArrayEquals(image.getRGB(0, 0, 96, 64, null, 0, 96), ImageIO.read(png
			.toFile()).getRGB(0, 0, 96, 64, null, 0, 96));
		final ImagePlus read = IJ.openImage(tif.toString());
		assertEquals(ImagePlus.COLOR_RGB, read.getType());
		assertEquals(image.getRGB(48, 32) & 0xffffff, read.getProcessor().get(48,
			32) & 0xffffff);
		assertEquals(List.of("view.png", "view.tif"), names(folder));
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors
				.toList());
		}
	}
}
