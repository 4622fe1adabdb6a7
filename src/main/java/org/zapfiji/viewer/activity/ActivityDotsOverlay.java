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

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Arrays;

import org.zapfiji.viewer.overlay.ViewerOverlay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * The overview way of showing activity: each neuron a dot at its centroid,
 * coloured as the painting would colour it, every neuron of the brain at once
 * whatever plane is shown (as ZAPBench's own viewer draws them), the nearest on
 * top. Off until {@link #setShown}; while on, the window hides the painting.
 * <p>
 * Dots are written into an image's pixels, not drawn as shapes: 71,721 dots per
 * frame have to fit in a few milliseconds.
 */
public final class ActivityDotsOverlay implements ViewerOverlay {

	/** Colours by label at a frame: what the painting shows. */
	public interface LabelColors {

		int[] colors(int t) throws IOException;
	}

	private final LabelColors colors;

	private volatile double[][] centroids;

	private volatile boolean shown;

	private final int radius;

	/**
	 * @param radius half the dot's edge, screen pixels
	 */
	public ActivityDotsOverlay(final LabelColors colors, final int radius) {
		this.colors = colors;
		this.radius = radius;
	}

	/**
	 * Where to draw: {@code byLabel[label]} is x, y, z in global units (µm), or
	 * null for a label with no voxels; may arrive after the window opens.
	 */
	public void setCentroids(final double[][] byLabel) {
		centroids = byLabel;
	}

	public boolean hasCentroids() {
		return centroids != null;
	}

	public void setShown(final boolean shown) {
		this.shown = shown;
	}

	public boolean isShown() {
		return shown;
	}

	@Override
	public void draw(final Graphics2D g, final ViewerSnapshot snapshot,
		final int width, final int height)
	{
		final double[][] c = centroids;
		if (!shown || c == null || width <= 0 || height <= 0) return;
		final int[] byLabel;
		try {
			byLabel = colors.colors(snapshot.time());
		}
		catch (final IOException e) {
			return; // the painting's own error is reported by the viewer
		}
		g.drawImage(render(c, byLabel, snapshot.transform(), width, height, radius),
			0, 0, null);
	}

	/**
	 * The dots as an ARGB image, transparent between them: labels sorted far to
	 * near along the viewing axis so the nearest dot wins.
	 */
	static BufferedImage render(final double[][] centroids, final int[] byLabel,
		final Affine3D view, final int width, final int height, final int radius)
	{
		final int n = Math.min(centroids.length, byLabel.length);
		final long[] order = new long[n];
		final int[] sx = new int[n], sy = new int[n];
		int count = 0;
		for (int label = 1; label < n; label++) {
			final double[] p = centroids[label];
			if (p == null) continue;
			final double[] s = view.apply(p[0], p[1], p[2]);
			final int x = (int) Math.floor(s[0]), y = (int) Math.floor(s[1]);
			if (x < -radius || y < -radius || x > width + radius || y > height +
				radius) continue;
			sx[label] = x;
			sy[label] = y;
			// sorted by -z as an int that orders like the float: the largest
			// screen z (farthest into the screen) first
			int depth = Float.floatToIntBits((float) -s[2]);
			if (depth < 0) depth ^= 0x7fffffff;
			order[count++] = (long) depth << 32 | label;
		}
		Arrays.sort(order, 0, count);
		final BufferedImage image = new BufferedImage(width, height,
			BufferedImage.TYPE_INT_ARGB);
		final int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster()
			.getDataBuffer()).getData();
		for (int i = 0; i < count; i++) {
			final int label = (int) order[i];
			final int argb = 0xff000000 | byLabel[label];
			final int x0 = Math.max(0, sx[label] - radius), x1 = Math.min(width - 1,
				sx[label] + radius);
			final int y0 = Math.max(0, sy[label] - radius), y1 = Math.min(height - 1,
				sy[label] + radius);
			if (x0 > x1 || y0 > y1) continue;
			for (int y = y0; y <= y1; y++)
				Arrays.fill(pixels, y * width + x0, y * width + x1 + 1, argb);
		}
		return image;
	}
}
