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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scijava.plugin.Plugin;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.JsonDocuments;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeFormat;

/**
 * Zarr (v2 and v3) as a volume format: a folder holding {@code .zarray},
 * {@code .zgroup} or {@code zarr.json}. It opens
 * <ul>
 * <li>a single array, as a one-level volume;</li>
 * <li>an OME-Zarr group with {@code multiscales} (see
 * {@link OmeZarrMultiscales});</li>
 * <li>a ZAPBench-style group of arrays {@code s0, s1, s2, ...} (see
 * {@link ScaleLevelGroup}).</li>
 * </ul>
 * Unnamed axes are called x, y, z, t, c, fastest first.
 */
@Plugin(type = VolumeFormat.class, name = "Zarr")
public final class ZarrFormat implements VolumeFormat {

	/** Names for unnamed axes, fastest first. */
	static final List<String> DEFAULT_AXES = List.of("x", "y", "z", "t", "c");

	@Override
	public boolean recognizes(final Path location) {
		return isZarrNode(location);
	}

	/** Whether {@code folder} is a Zarr array or group of either version. */
	static boolean isZarrNode(final Path folder) {
		return Files.isDirectory(folder) && (Files.isRegularFile(folder.resolve(
			V3Metadata.ZARR_JSON)) || Files.isRegularFile(folder.resolve(
				V2Metadata.ZARRAY)) || Files.isRegularFile(folder.resolve(
					V2Metadata.ZGROUP)));
	}

	/**
	 * Opens {@code location} as a volume.
	 *
	 * @throws FormatException if it is no Zarr node, or a group that is neither
	 *           multiscale nor a set of s0, s1, ... arrays
	 */
	public Volume open(final Path location) throws IOException {
		final String name = location.getFileName() == null ? location.toString()
			: location.getFileName().toString();
		if (!isZarrNode(location)) throw new FormatException(location +
			": not a Zarr array or group (no zarr.json, .zarray or .zgroup)");
		if (Files.isRegularFile(location.resolve(V2Metadata.ZARRAY)) || isV3Array(
			location)) return single(name, ZarrArray.open(location));
		final ZarrGroup group = ZarrGroup.open(location);
		final Object multiscales = OmeZarrMultiscales.find(group.attributes());
		if (multiscales != null) return OmeZarrMultiscales.open(name, group,
			multiscales);
		if (group.children().contains("s0")) return ScaleLevelGroup.open(name,
			group);
		throw new FormatException(location +
			": Zarr group without OME-Zarr multiscales and without an array s0; open one of its arrays " +
			group.children());
	}

	private static boolean isV3Array(final Path location) throws IOException {
		if (!Files.isRegularFile(location.resolve(V3Metadata.ZARR_JSON)))
			return false;
		final com.google.gson.JsonObject o = JsonDocuments.read(
			new org.zapfiji.data.FileStore(location), V3Metadata.ZARR_JSON);
		return o.has("node_type") && "array".equals(o.get("node_type")
			.getAsString());
	}

	/**
	 * A lone array: voxel size and units from TensorStore's
	 * {@code dimension_units} attribute where it has one, else spacing 1.
	 */
	private static Volume single(final String name, final ZarrArray array)
		throws FormatException
	{
		final List<String> axes = axisNames(array.metadata());
		final DimensionUnits stated = DimensionUnits.of(array.attributes(), axes
			.size(), array.location());
		final double[] spacing = new double[axes.size()];
		final List<String> units = new ArrayList<>();
		for (int d = 0; d < axes.size(); d++) {
			spacing[d] = stated == null ? 1 : stated.spacing(d);
			units.add(stated == null ? "" : stated.unit(d));
		}
		return new Volume(name, List.of(array), List.of(ones(axes.size())), axes,
			spacing, units, withoutNulls(array.attributes()));
	}

	private static double[] ones(final int n) {
		final double[] ones = new double[n];
		Arrays.fill(ones, 1);
		return ones;
	}

	/** The array's axis names in lower case, or the defaults. */
	static List<String> axisNames(final ArrayMetadata meta) {
		final List<String> axes = new ArrayList<>();
		for (int d = 0; d < meta.numDimensions(); d++)
			axes.add(meta.axisNames().isEmpty() ? defaultAxis(d) : meta.axisNames()
				.get(d).toLowerCase(Locale.ROOT));
		return axes;
	}

	static String defaultAxis(final int d) {
		return d < DEFAULT_AXES.size() ? DEFAULT_AXES.get(d) : "dim" + d;
	}

	/** Attributes without null values, as {@link Volume} keeps them. */
	static Map<String, Object> withoutNulls(final Map<String, Object> map) {
		final Map<String, Object> copy = new java.util.LinkedHashMap<>(map);
		copy.values().removeIf(java.util.Objects::isNull);
		return copy;
	}

	@Override
	public Dataset openDataset(final Path location) throws IOException {
		return Dataset.of(open(location));
	}
}
