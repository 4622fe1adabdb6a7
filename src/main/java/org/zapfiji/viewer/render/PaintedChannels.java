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

package org.zapfiji.viewer.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.zapfiji.viewer.source.ActivitySource;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;

/**
 * The red, green and blue {@link ActivitySource}s of one painting, drawn as one
 * pass: each pixel reads its label once and adds the label's colour, where
 * three passes would each sample the segmentation, look the label up and add
 * one channel.
 * <p>
 * Only when the three are drawn exactly as they are made to be drawn (in a row,
 * visible, red, green and blue over 0–255) with nearest-voxel sampling: then a
 * channel's level is its colour byte and the sum of the three passes is the
 * colour itself, so the pixels are the same. (Trilinear sampling mixes the
 * channel values of neighbouring labels; mixing the label numbers instead would
 * paint a third neuron's colour.) A display the user has changed (another range
 * or colour, a channel hidden) is drawn channel by channel as before.
 */
final class PaintedChannels {

	private PaintedChannels() {}

	/** Whether sources {@code i .. i + 2} are one painting drawn as made. */
	static boolean startAt(final ViewerSnapshot snapshot, final int i) {
		final List<ViewerSource> sources = snapshot.sources();
		if (snapshot.interpolation() != Interpolation.NEAREST || i + 3 > sources
			.size() || !(sources.get(i) instanceof ActivitySource)) return false;
		final ActivitySource red = (ActivitySource) sources.get(i);
		for (int c = 0; c < 3; c++) {
			final ViewerSource s = sources.get(i + c);
			if (!(s instanceof ActivitySource)) return false;
			final ActivitySource a = (ActivitySource) s;
			final SourceDisplay d = snapshot.display(i + c);
			if (a.channel() != c || a.segmentation() != red.segmentation() || a
				.labelColors() != red.labelColors() || !d.visible() || d
					.color() != ActivitySource.DISPLAY_COLORS[c] || d.min() != 0 || d
						.max() != 255) return false;
		}
		return true;
	}

	/** 0xRRGGBB by label at time {@code t} of the painting. */
	static int[] colors(final ActivitySource red, final int t) {
		try {
			return red.labelColors().colors(t);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The colour of a sampled label, as {@link ActivitySource} reads it: labels
	 * outside the table are the background, black.
	 */
	static int color(final int[] byLabel, final double label) {
		return label >= 0 && label < byLabel.length ? byLabel[(int) label] : 0;
	}
}
