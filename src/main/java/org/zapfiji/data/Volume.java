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

package org.zapfiji.data;

import java.util.List;
import java.util.Map;

/**
 * One image source: a multiscale pyramid of chunked arrays sharing axes, voxel
 * size and time step, as every format opens it (OME-Zarr {@code multiscales},
 * ZAPBench {@code s0/s1/s2}, BigDataViewer levels, or a single array as a
 * one-level pyramid).
 * <p>
 * Axes are named with the lower-case letters {@code x, y, z, t, c} where the
 * format says which is which, fastest first like the arrays.
 */
public final class Volume {

	/**
	 * Attribute key prefix of the affine from full-resolution voxels to world
	 * coordinates at time point N ({@code "bdv.affine.t<N>"}: a double[12],
	 * row-major 3 × 4), where a format stores one (BigDataViewer registrations).
	 * Without it, the voxel spacing alone places the volume.
	 */
	public static final String AFFINE_PREFIX = "bdv.affine.t";

	private final String name;

	private final List<ChunkedArray> levels;

	private final List<double[]> downsampling;

	private final List<String> axes;

	private final double[] spacing;

	private final List<String> units;

	private final Map<String, Object> attributes;

	/**
	 * @param levels full resolution first
	 * @param downsampling per level, the factor per axis relative to level 0
	 * @param axes axis names, fastest first
	 * @param spacing per axis, the distance between samples at level 0 (µm for
	 *          space, seconds for time, 1 for channels)
	 * @param units per axis, e.g. "µm", "s", ""
	 */
	public Volume(final String name, final List<ChunkedArray> levels,
		final List<double[]> downsampling, final List<String> axes,
		final double[] spacing, final List<String> units,
		final Map<String, Object> attributes)
	{
		if (levels.isEmpty()) throw new IllegalArgumentException(name +
			": no resolution levels");
		if (downsampling.size() != levels.size())
			throw new IllegalArgumentException(name +
				": one downsampling factor set per level expected");
		final int n = levels.get(0).metadata().numDimensions();
		if (axes.size() != n || spacing.length != n || units.size() != n)
			throw new IllegalArgumentException(name + ": expected " + n +
				" axis names, spacings and units, found " + axes + ", " +
				spacing.length + ", " + units);
		this.name = name;
		this.levels = List.copyOf(levels);
		this.downsampling = List.copyOf(downsampling);
		this.axes = List.copyOf(axes);
		this.spacing = spacing.clone();
		this.units = List.copyOf(units);
		this.attributes = Map.copyOf(attributes);
	}

	/** A single array as a one-level volume. */
	public static Volume single(final String name, final ChunkedArray array,
		final List<String> axes, final double[] spacing, final List<String> units)
	{
		final double[] ones = new double[axes.size()];
		java.util.Arrays.fill(ones, 1);
		return new Volume(name, List.of(array), List.of(ones), axes, spacing, units,
			Map.of());
	}

	public String name() {
		return name;
	}

	public int numLevels() {
		return levels.size();
	}

	public ChunkedArray level(final int level) {
		return levels.get(level);
	}

	/** Factor per axis of {@code level} relative to full resolution. */
	public double[] downsampling(final int level) {
		return downsampling.get(level).clone();
	}

	public List<String> axes() {
		return axes;
	}

	/** The index of axis {@code name}, or -1. */
	public int axis(final String name) {
		return axes.indexOf(name);
	}

	public double[] spacing() {
		return spacing.clone();
	}

	public List<String> units() {
		return units;
	}

	public Map<String, Object> attributes() {
		return attributes;
	}

	public ArrayMetadata metadata() {
		return levels.get(0).metadata();
	}

	/**
	 * Resolution level {@code level} alone, as a one-level volume whose spacing
	 * is the full-resolution spacing times the level's downsampling.
	 */
	public Volume atLevel(final int level) {
		if (level < 0 || level >= levels.size()) throw new IllegalArgumentException(
			name + ": level " + level + " does not exist; levels 0.." + (levels
				.size() - 1) + " do");
		if (level == 0 && levels.size() == 1) return this;
		final double[] factors = downsampling.get(level);
		final double[] scaled = spacing.clone();
		for (int d = 0; d < scaled.length; d++)
			scaled[d] *= factors[d];
		final double[] ones = new double[axes.size()];
		java.util.Arrays.fill(ones, 1);
		return new Volume(level == 0 ? name : name + " s" + level, List.of(levels
			.get(level)), List.of(ones), axes, scaled, units, attributes);
	}
}
