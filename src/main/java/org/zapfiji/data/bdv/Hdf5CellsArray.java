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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.n5.BlockCrops;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.exceptions.HdfException;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/**
 * One HDF5 dataset (a BigDataViewer {@code cells} dataset) as a lazy chunked
 * array, read with jhdf one chunk at a time, never whole.
 * <p>
 * HDF5 lists dimensions slowest first (z, y, x); they are reversed here. A
 * chunked dataset is read in its own HDF5 chunks, which HDF5 stores full size
 * even at the edges (cut here to the array). A contiguous dataset (what jhdf
 * writes) is read in slices of {@code fallbackChunk}, BigDataViewer's
 * subdivisions.
 * <p>
 * The stored element type is read as {@code type} of the same width: how
 * BigDataViewer's uint16 in int16 datasets become unsigned again.
 */
final class Hdf5CellsArray implements ChunkedArray {

	private final Path file;

	private final String path;

	private final Dataset dataset;

	private final ArrayMetadata meta;

	private final ByteOrder order;

	private Hdf5CellsArray(final Path file, final String path,
		final Dataset dataset, final ArrayMetadata meta, final ByteOrder order)
	{
		this.file = file;
		this.path = path;
		this.dataset = dataset;
		this.meta = meta;
		this.order = order;
	}

	/**
	 * @param fallbackChunk x, y, z block size for contiguous datasets
	 * @throws FormatException naming file and dataset if it is missing, or its
	 *           element type does not hold {@code type}
	 */
	static Hdf5CellsArray open(final HdfFile hdf, final Path file,
		final String path, final DataType type, final int[] fallbackChunk)
		throws FormatException
	{
		final String where = file + ":/" + path;
		final Dataset dataset;
		try {
			dataset = hdf.getDatasetByPath(path);
		}
		catch (final HdfException e) {
			throw new FormatException(where + ": no such dataset in the HDF5 file",
				e);
		}
		final ByteOrder order = checkType(dataset, type, where);
		final int[] dims = dataset.getDimensions();
		final long[] shape = new long[dims.length];
		final int[] chunk = new int[dims.length];
		final int[] stored = dataset instanceof ChunkedDataset
			? ((ChunkedDataset) dataset).getChunkDimensions() : null;
		for (int d = 0; d < dims.length; d++) {
			shape[d] = dims[dims.length - 1 - d];
			final int c = stored != null ? stored[dims.length - 1 - d]
				: d < fallbackChunk.length ? fallbackChunk[d] : 1;
			chunk[d] = (int) Math.max(1, stored != null ? c : Math.min(c, shape[d]));
		}
		try {
			return new Hdf5CellsArray(file, path, dataset, ArrayMetadata.of(shape,
				chunk, type, 0L, java.util.List.of()), order);
		}
		catch (final IllegalArgumentException e) {
			throw new FormatException(where + ": " + e.getMessage(), e);
		}
	}

	private static ByteOrder checkType(final Dataset dataset, final DataType type,
		final String where) throws FormatException
	{
		final io.jhdf.object.datatype.DataType stored = dataset.getDataType();
		final boolean floating = stored instanceof FloatingPoint;
		if (!(floating || stored instanceof FixedPoint) || stored.getSize() != type
			.bytes() || floating != type.isFloatingPoint()) throw FormatException
				.field(where, "element type", type.id() +
					" (or its signed twin of the same width)", stored.getClass()
						.getSimpleName() + " of " + stored.getSize() + " bytes");
		return floating ? ((FloatingPoint) stored).getByteOrder()
			: ((FixedPoint) stored).getByteOrder();
	}

	@Override
	public ArrayMetadata metadata() {
		return meta;
	}

	@Override
	public String location() {
		return file + ":/" + path;
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final int[] cell = meta.cellShape(gridPosition);
		final int[] chunk = meta.chunkShape();
		final int n = chunk.length;
		final long[] offset = new long[n];
		for (int d = 0; d < n; d++)
			offset[n - 1 - d] = gridPosition[d] * chunk[d];
		try {
			if (dataset instanceof ChunkedDataset) return readStoredChunk(
				(ChunkedDataset) dataset, offset, cell);
			final int[] sliceShape = new int[n];
			for (int d = 0; d < n; d++)
				sliceShape[n - 1 - d] = cell[d];
			return new Chunk(cell, NestedArrays.flatten(dataset.getData(offset,
				sliceShape), meta.dataType(), BlockCrops.elements(cell)));
		}
		catch (final HdfException e) {
			throw new FormatException(location() + ": chunk at " + java.util.Arrays
				.toString(offset) + " cannot be read: " + e.getMessage(), e);
		}
		catch (final RuntimeException e) {
			throw JhdfFailures.damaged(location() + ": chunk at " + java.util.Arrays
				.toString(offset), e);
		}
	}

	private Chunk readStoredChunk(final ChunkedDataset chunked,
		final long[] offset, final int[] cell) throws FormatException
	{
		final int[] intOffset = new int[offset.length];
		for (int d = 0; d < offset.length; d++)
			intOffset[d] = (int) offset[d];
		final byte[] bytes;
		try {
			bytes = chunked.getDecompressedChunk(intOffset);
		}
		catch (final HdfException e) {
			if (String.valueOf(e.getMessage()).startsWith("No chunk")) return null;
			throw e;
		}
		final int elements = meta.chunkElements();
		if (bytes.length != elements * meta.dataType().bytes())
			throw FormatException.field(location(), "chunk at " + java.util.Arrays
				.toString(offset), elements * meta.dataType().bytes() + " bytes",
				bytes.length + " bytes");
		final Object data = meta.dataType().decode(ByteBuffer.wrap(bytes), elements,
			order);
		return new Chunk(cell, BlockCrops.fit(data, meta.chunkShape(), cell, meta
			.dataType(), meta.fillValue()));
	}
}
