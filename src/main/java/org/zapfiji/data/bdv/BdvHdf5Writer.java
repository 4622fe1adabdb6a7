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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FillValues;
import org.zapfiji.data.Volume;
import org.zapfiji.data.hdf5.Hdf5Dataset;
import org.zapfiji.data.hdf5.Hdf5Group;
import org.zapfiji.data.hdf5.Hdf5Type;
import org.zapfiji.data.hdf5.Hdf5Writer;
import org.zapfiji.task.Parallel;

/**
 * Writes volumes as a BigDataViewer XML + HDF5 dataset, one setup per volume,
 * that BigDataViewer and h5py open: {@code s<SS>/resolutions} (float64, one x,
 * y, z row per level), {@code s<SS>/subdivisions} (int32, likewise) and
 * {@code t<TTTTT>/s<SS>/<L>/cells} (z, y, x), uint16 stored as int16 as
 * BigDataViewer expects; other types are stored with their signed HDF5 twin
 * (BigDataViewer reads them through signed memory types) and named in a
 * {@code dataType} attribute of the setup group, as newer BigDataViewers do.
 * <p>
 * Block by block, through the streaming {@link Hdf5Writer}: every source chunk
 * is read once (a chunk spanning several timepoints fills all of them) and
 * written in place, so memory holds a few chunks per thread whatever the size
 * of the volumes. The datasets are contiguous and uncompressed.
 */
public final class BdvHdf5Writer {

	private BdvHdf5Writer() {}

	/** {@link #write(Path, List, int)} on one thread. */
	public static void write(final Path xml, final List<Volume> volumes)
		throws IOException
	{
		write(xml, volumes, 1);
	}

