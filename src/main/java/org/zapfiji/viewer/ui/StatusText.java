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

import java.util.Locale;

import org.zapfiji.viewer.overlay.SourceNameOverlay;
import org.zapfiji.viewer.overlay.UnitNames;
import org.zapfiji.viewer.render.Probe;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.state.ViewerSnapshot;
import org.zapfiji.viewer.state.ViewerStates;
import org.zapfiji.viewer.transform.ViewTransforms;

/**
 * The text of the status line, without any GUI: where the mouse points (µm and
 * voxels of the current source), the value there, the source, time and zoom.
 * <p>
 * The value comes from {@link Probe}, which never waits: while the voxel's
 * block is not loaded the value reads "…" and the line is redrawn when blocks
 * arrive.
 */
public final class StatusText {

	/** Shown as the value while the voxel's block is being loaded. */
	public static final String LOADING = "…";

	private StatusText() {}

	/**
	 * @param mouseX panel pixel, or negative when the mouse is outside; the
	 *          position and value parts are left out then
	 */
	public static String of(final ViewerSnapshot snapshot, final int mouseX,
		final int mouseY)
	{
		final int current = snapshot.currentSource();
		if (current < 0) return "no source";
		final ViewerSource source = snapshot.sources().get(current);
		final String unit = UnitNames.shortName(source.spaceUnit());
		final StringBuilder s = new StringBuilder();
		if (mouseX >= 0 && mouseY >= 0) {
			final double[] global = ViewTransforms.globalAt(snapshot.transform(),
				mouseX, mouseY);
			final Probe probe = Probe.at(source, snapshot.time(), global);
			s.append(position(global, unit)).append("   ");
			s.append(voxel(probe)).append("   ");
			s.append("value ").append(value(probe)).append("   ");
		}
		s.append(source.name()).append("   ");
		s.append(time(snapshot.time(), snapshot.numTimepoints(), source.timeStep(),
			UnitNames.shortName(source.timeUnit()))).append("   ");
		s.append(zoom(snapshot.transform().scale(), ViewerStates.voxelWidth(source),
			unit));
		return s.toString();
	}

	/** "x 12.3 y 45.6 z 8.0 µm" */
	public static String position(final double[] global, final String unit) {
		return String.format(Locale.ROOT, "x %.1f y %.1f z %.1f", global[0],
			global[1], global[2]) + (unit.isEmpty() ? "" : " " + unit);
	}

	/** "voxel 30, 112, 2", or "outside" the source. */
	public static String voxel(final Probe probe) {
		if (!probe.inside()) return "outside";
		final long[] v = probe.voxel();
		return "voxel " + v[0] + ", " + v[1] + ", " + v[2];
	}

	/** Integers without decimals, others to 4 significant digits; "…", "–". */
	public static String value(final Probe probe) {
		if (!probe.inside()) return "–";
		if (!probe.loaded()) return LOADING;
		final double v = probe.value();
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf(
			(long) v);
		return String.format(Locale.ROOT, "%.4g", v);
	}

	/** "t = 3 / 64 (2.74 s)"; the seconds are left out without a time unit. */
	public static String time(final int t, final int timepoints,
		final double timeStep, final String timeUnit)
	{
		final String index = SourceNameOverlay.timeLabel(t, timepoints);
		if (timeUnit.isEmpty()) return index;
		return index + String.format(Locale.ROOT, " (%.2f %s)", t * timeStep,
			timeUnit);
	}

	/**
	 * "2.46 px/µm (100 %)": screen pixels per space unit, and as a share of the
	 * current source's full-resolution voxel (100 % shows one voxel per screen
	 * pixel).
	 */
	public static String zoom(final double pixelsPerUnit, final double voxelWidth,
		final String unit)
	{
		return String.format(Locale.ROOT, "%.3g px/%s (%.0f %%)", pixelsPerUnit,
			unit.isEmpty() ? "unit" : unit, 100 * pixelsPerUnit * voxelWidth);
	}
}
