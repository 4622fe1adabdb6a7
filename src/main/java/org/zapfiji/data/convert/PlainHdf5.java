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

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Volume;
import org.zapfiji.data.hdf5.Hdf5Dataset;
import org.zapfiji.data.hdf5.Hdf5Type;
import org.zapfiji.data.hdf5.Hdf5Writer;
import org.zapfiji.task.Progress;

/**
 * A volume as one plain HDF5 file, the way h5py users and ImageJ's HDF5 readers
 * expect an image: dataset {@value #DATASET} with the slowest axis first (z, y,
 * x for a label volume), attribute {@code element_size_um} (µm per voxel along
 * the dataset's z, y, x, the ImageJ HDF5 plugin's and ilastik's name) and
 * {@code axes} (e.g. "zyx"), so nothing about the file needs our code to read.
 * <p>
 * Written block by block through the streaming {@link Hdf5Writer}: the
 * dataset's bytes are reserved when it is created, each source chunk goes
 * straight to its place from any thread, and the file gets its superblock only
 * once every block is in, so a file that was not finished opens as nothing.
 */
final class PlainHdf5 {

	/** The one dataset of the file. */
	static final String DATASET = "data";

	private PlainHdf5() {}

	/**
	 * Writes {@code volume} (one level, no bool) to {@code file}.
	 *
	 * @throws org.zapfiji.task.CanceledException if {@code progress} was canceled
	 */
	static void write(final Volume volume, final Path file, final int threads,
		final Progress progress) throws IOException
	{
		final ChunkedArray source = volume.level(0);
		final ArrayMetadata meta = source.metadata();
		final Hdf5Type type = Hdf5Type.valueOf(meta.dataType().name());
		try (Hdf5Writer hdf = Hdf5Writer.create(file)) {
			final Hdf5Dataset data = hdf.root().createDataset(DATASET, type, reversed(
				meta.shape()), meta.fillValue());
			describe(data, volume);
			ChunkWriter.copy(source, new Blocks(data, meta, file), threads, progress);
			hdf.finish();
		}
	}

	/** Axis names and, where the units are lengths, the voxel size in µm. */
	private static void describe(final Hdf5Dataset data, final Volume volume) {
		final List<String> axes = volume.axes();
		final List<String> slowestFirst = new ArrayList<>();
		boolean letters = true;
		for (int d = axes.size() - 1; d >= 0; d--) {
			slowestFirst.add(axes.get(d));
			letters &= axes.get(d).length() == 1;
		}
		data.attribute("axes", String.join(letters ? "" : ",", slowestFirst));
		final List<Double> sizes = new ArrayList<>();
		for (int d = axes.size() - 1; d >= 0; d--) {
			final String a = axes.get(d);
			if (!a.equals("x") && !a.equals("y") && !a.equals("z")) continue;
			final double factor = micrometresPer(volume.units().get(d));
			if (Double.isNaN(factor)) return; // no length unit: say nothing
			sizes.add(volume.spacing()[d] * factor);
		}
		if (sizes.isEmpty()) return;
		final double[] values = new double[sizes.size()];
		for (int i = 0; i < values.length; i++)
			values[i] = sizes.get(i);
		data.attribute("element_size_um", Hdf5Type.FLOAT64, new long[] {
			values.length }, values);
	}

	/** µm in one {@code unit}, or NaN if it is not a length. */
	static double micrometresPer(final String unit) {
		switch (unit.trim().toLowerCase(Locale.ROOT)) {
			case "\u00b5m":
			case "\u03bcm":
			case "um":
			case "micron":
			case "microns":
			case "micrometer":
			case "micrometre":
				return 1;
			case "nm":
				return 1e-3;
			case "mm":
				return 1e3;
			case "m":
				return 1e6;
			default:
				return Double.NaN;
		}
	}

	private static long[] reversed(final long[] fastestFirst) {
		final long[] out = new long[fastestFirst.length];
		for (int d = 0; d < out.length; d++)
			out[d] = fastestFirst[out.length - 1 - d];
		return out;
	}

	/**
	 * The dataset as a write-only chunked array of the source's shape and
	 * chunking, fastest axis first: a chunk's elements are already in C order for
	 * the reversed block, so they are written as they come.
	 */
	private static final class Blocks implements ChunkedArray {

		private final Hdf5Dataset data;

		private final ArrayMetadata meta;

		private final Path file;

		Blocks(final Hdf5Dataset data, final ArrayMetadata meta, final Path file) {
			this.data = data;
			this.meta = meta;
			this.file = file;
		}

		@Override
		public ArrayMetadata metadata() {
			return meta;
		}

		@Override
		public String location() {
			return file + ":" + data.path();
		}

		@Override
		public Chunk readChunk(final long[] gridPosition) throws IOException {
			throw new IOException(location() + " is being written; it cannot be " +
				"read yet");
		}

		@Override
		public void writeChunk(final long[] gridPosition, final Chunk chunk)
			throws IOException
		{
			final int n = gridPosition.length;
			final int[] chunkShape = meta.chunkShape();
			final int[] cell = chunk.shape();
			final long[] offset = new long[n];
			final int[] shape = new int[n];
			for (int d = 0; d < n; d++) {
				offset[n - 1 - d] = gridPosition[d] * chunkShape[d];
				shape[n - 1 - d] = cell[d];
			}
			data.write(offset, shape, chunk.data());
		}
	}
}
