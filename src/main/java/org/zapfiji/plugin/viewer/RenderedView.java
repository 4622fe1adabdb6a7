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

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Locale;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.SourceDisplay;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * What {@code ZAP Render View} wrote: the file and the exact state it drew, so
 * a caller (or a test) can draw the same snapshot again and compare.
 */
public final class RenderedView {

	private final Path output;

	private final ViewerSnapshot snapshot;

	private final int width;

	private final int height;

	private final long nanos;

	RenderedView(final Path output, final ViewerSnapshot snapshot,
		final int width, final int height, final long nanos)
	{
		this.output = output;
		this.snapshot = snapshot;
		this.width = width;
		this.height = height;
		this.nanos = nanos;
	}

	public Path output() {
		return output;
	}

	/** The state drawn, with its transform, time, interpolation and ranges. */
	public ViewerSnapshot snapshot() {
		return snapshot;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/**
	 * One line for the log: file, size, sources with their display ranges, time,
	 * centre and zoom (screen pixels per voxel, as the {@code zoom} key takes
	 * it).
	 */
	public String summary() {
		final StringBuilder s = new StringBuilder();
		s.append(output).append(": ").append(width).append(" x ").append(height);
		for (int i = 0; i < snapshot.sources().size(); i++) {
			final SourceDisplay d = snapshot.display(i);
			s.append(i == 0 ? ", " : " + ").append(snapshot.sources().get(i).name())
				.append(" [").append(number(d.min())).append("..").append(number(d
					.max())).append(']');
		}
		final ViewerSource first = snapshot.sources().get(0);
		final double[] c = ViewTransforms.globalAt(snapshot.transform(), width /
			2.0, height / 2.0);
		final double zoom = snapshot.transform().scale() * ViewerStates.voxelWidth(
			first);
		s.append(", time ").append(snapshot.time()).append(", center=").append(
			number(c[0])).append(',').append(number(c[1])).append(',').append(number(
				c[2]));
		if (!first.spaceUnit().isEmpty()) s.append(' ').append(first.spaceUnit());
		s.append(", zoom=").append(number(zoom)).append(String.format(Locale.ROOT,
			" (%.0f %%), %.2f s", 100 * zoom, nanos / 1e9));
		return s.toString();
	}

	private static String number(final double v) {
		return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros()
			.toPlainString();
	}
}
