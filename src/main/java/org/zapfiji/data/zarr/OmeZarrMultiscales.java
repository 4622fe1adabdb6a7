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
import java.util.Locale;
import java.util.Map;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;

/**
 * OME-Zarr {@code multiscales} (v0.4 in the group attributes, v0.5 under
 * {@code ome}): axes with names and units, one dataset per level, and their
 * {@code scale} transformations, which give the voxel spacing of level 0 and
 * each level's downsampling factors. Everything is reversed from OME's C order
 * to our fastest-first order.
 */
final class OmeZarrMultiscales {

	private OmeZarrMultiscales() {}

	/** The {@code multiscales} list in {@code attributes}, or null. */
	static Object find(final Map<String, Object> attributes) {
		final Object ome = attributes.get("ome");
		if (ome instanceof Map && ((Map<?, ?>) ome).containsKey("multiscales"))
			return ((Map<?, ?>) ome).get("multiscales");
		return attributes.get("multiscales");
	}

	static Volume open(final String name, final ZarrGroup group,
		final Object multiscales) throws IOException
	{
		final String file = group.path().resolve(group.zarrVersion() == 2
			? V2Metadata.ZATTRS : V3Metadata.ZARR_JSON).toString();
		if (!(multiscales instanceof List) || ((List<?>) multiscales).isEmpty() ||
			!(((List<?>) multiscales).get(0) instanceof Map)) throw FormatException
				.field(file, "multiscales", "a list of multiscale objects",
					multiscales);
		final Map<?, ?> ms = (Map<?, ?>) ((List<?>) multiscales).get(0);
		final List<?> axes = list(ms.get("axes"), "multiscales[0].axes", file);
		final int n = axes.size();
		final List<String> names = new ArrayList<>();
		final List<String> units = new ArrayList<>();
		for (int i = n - 1; i >= 0; i--) {
			final Object axis = axes.get(i);
			final Object axisName = axis instanceof Map ? ((Map<?, ?>) axis).get(
				"name") : axis;
			if (!(axisName instanceof String)) throw FormatException.field(file,
				"multiscales[0].axes[" + i + "].name", "a string", axisName);
			names.add(((String) axisName).toLowerCase(Locale.ROOT));
			units.add(unit(axis instanceof Map ? ((Map<?, ?>) axis).get("unit")
				: null));
		}
		final double[] global = scale(ms.get("coordinateTransformations"), n,
			"multiscales[0].coordinateTransformations", file);
		final List<?> datasets = list(ms.get("datasets"), "multiscales[0].datasets",
			file);
		final List<ChunkedArray> levels = new ArrayList<>();
		final List<double[]> scales = new ArrayList<>();
		for (int l = 0; l < datasets.size(); l++) {
			final String field = "multiscales[0].datasets[" + l + "]";
			if (!(datasets.get(l) instanceof Map)) throw FormatException.field(file,
				field, "an object", datasets.get(l));
			final Map<?, ?> dataset = (Map<?, ?>) datasets.get(l);
			if (!(dataset.get("path") instanceof String)) throw FormatException.field(
				file, field + ".path", "a string", dataset.get("path"));
			final ZarrArray array = group.openArray((String) dataset.get("path"));
			if (array.metadata().numDimensions() != n) throw FormatException.field(
				file, field, "an array of " + n + " dimensions like the axes", array
					.metadata());
			levels.add(array);
			scales.add(scale(dataset.get("coordinateTransformations"), n, field +
				".coordinateTransformations", file));
		}
		if (levels.isEmpty()) throw FormatException.field(file,
			"multiscales[0].datasets", "at least one dataset", "none");
		final double[] spacing = new double[n];
		final List<double[]> downsampling = new ArrayList<>();
		for (int d = 0; d < n; d++)
			spacing[d] = scales.get(0)[n - 1 - d] * global[n - 1 - d];
		for (final double[] s : scales) {
			final double[] f = new double[n];
			for (int d = 0; d < n; d++) {
				final double base = scales.get(0)[n - 1 - d];
				f[d] = base == 0 ? 1 : s[n - 1 - d] / base;
			}
			downsampling.add(f);
		}
		return new Volume(name, levels, downsampling, names, spacing, units,
			ZarrFormat.withoutNulls(group.attributes()));
	}

	private static List<?> list(final Object value, final String field,
		final String file) throws FormatException
	{
		if (!(value instanceof List)) throw FormatException.field(file, field,
			"a list", value);
		return (List<?>) value;
	}

	/** The product of the {@code scale} entries of a transformation list. */
	private static double[] scale(final Object transformations, final int n,
		final String field, final String file) throws FormatException
	{
		final double[] scale = new double[n];
		java.util.Arrays.fill(scale, 1);
		if (transformations == null) return scale;
		for (final Object t : list(transformations, field, file)) {
			if (!(t instanceof Map) || !"scale".equals(((Map<?, ?>) t).get("type")))
				continue;
			final List<?> values = list(((Map<?, ?>) t).get("scale"), field +
				".scale", file);
			if (values.size() != n) throw FormatException.field(file, field +
				".scale", n + " numbers", values);
			for (int i = 0; i < n; i++) {
				if (!(values.get(i) instanceof Number)) throw FormatException.field(
					file, field + ".scale", "numbers", values);
				scale[i] *= ((Number) values.get(i)).doubleValue();
			}
		}
		return scale;
	}

	/** OME's unit words as the short symbols the viewer shows. */
	static String unit(final Object unit) {
		if (!(unit instanceof String)) return "";
		switch ((String) unit) {
			case "micrometer":
				return "µm";
			case "nanometer":
				return "nm";
			case "millimeter":
				return "mm";
			case "meter":
				return "m";
			case "second":
				return "s";
			case "millisecond":
				return "ms";
			default:
				return (String) unit;
		}
	}
}
