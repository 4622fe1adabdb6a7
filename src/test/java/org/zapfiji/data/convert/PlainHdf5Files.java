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
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;

import io.jhdf.HdfFile;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * A plain HDF5 file of format hdf5 read back with jHDF, independently of our
 * writer: dataset "data" whole, axes from its {@code axes} attribute (slowest
 * first), voxel size from {@code element_size_um}.
 */
public final class PlainHdf5Files {

	private PlainHdf5Files() {}

	/** The file's one volume, in memory, fastest axis first. */
	public static Dataset read(final Path file) throws IOException {
		try (HdfFile hdf = new HdfFile(file)) {
			final io.jhdf.api.Dataset data = hdf.getDatasetByPath("data");
			final int[] dims = data.getDimensions();
			final int n = dims.length;
			final String stored = (String) data.getAttribute("axes").getData();
			final List<String> axes = new ArrayList<>();
			for (final String a : stored.contains(",") ? stored.split(",") : stored
				.split(""))
				axes.add(a);
			Collections.reverse(axes);
			final double[] sizes = data.getAttribute("element_size_um") == null
				? new double[0] : (double[]) data.getAttribute("element_size_um")
					.getData();
			final long[] shape = new long[n];
			final double[] spacing = new double[n];
			final List<String> units = new ArrayList<>();
			int spatial = sizes.length;
			for (int d = 0; d < n; d++) {
				shape[d] = dims[n - 1 - d];
				final boolean length = axes.get(d).matches("[xyz]");
				spacing[d] = length && spatial > 0 ? sizes[--spatial] : 1;
				units.add(length ? "\u00b5m" : "");
			}
			final DataType type = type(data.getDataType());
			final Object flat = data.getDataFlat();
			final Object values = type.allocate(Array.getLength(flat));
			for (int i = 0; i < Array.getLength(flat); i++)
				set(values, i, (Number) Array.get(flat, i));
			final int[] whole = new int[n];
			for (int d = 0; d < n; d++)
				whole[d] = (int) shape[d];
			final ArrayMetadata meta = ArrayMetadata.of(shape, whole, type, 0L, axes);
			final Chunk chunk = new Chunk(whole, values);
			final ChunkedArray array = new ChunkedArray() {

				@Override
				public ArrayMetadata metadata() {
					return meta;
				}

				@Override
				public String location() {
					return file.toString();
				}

				@Override
				public Chunk readChunk(final long[] gridPosition) {
					return chunk;
				}
			};
			return Dataset.of(Volume.single(file.getFileName().toString(), array,
				axes, spacing, units));
		}
	}

	private static DataType type(final io.jhdf.object.datatype.DataType t) {
		final int bits = 8 * t.getSize();
		if (t instanceof FloatingPoint) return bits == 32 ? DataType.FLOAT32
			: DataType.FLOAT64;
		final boolean signed = ((FixedPoint) t).isSigned();
		return DataType.forId((signed ? "int" : "uint") + bits);
	}

	private static void set(final Object array, final int i, final Number v) {
		if (array instanceof byte[]) ((byte[]) array)[i] = v.byteValue();
		else if (array instanceof short[]) ((short[]) array)[i] = v.shortValue();
		else if (array instanceof int[]) ((int[]) array)[i] = v.intValue();
		else if (array instanceof long[]) ((long[]) array)[i] = v.longValue();
		else if (array instanceof float[]) ((float[]) array)[i] = v.floatValue();
		else((double[]) array)[i] = v.doubleValue();
	}
}
