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

package org.zapfiji.plugin.viewer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.Interpolation;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * The frozen viewer state {@code ZAP Render View} draws: the sources with the
 * colours a viewer window gives them, a transform, a time point, an
 * interpolation and display ranges; the same snapshot a window in that state
 * would render, so the batch figure and the window agree pixel for pixel.
 */
public final class ViewSnapshots {

	private ViewSnapshots() {}

	/**
	 * @param min value drawn black for every source; null to estimate each
	 *          source's from the shown plane ({@link VisibleRange}), falling back
	 *          to its initial range
	 * @param max value drawn in full colour; null likewise
	 */
	public static ViewerSnapshot of(final List<ViewerSource> sources,
		final Affine3D view, final int time, final Interpolation interpolation,
		final Double min, final Double max, final int width, final int height)
		throws IOException
	{
		final List<SourceDisplay> colors = ViewerStates.of(sources, width, height)
			.snapshot().displays();
		final List<SourceDisplay> displays = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			double[] range = { colors.get(i).min(), colors.get(i).max() };
			if (min == null || max == null) {
				final double[] shown = VisibleRange.of(sources.get(i), view, time,
					width, height);
				if (shown != null) range = shown;
			}
			displays.add(colors.get(i).withRange(min == null ? range[0] : min,
				max == null ? range[1] : max));
		}
		return new ViewerSnapshot(sources, displays, 0, view, time, interpolation,
			Map.of());
	}
}