	/**
	 * Writes {@code xml} and an HDF5 file of the same name ending in .h5 beside
	 * it; the HDF5 file appears whole or not at all (it is written as a
	 * {@code .partial} sibling and renamed), the XML after it.
	 *
	 * @param volumes axes x, y, z or x, y, z, t; the same number of timepoints
	 * @param threads how many chunks to copy at once
	 * @throws IllegalArgumentException for bool volumes or mismatched axes
	 */
	public static void write(final Path xml, final List<Volume> volumes,
		final int threads) throws IOException
	{
		final int timepoints = BdvSources.check(volumes);
		for (final Volume v : volumes)
			stored(v);
		final Path h5 = sibling(xml, ".h5");
		final Path partial = h5.resolveSibling(h5.getFileName() + ".partial");
		final List<BdvViewSetup> setups = new ArrayList<>();
		for (int s = 0; s < volumes.size(); s++)
			setups.add(BdvSources.setup(s, volumes.get(s)));
		try {
			try (Hdf5Writer hdf = Hdf5Writer.create(partial)) {
				final Hdf5Group root = hdf.root();
				for (int s = 0; s < volumes.size(); s++)
					writeSetupTables(root.createGroup(String.format("s%02d", s)), volumes
						.get(s));
				// cells[s][l][t], laid out timepoint by timepoint like BigDataViewer's
				final List<List<List<Hdf5Dataset>>> cells = cellDatasets(root, volumes,
					timepoints);
				for (int s = 0; s < volumes.size(); s++)
					for (int l = 0; l < volumes.get(s).numLevels(); l++)
						copy(volumes.get(s).level(l), cells.get(s).get(l), threads);
				hdf.finish();
			}
			Files.move(partial, h5, StandardCopyOption.REPLACE_EXISTING,
				StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
		BdvXmlWriter.write(xml, BdvSpimData.Loader.HDF5, h5.getFileName()
			.toString(), setups, timepoints, new BdvRegistrations(volumes));
	}

	/** {@code xml} with its extension replaced by {@code extension}. */
	static Path sibling(final Path xml, final String extension) {
		final String name = xml.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		return xml.resolveSibling((dot > 0 ? name.substring(0, dot) : name) +
			extension);
	}

	/** The HDF5 type a volume's voxels are stored as: the signed twin. */
	private static Hdf5Type stored(final Volume v) {
		switch (v.metadata().dataType()) {
			case INT8:
			case UINT8:
				return Hdf5Type.INT8;
			case INT16:
			case UINT16:
				return Hdf5Type.INT16;
			case INT32:
			case UINT32:
				return Hdf5Type.INT32;
			case INT64:
			case UINT64:
				return Hdf5Type.INT64;
			case FLOAT32:
				return Hdf5Type.FLOAT32;
			case FLOAT64:
				return Hdf5Type.FLOAT64;
			default:
				throw new IllegalArgumentException(v.name() +
					": BigDataViewer HDF5 has no " + v.metadata().dataType().id() +
					" type");
		}
	}

	private static void writeSetupTables(final Hdf5Group group, final Volume v)
		throws IOException
	{
		final int levels = v.numLevels();
		final double[] resolutions = new double[3 * levels];
		final int[] subdivisions = new int[3 * levels];
		for (int l = 0; l < levels; l++) {
			final double[] f = v.downsampling(l);
			final int[] block = BdvSources.blockShape(v.level(l));
			final long[] shape = v.level(l).metadata().shape();
			for (int d = 0; d < 3; d++) {
				resolutions[3 * l + d] = f[d];
				subdivisions[3 * l + d] = (int) Math.max(1, Math.min(block[d],
					shape[d]));
			}
		}
		group.createDataset("resolutions", Hdf5Type.FLOAT64, new long[] { levels,
			3 }).write(resolutions);
		group.createDataset("subdivisions", Hdf5Type.INT32, new long[] { levels,
			3 }).write(subdivisions);
		final DataType type = v.metadata().dataType();
		if (type != DataType.UINT16) group.attribute("dataType", type.id());
	}

	private static List<List<List<Hdf5Dataset>>> cellDatasets(
		final Hdf5Group root, final List<Volume> volumes, final int timepoints)
		throws IOException
	{
		final List<List<List<Hdf5Dataset>>> cells = new ArrayList<>();
		for (final Volume v : volumes) {
			final List<List<Hdf5Dataset>> levels = new ArrayList<>();
			for (int l = 0; l < v.numLevels(); l++)
				levels.add(new ArrayList<>());
			cells.add(levels);
		}
		for (int t = 0; t < timepoints; t++) {
			final Hdf5Group tg = root.createGroup(String.format("t%05d", t));
			for (int s = 0; s < volumes.size(); s++) {
				final Volume v = volumes.get(s);
				final Hdf5Group sg = tg.createGroup(String.format("s%02d", s));
				for (int l = 0; l < v.numLevels(); l++) {
					final ArrayMetadata meta = v.level(l).metadata();
					final long[] shape = meta.shape();
					cells.get(s).get(l).add(sg.createGroup(Integer.toString(l))
						.createDataset("cells", stored(v), new long[] { shape[2], shape[1],
							shape[0] }, meta.fillValue()));
				}
			}
		}
		return cells;
	}

	/**
	 * Copies one level, chunk by chunk on {@code threads} threads, into its
	 * datasets (one per timepoint).
	 */
	private static void copy(final ChunkedArray level,
		final List<Hdf5Dataset> timepoints, final int threads) throws IOException
	{
		final ArrayMetadata meta = level.metadata();
		if (meta.numDimensions() == 3 && timepoints.size() != 1)
			throw new IllegalStateException(level.location() +
				": x, y, z level for " + timepoints.size() + " timepoints");
		final List<long[]> positions = ChunkWriter.gridPositions(meta.gridShape());
		Parallel.forEach(positions, threads, "writing " + timepoints.get(0).path(),
			p -> copyChunk(level, p, timepoints));
	}

	/**
	 * Reads source chunk {@code p} once and writes each of its timepoints into
	 * that timepoint's dataset, z, y, x; a missing chunk is written as the fill
	 * value (or skipped when that is zero: unwritten bytes read as zero).
	 */
	private static void copyChunk(final ChunkedArray level, final long[] p,
		final List<Hdf5Dataset> timepoints) throws IOException
	{
		final ArrayMetadata meta = level.metadata();
		final int[] cell = meta.cellShape(p);
		final int xyz = cell[0] * cell[1] * cell[2];
		final int firstT = meta.numDimensions() == 3 ? 0 : (int) p[3] * meta
			.chunkShape()[3];
		final int count = meta.numDimensions() == 3 ? 1 : cell[3];
		final Chunk chunk = level.readChunk(p);
		if (chunk == null && isZero(meta.fillValue())) return;
		final Object data = chunk != null ? chunk.data() : FillValues.filled(meta
			.dataType(), meta.fillValue(), xyz * count);
		if (java.lang.reflect.Array.getLength(data) != xyz * count)
			throw new IOException(level.location() + ": chunk at " + java.util.Arrays
				.toString(p) + " holds " + java.lang.reflect.Array.getLength(data) +
				" voxels, expected " + xyz * count);
		final long[] offset = { p[2] * meta.chunkShape()[2], p[1] * meta
			.chunkShape()[1], p[0] * meta.chunkShape()[0] };
		final int[] shape = { cell[2], cell[1], cell[0] };
		for (int t = 0; t < count; t++) {
			final Object slice;
			if (count == 1) slice = data;
			else {
				slice = meta.dataType().allocate(xyz);
				System.arraycopy(data, t * xyz, slice, 0, xyz);
			}
			timepoints.get(firstT + t).write(offset, shape, slice);
		}
	}

	private static boolean isZero(final Number fill) {
		return fill.longValue() == 0 && Double.doubleToRawLongBits(fill
			.doubleValue()) == 0;
	}
}
