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

package org.zapfiji.viewer.ui;

import org.zapfiji.viewer.transform.Affine3D;

/**
 * The maths of coarse frames: rendering at a fraction of the panel's size and
 * drawing the result scaled up, as BigDataViewer does while a full frame would
 * take too long.
 */
public final class ScreenScales {

	/** Full size, half, quarter, eighth. */
	static final double[] SCALES = { 1, 0.5, 0.25, 0.125 };

	private ScreenScales() {}

	/**
	 * The view that renders, into an image {@code s} times the panel's size, what
	 * {@code view} shows, so that the image drawn scaled up by {@code 1/s} lines
	 * up with a full-size frame.
	 * <p>
	 * The renderer samples pixel {@code i} at screen coordinate {@code i}, the
	 * pixel's centre. Small pixel {@code i} covers panel pixels {@code i/s} to
	 * {@code (i+1)/s} when drawn, so its centre is panel coordinate
	 * {@code (i + 0.5)/s − 0.5}: a scaling by {@code s} alone would shift the
	 * picture by a quarter pixel at half size.
	 */
	public static Affine3D scaled(final Affine3D view, final double s) {
		if (s == 1) return view;
		final double shift = 0.5 * s - 0.5;
		return view.then(Affine3D.scaling(s, s, 1)).then(Affine3D.translation(shift,
			shift, 0));
	}

	/** Pixels of the image rendered at scale {@code s} for a panel side. */
	public static int size(final int panel, final double s) {
		return Math.max(1, (int) Math.ceil(panel * s));
	}

	/**
	 * Index into {@link #SCALES} of the first (finest) scale whose frame is
	 * expected within {@code budgetNanos}, given the cost of a pixel measured on
	 * earlier frames; the coarsest if none is; full size while nothing is
	 * measured yet.
	 */
	static int coarsestNeeded(final double nanosPerPixel, final int width,
		final int height, final long budgetNanos)
	{
		if (!(nanosPerPixel > 0)) return 0;
		for (int i = 0; i < SCALES.length; i++) {
			final double pixels = (double) size(width, SCALES[i]) * size(height,
				SCALES[i]);
			if (pixels * nanosPerPixel <= budgetNanos) return i;
		}
		return SCALES.length - 1;
	}
}
