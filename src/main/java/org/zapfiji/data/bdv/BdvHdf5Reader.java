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

package org.zapfiji.data.bdv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * The voxels of a {@code bdv.hdf5} dataset: per setup {@code s<SS>/resolutions}
 * and {@code s<SS>/subdivisions} (one x, y, z row per level), and per timepoint
 * and level {@code t<TTTTT>/s<SS>/<L>/cells}.
 * <p>
 * The element type is the setup group's {@code dataType} attribute where newer
 * BigDataViewers write one; without it an int16 dataset is uint16, as
 * BigDataViewer has always stored it.
 */
final class BdvHdf5Reader {

	private BdvHdf5Reader() {}

	static BdvDataset open(final BdvSpimData data) throws IOException {
		final Path file = data.imagePath();
		if (!Files.isRegularFile(file)) throw new FormatException(file +
			": the HDF5 file named by the XML does not exist");
		final HdfFile hdf;
		try {
			hdf = new HdfFile(file);
		}
		catch (final HdfException e) {
			throw new FormatException(file + ": not a readable HDF5 file: " + e
				.getMessage(), e);
		}
		catch (final RuntimeException e) {
			throw JhdfFailures.damaged(file.toString(), e);
		}
		try {
			final List<org.zapfiji.data.Volume> volumes = new ArrayList<>();
			for (final BdvViewSetup setup : data.setups())
				volumes.add(volume(hdf, data, setup));
			return new BdvDataset(data, volumes, hdf::close);
		}
		catch (final IOException e) {
			hdf.close();
			throw e;
		}
		catch (final RuntimeException e) {
			// the setup tables and cell datasets are read by jhdf, see JhdfFailures
			hdf.close();
			if (e instanceof HdfException) throw new FormatException(file + ": " + e
				.getMessage(), e);
			throw JhdfFailures.damaged(file.toString(), e);
		}
	}

	private static org.zapfiji.data.Volume volume(final HdfFile hdf,
		final BdvSpimData data, final BdvViewSetup setup) throws IOException
	{
		final Path file = data.imagePath();
		final String group = String.format("s%02d", setup.id());
		final double[][] resolutions = rows(hdf, file, group + "/resolutions");
		final double[][] subdivisions = rows(hdf, file, group + "/subdivisions");
		if (subdivisions.length != resolutions.length) throw FormatException.field(
			file + ":/" + group, "subdivisions", resolutions.length +
				" rows like resolutions", subdivisions.length);
		final DataType type = dataType(hdf, file, data.timepoints().get(0), group);
		final List<List<ChunkedArray>> levels = new ArrayList<>();
		for (int l = 0; l < resolutions.length; l++) {
			final int[] block = new int[3];
			for (int d = 0; d < 3; d++)
				block[d] = (int) Math.max(1, Math.min(1 << 12, subdivisions[l][d]));
			final List<ChunkedArray> timepoints = new ArrayList<>();
			for (final int t : data.timepoints())
				timepoints.add(Hdf5CellsArray.open(hdf, file, String.format(
					"t%05d/%s/%d/cells", t, group, l), type, block));
			levels.add(timepoints);
		}
		return BdvDataset.volume(data, setup, levels, List.of(resolutions));
	}

	/** A levels × 3 table of numbers. */
	private static double[][] rows(final HdfFile hdf, final Path file,
		final String path) throws FormatException
	{
		final Dataset dataset;
		try {
			dataset = hdf.getDatasetByPath(path);
		}
		catch (final HdfException e) {
			throw new FormatException(file + ":/" + path +
				": no such dataset in the HDF5 file", e);
		}
		final int[] dims = dataset.getDimensions();
		if (dims.length != 2 || dims[1] != 3 || dims[0] < 1 || dims[0] > 64)
			throw FormatException.field(file + ":/" + path, "shape",
				"levels × 3 (x, y, z), 1 to 64 levels", java.util.Arrays.toString(
					dims));
		final double[] flat = NestedArrays.doubles(dataset.getData());
		final double[][] table = new double[dims[0]][3];
		for (int l = 0; l < dims[0]; l++)
			System.arraycopy(flat, 3 * l, table[l], 0, 3);
		return table;
	}

	private static DataType dataType(final HdfFile hdf, final Path file,
		final int firstTimepoint, final String group) throws FormatException
	{
		final Node node = hdf.getByPath(group);
		final Attribute attribute = node.getAttribute("dataType");
		if (attribute != null) {
			Object value = attribute.getData();
			if (value != null && value.getClass().isArray() && java.lang.reflect.Array
				.getLength(value) == 1) value = java.lang.reflect.Array.get(value, 0);
			try {
				return DataType.forId(String.valueOf(value));
			}
			catch (final IllegalArgumentException e) {
				throw FormatException.field(file + ":/" + group, "dataType attribute",
					"a BigDataViewer data type name", "'" + value + "'");
			}
		}
		final String cells = String.format("t%05d/%s/0/cells", firstTimepoint,
			group);
		final io.jhdf.object.datatype.DataType stored;
		try {
			stored = hdf.getDatasetByPath(cells).getDataType();
		}
		catch (final HdfException e) {
			throw new FormatException(file + ":/" + cells +
				": no such dataset in the HDF5 file", e);
		}
		return storedType(stored, file + ":/" + cells);
	}

	/** The type of a dataset; int16 is BigDataViewer's uint16. */
	private static DataType storedType(
		final io.jhdf.object.datatype.DataType stored, final String where)
		throws FormatException
	{
		if (stored instanceof FloatingPoint) {
			if (stored.getSize() == 4) return DataType.FLOAT32;
			if (stored.getSize() == 8) return DataType.FLOAT64;
		}
		if (stored instanceof FixedPoint) {
			final boolean signed = ((FixedPoint) stored).isSigned();
			switch (stored.getSize()) {
				case 1:
					return signed ? DataType.INT8 : DataType.UINT8;
				case 2:
					return DataType.UINT16; // BigDataViewer's int16 holds uint16
				case 4:
					return signed ? DataType.INT32 : DataType.UINT32;
				case 8:
					return signed ? DataType.INT64 : DataType.UINT64;
				default:
			}
		}
		throw FormatException.field(where, "element type",
			"an integer or float type", stored.getClass().getSimpleName() + " of " +
				stored.getSize() + " bytes");
	}
}
