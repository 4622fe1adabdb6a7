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

package org.zapfiji.data.zarr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;

/**
 * A group of arrays {@code s0, s1, s2, ...} without OME metadata, as ZAPBench
 * publishes its multiscale volumes: each level's downsampling factor is the
 * ratio of its shape to that of {@code s0}, rounded to a whole number.
 * <p>
 * Voxel size comes from s0's {@code dimension_units} attribute where it has
 * one; otherwise ZAPBench's are assumed for axes named (or defaulting to) x, y,
 * z and t: 0.406 × 0.406 × 4.0 µm and 0.9141 s per volume (from ZAPBench's
 * constants). Other axes get spacing 1.
 */
final class ScaleLevelGroup {

	/** ZAPBench's voxel size and time step by axis name. */
	private static final List<String> NAMES = List.of("x", "y", "z", "t");

	private static final double[] SPACING = { 0.406, 0.406, 4.0, 0.9141 };

	private static final List<String> UNITS = List.of("µm", "µm", "µm", "s");

	private ScaleLevelGroup() {}

	static Volume open(final String name, final ZarrGroup group)
		throws IOException
	{
		final List<ChunkedArray> levels = new ArrayList<>();
		final List<String> children = group.children();
		for (int l = 0; children.contains("s" + l); l++)
			levels.add(group.openArray("s" + l));
		final ArrayMetadata base = levels.get(0).metadata();
		final int n = base.numDimensions();
		final List<double[]> downsampling = new ArrayList<>();
		for (final ChunkedArray level : levels) {
			final long[] shape = level.metadata().shape();
			if (shape.length != n) throw FormatException.field(level.location(),
				"shape", n + " dimensions like s0", shape.length);
			final double[] factors = new double[n];
			for (int d = 0; d < n; d++)
				factors[d] = shape[d] == 0 ? 1 : Math.max(1, Math.round((double) base
					.shape()[d] / shape[d]));
			downsampling.add(factors);
		}
		final List<String> axes = ZarrFormat.axisNames(base);
		final ChunkedArray s0 = levels.get(0);
		final DimensionUnits stated = s0 instanceof ZarrArray ? DimensionUnits.of(
			((ZarrArray) s0).attributes(), n, s0.location()) : null;
		final double[] spacing = new double[n];
		final List<String> units = new ArrayList<>();
		for (int d = 0; d < n; d++) {
			final int known = NAMES.indexOf(axes.get(d));
			spacing[d] = stated != null ? stated.spacing(d) : known < 0 ? 1
				: SPACING[known];
			units.add(stated != null ? stated.unit(d) : known < 0 ? "" : UNITS.get(
				known));
		}
		return new Volume(name, levels, downsampling, axes, spacing, units,
			ZarrFormat.withoutNulls(group.attributes()));
	}
}
