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

package org.zapfiji.data.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;
import org.zapfiji.data.bdv.BdvHdf5Writer;
import org.zapfiji.data.bdv.BdvN5Writer;
import org.zapfiji.data.n5.N5Array;
import org.zapfiji.data.n5.N5Container;
import org.zapfiji.data.tiff.TiffVolumes;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * Writes one checked conversion in its format, at a staged path: the one place
 * that knows how each format keeps axis names, voxel size and units.
 * <ul>
 * <li>Zarr: axis names as {@code dimension_names} (v3) or
 * {@code _ARRAY_DIMENSIONS} (v2), voxel size and units as TensorStore's
 * {@code dimension_units} ("0.406 µm"), which is where ZAPBench keeps
 * them.</li>
 * <li>N5: {@code axes}, {@code resolution} and {@code unit} (the first axis's,
 * as n5-viewer reads it) plus {@code units}, one per axis.</li>
 * <li>HDF5: {@code element_size_um} (z, y, x) and {@code axes} on the one
 * dataset (see {@link PlainHdf5}).</li>
 * <li>TIFF: ImageJ's calibration; BigDataViewer: the setup's voxel size and
 * unit (x, y, z only: the XML has no time step).</li>
 * </ul>
 */
final class FormatWriters {

	private final VolumeConversion conversion;

	private final Volume volume;

	private final ArrayMetadata meta;

	FormatWriters(final VolumeConversion conversion, final Volume volume,
		final ArrayMetadata meta)
	{
		this.conversion = conversion;
		this.volume = volume;
		this.meta = meta;
	}

	void write(final Path staged, final Progress progress) throws IOException {
		final ChunkedArray source = volume.level(0);
		final int threads = conversion.threads();
		switch (conversion.format()) {
			case ZARR3:
			case ZARR2:
				ChunkWriter.copy(source, zarr(staged), threads, progress);
				break;
			case N5:
				ChunkWriter.copy(source, n5(staged), threads, progress);
				break;
			case TIFF:
				TiffVolumes.write(volume, staged, threads, progress);
				break;
			case HDF5:
				PlainHdf5.write(volume, staged, threads, progress);
				break;
			case BDV:
				BdvHdf5Writer.write(staged, List.of(counted(progress)), threads);
				break;
			case BDV_N5:
				BdvN5Writer.write(staged, List.of(counted(progress)), conversion
					.compression().forN5(meta.dataType()));
				break;
			default:
				throw new IllegalStateException("no writer for " + conversion.format());
		}
	}

	private ZarrArray zarr(final Path staged) throws IOException {
		final ZarrArray array = ZarrArray.create(staged, meta, conversion.layout(
			volume, meta));
		array.writeAttributes(Map.of("dimension_units", dimensionUnits()));
		return array;
	}

	/** TensorStore's {@code dimension_units}: slowest axis first. */
	private List<String> dimensionUnits() {
		final List<String> units = new ArrayList<>();
		final double[] spacing = volume.spacing();
		for (int d = spacing.length - 1; d >= 0; d--) {
			final String unit = volume.units().get(d);
			units.add(number(spacing[d]) + (unit.isEmpty() ? "" : " " + unit));
		}
		return units;
	}

	private N5Array n5(final Path staged) throws IOException {
		final N5Container n5 = N5Container.create(staged);
		final N5Array array = n5.createDataset("", meta, conversion.compression()
			.forN5(meta.dataType()));
		final JsonObject attributes = new JsonObject();
		final JsonArray resolution = new JsonArray();
		final JsonArray units = new JsonArray();
		for (int d = 0; d < meta.numDimensions(); d++) {
			resolution.add(volume.spacing()[d]);
			units.add(volume.units().get(d));
		}
		attributes.add("resolution", resolution);
		attributes.addProperty("unit", volume.units().get(0));
		attributes.add("units", units);
		n5.setAttributes("", attributes);
		return array;
	}

	/** The volume with reads counted as progress, for the BDV writers. */
	private Volume counted(final Progress progress) {
		final ChunkedArray source = volume.level(0);
		final WorkCounter counter = new WorkCounter(progress, CountedReads.chunks(
			source));
		return Volume.single(volume.name(), new CountedReads(source, counter),
			volume.axes(), volume.spacing(), volume.units());
	}

	private static String number(final double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long
			.toString((long) value);
		return String.format(Locale.ROOT, "%s", value);
	}
}
