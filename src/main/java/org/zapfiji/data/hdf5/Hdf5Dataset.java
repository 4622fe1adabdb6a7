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

package org.zapfiji.data.hdf5;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * A dataset with contiguous storage whose place in the file is fixed when it is
 * created: blocks are written straight to their bytes with positional writes,
 * from any number of threads, so memory holds only the blocks being written
 * however large the dataset.
 */
public final class Hdf5Dataset extends Hdf5Node {

	/**
	 * Longest single write: the JDK copies a heap buffer into a cached direct
	 * buffer of the same size per thread, which this keeps small.
	 */
	private static final int MAX_WRITE = 1 << 20;

	private final Hdf5Type type;

	private final long[] dims;

	private final Number fill;

	private final long dataAddress;

	private final long bytes;

	Hdf5Dataset(final Hdf5Writer file, final String path, final Hdf5Type type,
		final long[] dims, final Number fill, final long dataAddress,
		final long bytes)
	{
		super(file, path);
		this.type = type;
		this.dims = dims.clone();
		this.fill = fill;
		this.dataAddress = dataAddress;
		this.bytes = bytes;
	}

	public Hdf5Type type() {
		return type;
	}

	/** Dimensions, slowest first. */
	public long[] dims() {
		return dims.clone();
	}

	/**
	 * Elements of an array of {@code dims}.
	 *
	 * @throws IllegalArgumentException if there are more than 32 dimensions
	 *           (HDF5's limit), one is negative, or the count overflows
	 */
	static long elements(final String where, final long[] dims) {
		if (dims.length > 32) throw new IllegalArgumentException(where +
			": HDF5 allows at most 32 dimensions, found " + dims.length);
		long n = 1;
		for (final long d : dims) {
			if (d < 0) throw new IllegalArgumentException(where +
				": negative dimension in " + Arrays.toString(dims));
			try {
				n = Math.multiplyExact(n, d);
			}
			catch (final ArithmeticException e) {
				throw new IllegalArgumentException(where + ": " + Arrays.toString(
					dims) + " has more elements than 64 bits count", e);
			}
		}
		return n;
	}

	/** Writes the whole dataset from one array, C order. */
	public void write(final Object data) throws IOException {
		final int[] shape = new int[dims.length];
		for (int d = 0; d < dims.length; d++) {
			if (dims[d] > Integer.MAX_VALUE) throw new IllegalArgumentException(
				path() + ": too large to write from one array; write it in blocks");
			shape[d] = (int) dims[d];
		}
		write(new long[dims.length], shape, data);
	}

	/**
	 * Writes one block: {@code data} holds {@code shape} elements in C order
	 * (last dimension fastest), placed at {@code offset}. Rows that are adjacent
	 * in the file are written together. Safe to call from several threads at once
	 * for different blocks.
	 *
	 * @param offset where the block starts, slowest dimension first
	 * @param shape the block's extent, slowest first
	 * @param data this dataset's type's Java array
	 * @throws IllegalArgumentException if the block leaves the dataset or the
	 *           data does not fit the block
	 */
	public void write(final long[] offset, final int[] shape, final Object data)
		throws IOException
	{
		checkBlock(offset, shape, data);
		final int n = Array.getLength(data);
		if (n == 0) return;
		final ByteBuffer encoded = ByteBuffer.allocate(Math.multiplyExact(n, type
			.size())).order(ByteOrder.LITTLE_ENDIAN);
		type.encode(data, encoded);
		final int rank = dims.length;
		// the innermost dimensions the block spans whole merge into one run
		int inner = rank - 1;
		long run = rank == 0 ? 1 : shape[rank - 1];
		while (inner > 0 && shape[inner] == dims[inner]) {
			inner--;
			run *= shape[inner];
		}
		final long[] strides = new long[rank];
		long stride = 1;
		for (int d = rank - 1; d >= 0; d--) {
			strides[d] = stride;
			stride *= dims[d];
		}
		final int runBytes = (int) run * type.size();
		final int[] index = new int[Math.max(inner, 0)];
		int at = 0;
		while (at < encoded.capacity()) {
			long element = rank == 0 ? 0 : offset[inner] * strides[inner];
			for (int d = 0; d < inner; d++)
				element += (offset[d] + index[d]) * strides[d];
			writeRun(encoded, at, runBytes, dataAddress + element * type.size());
			at += runBytes;
			for (int d = inner - 1; d >= 0 && ++index[d] == shape[d]; d--)
				index[d] = 0;
		}
	}

	private void writeRun(final ByteBuffer encoded, final int from,
		final int length, final long position) throws IOException
	{
		for (int done = 0; done < length; done += MAX_WRITE) {
			final int chunk = Math.min(MAX_WRITE, length - done);
			final ByteBuffer slice = encoded.duplicate();
			slice.limit(from + done + chunk).position(from + done);
			file.write(slice, position + done);
		}
	}

	private void checkBlock(final long[] offset, final int[] shape,
		final Object data)
	{
		if (offset.length != dims.length || shape.length != dims.length)
			throw new IllegalArgumentException(path() + ": a block of " +
				dims.length + " dimensions expected, found offset " + Arrays.toString(
					offset) + " and shape " + Arrays.toString(shape));
		long n = 1;
		for (int d = 0; d < dims.length; d++) {
			if (offset[d] < 0 || shape[d] < 0 || offset[d] > dims[d] - shape[d])
				throw new IllegalArgumentException(path() + ": block at " + Arrays
					.toString(offset) + " of shape " + Arrays.toString(shape) +
					" leaves the dataset " + Arrays.toString(dims));
			n *= shape[d];
		}
		if (data == null || data.getClass() != type.javaArray() || Array.getLength(
			data) != n) throw new IllegalArgumentException(path() + ": a block of " +
				Arrays.toString(shape) + " needs a " + type.javaArray()
					.getSimpleName() + " of " + n + " elements, found " + describe(data));
	}

	@Override
	List<HeaderMessage> ownMessages() {
		final ByteBuffer value = ByteBuffer.allocate(type.size()).order(
			ByteOrder.LITTLE_ENDIAN);
		switch (type) {
			case FLOAT32:
				value.putFloat(fill.floatValue());
				break;
			case FLOAT64:
				value.putDouble(fill.doubleValue());
				break;
			default:
				final long v = fill.longValue();
				for (int i = 0; i < type.size(); i++)
					value.put((byte) (v >>> (8 * i)));
		}
		return List.of(HeaderMessage.dataspace(dims), HeaderMessage.datatype(type
			.datatypeMessage()), HeaderMessage.fillValue(value.array()), HeaderMessage
				.contiguousLayout(dataAddress, bytes));
	}

	@Override
	List<Hdf5Node> children() {
		return List.of();
	}
}
