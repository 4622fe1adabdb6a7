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
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FillValues;
import org.zapfiji.data.Volume;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

/**
 * Writes volumes as a BigDataViewer XML + HDF5 dataset, one setup per volume,
 * that BigDataViewer and h5py open: {@code s<SS>/resolutions},
 * {@code s<SS>/subdivisions} and {@code t<TTTTT>/s<SS>/<L>/cells} (z, y, x),
 * uint16 stored as int16 as BigDataViewer expects; other types are stored with
 * their signed HDF5 twin and named in a {@code dataType} attribute of the setup
 * group, as newer BigDataViewers do.
 * <p>
 * jhdf writes contiguous, uncompressed datasets and keeps all of them in memory
 * until the file is closed, so this writer refuses volumes larger than a third
 * of the heap; write BigDataViewer N5 ({@link BdvN5Writer}) for those.
 */
public final class BdvHdf5Writer {

	private BdvHdf5Writer() {}

	/**
	 * Writes {@code xml} and an HDF5 file of the same name ending in .h5 beside
	 * it; both appear whole or not at all.
	 *
	 * @param volumes axes x, y, z or x, y, z, t; the same number of timepoints
	 */
	public static void write(final Path xml, final List<Volume> volumes)
		throws IOException
	{
		final int timepoints = BdvSources.check(volumes);
		checkMemory(volumes);
		final Path h5 = sibling(xml, ".h5");
		final Path partial = h5.resolveSibling(h5.getFileName() + ".partial");
		final List<BdvViewSetup> setups = new ArrayList<>();
		for (int s = 0; s < volumes.size(); s++)
			setups.add(BdvSources.setup(s, volumes.get(s)));
		final ChunkCache cache = new ChunkCache(64L << 20);
		try {
			try (WritableHdfFile hdf = HdfFile.write(partial)) {
				for (int s = 0; s < volumes.size(); s++)
					writeSetupTables(hdf.putGroup(String.format("s%02d", s)), volumes.get(
						s));
				for (int t = 0; t < timepoints; t++) {
					final WritableGroup tg = hdf.putGroup(String.format("t%05d", t));
					for (int s = 0; s < volumes.size(); s++)
						writeViews(tg.putGroup(String.format("s%02d", s)), volumes.get(s),
							t, cache);
				}
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

	private static void writeSetupTables(final WritableGroup group,
		final Volume v)
	{
		final double[][] resolutions = new double[v.numLevels()][];
		final int[][] subdivisions = new int[v.numLevels()][];
		for (int l = 0; l < v.numLevels(); l++) {
			final double[] f = v.downsampling(l);
			resolutions[l] = new double[] { f[0], f[1], f[2] };
			final int[] block = BdvSources.blockShape(v.level(l));
			final long[] shape = v.level(l).metadata().shape();
			for (int d = 0; d < 3; d++)
				block[d] = (int) Math.max(1, Math.min(block[d], shape[d]));
			subdivisions[l] = block;
		}
		group.putDataset("resolutions", resolutions);
		group.putDataset("subdivisions", subdivisions);
		final DataType type = v.metadata().dataType();
		if (type != DataType.UINT16) group.putAttribute("dataType", type.id());
	}

	private static void writeViews(final WritableGroup setup, final Volume v,
		final int t, final ChunkCache cache) throws IOException
	{
		for (int l = 0; l < v.numLevels(); l++)
			setup.putGroup(Integer.toString(l)).putDataset("cells", nested(v.level(l),
				t, cache));
	}

	/** One timepoint of a level as {@code type[z][y][x]}, filled block-wise. */
	private static Object nested(final ChunkedArray level, final int t,
		final ChunkCache cache) throws IOException
	{
		final ArrayMetadata meta = level.metadata();
		if (meta.dataType() == DataType.BOOL) throw new IllegalArgumentException(
			level.location() + ": BigDataViewer HDF5 has no bool type");
		final long[] shape = meta.shape();
		final Object empty = meta.dataType().allocate(0);
		final Object nested = Array.newInstance(empty.getClass().getComponentType(),
			(int) shape[2], (int) shape[1], (int) shape[0]);
		final int[] block = BdvSources.blockShape(level);
		final long[] grid = new long[3];
		for (int d = 0; d < 3; d++)
			grid[d] = (shape[d] + block[d] - 1) / block[d];
		for (final long[] p : ChunkWriter.gridPositions(grid)) {
			final Chunk chunk = BdvSources.block(cache, level, p, t);
			final int[] cell = cellShape(shape, block, p);
			final Object data = chunk != null ? chunk.data() : FillValues.filled(meta
				.dataType(), meta.fillValue(), cell[0] * cell[1] * cell[2]);
			for (int z = 0; z < cell[2]; z++)
				for (int y = 0; y < cell[1]; y++)
					System.arraycopy(data, (z * cell[1] + y) * cell[0], Array.get(Array
						.get(nested, (int) (p[2] * block[2] + z)), (int) (p[1] * block[1] +
							y)), (int) (p[0] * block[0]), cell[0]);
		}
		return nested;
	}

	private static int[] cellShape(final long[] shape, final int[] block,
		final long[] p)
	{
		final int[] cell = new int[3];
		for (int d = 0; d < 3; d++)
			cell[d] = (int) Math.min(block[d], shape[d] - p[d] * block[d]);
		return cell;
	}

	private static void checkMemory(final List<Volume> volumes) {
		long bytes = 0;
		for (final Volume v : volumes)
			for (int l = 0; l < v.numLevels(); l++) {
				long n = v.level(l).metadata().dataType().bytes();
				for (final long s : v.level(l).metadata().shape())
					n *= s;
				bytes += n;
			}
		final long limit = Runtime.getRuntime().maxMemory() / 3;
		if (bytes > limit) throw new IllegalArgumentException(
			"BigDataViewer HDF5 " +
				"through jhdf holds the whole dataset in memory: " + bytes +
				" bytes exceed a third of the heap (" + limit +
				"); write BigDataViewer N5 instead");
	}
}
