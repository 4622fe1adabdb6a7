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

package org.zapfiji.data.n5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.scijava.plugin.Plugin;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeFormat;

/**
 * N5 as a volume format: a dataset folder opens as a one-level volume, a group
 * of datasets {@code s0, s1, ...} as a multiscale volume (the layout of
 * n5-viewer and of BigDataViewer's N5 export).
 * <p>
 * Axis names come from the {@code axes} attribute, or default to x, y, z, t, c;
 * voxel size from {@code resolution} or {@code pixelResolution} (n5-viewer),
 * else 1.
 */
@Plugin(type = VolumeFormat.class, name = "N5")
public final class N5Format implements VolumeFormat {

	private static final List<String> DEFAULT_AXES = List.of("x", "y", "z", "t",
		"c");

	@Override
	public boolean recognizes(final Path location) {
		if (!Files.isDirectory(location)) return false;
		try {
			final N5Container n5 = N5Container.open(location);
			final JsonObject root = n5.attributes("");
			return root.has("n5") || N5DatasetAttributes.isDataset(root);
		}
		catch (final IOException e) {
			return false;
		}
	}

	/**
	 * The volume at {@code location}: a dataset, or a group whose datasets s0,
	 * s1, ... are the levels of a pyramid.
	 */
	public Volume open(final Path location) throws IOException {
		final N5Container n5 = N5Container.open(location);
		final String name = location.getFileName() == null ? location.toString()
			: location.getFileName().toString();
		if (n5.isDataset("")) {
			final N5Array array = n5.openDataset("");
			return volume(name, List.of(array), List.of(ones(array)), n5.attributes(
				""));
		}
		final List<ChunkedArray> levels = new ArrayList<>();
		final List<double[]> factors = new ArrayList<>();
		for (int s = 0; n5.isDataset("s" + s); s++) {
			final N5Array level = n5.openDataset("s" + s);
			levels.add(level);
			factors.add(downsampling(n5, "s" + s, level, levels.get(0)));
		}
		if (levels.isEmpty()) throw FormatException.field(n5.attributesFile(""),
			"content", "an N5 dataset, or a group of datasets s0, s1, ...",
			"neither");
		return volume(name, levels, factors, n5.attributes(""));
	}

	private static Volume volume(final String name,
		final List<ChunkedArray> levels, final List<double[]> factors,
		final JsonObject attributes)
	{
		final ArrayMetadata meta = levels.get(0).metadata();
		final int n = meta.numDimensions();
		final List<String> axes = new ArrayList<>(meta.axisNames());
		for (int d = axes.size(); d < n; d++)
			axes.add(d < DEFAULT_AXES.size() ? DEFAULT_AXES.get(d) : "d" + d);
		double[] spacing = new double[n];
		Arrays.fill(spacing, 1);
		final double[] resolution = doubles(attributes, n, "resolution",
			"pixelResolution");
		if (resolution != null) spacing = resolution;
		final List<String> units = units(attributes, n);
		return new Volume(name, levels, factors, axes, spacing, units, Map.of());
	}

	private static double[] downsampling(final N5Container n5, final String path,
		final N5Array level, final ChunkedArray full) throws IOException
	{
		final int n = level.metadata().numDimensions();
		final double[] declared = doubles(n5.attributes(path), n,
			"downsamplingFactors");
		if (declared != null) return declared;
		final double[] ratio = new double[n];
		for (int d = 0; d < n; d++)
			ratio[d] = Math.max(1, Math.round((double) full.metadata().shape()[d] /
				Math.max(1, level.metadata().shape()[d])));
		return ratio;
	}

	private static double[] ones(final ChunkedArray array) {
		final double[] ones = new double[array.metadata().numDimensions()];
		Arrays.fill(ones, 1);
		return ones;
	}

	/** The first of {@code keys} that holds n numbers (n5-viewer's forms). */
	private static double[] doubles(final JsonObject json, final int n,
		final String... keys)
	{
		for (final String key : keys) {
			JsonElement e = json.get(key);
			if (e != null && e.isJsonObject()) e = e.getAsJsonObject().get(
				"dimensions");
			if (e == null || !e.isJsonArray() || e.getAsJsonArray().size() != n)
				continue;
			final double[] values = new double[n];
			try {
				for (int d = 0; d < n; d++)
					values[d] = e.getAsJsonArray().get(d).getAsDouble();
				return values;
			}
			catch (final RuntimeException notNumbers) {
				// try the next key
			}
		}
		return null;
	}

	/**
	 * One unit per axis: from {@code units} where it lists n strings (so a time
	 * axis keeps "s"), else the single {@code unit} for every axis.
	 */
	private static List<String> units(final JsonObject json, final int n) {
		final List<String> units = new ArrayList<>();
		final JsonElement e = json.get("units");
		if (e != null && e.isJsonArray() && e.getAsJsonArray().size() == n) {
			for (final JsonElement u : e.getAsJsonArray())
				if (u.isJsonPrimitive() && u.getAsJsonPrimitive().isString()) units.add(
					u.getAsString());
			if (units.size() == n) return units;
			units.clear();
		}
		for (int d = 0; d < n; d++)
			units.add(unit(json));
		return units;
	}

	private static String unit(final JsonObject json) {
		final JsonElement e = json.get("pixelResolution");
		if (e != null && e.isJsonObject() && e.getAsJsonObject().has("unit"))
			return e.getAsJsonObject().get("unit").getAsString();
		final JsonElement unit = json.get("unit");
		return unit != null && unit.isJsonPrimitive() ? unit.getAsString() : "";
	}

	@Override
	public Dataset openDataset(final Path location) throws IOException {
		return Dataset.of(open(location));
	}
}
