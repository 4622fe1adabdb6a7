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

package org.zapfiji.data;

import java.util.Arrays;
import java.util.List;

import net.imglib2.Cursor;
import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.logic.BitType;
import net.imglib2.type.logic.NativeBoolType;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.ByteType;
import net.imglib2.type.numeric.integer.IntType;
import net.imglib2.type.numeric.integer.LongType;
import net.imglib2.type.numeric.integer.ShortType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedIntType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.DoubleType;
import net.imglib2.view.Views;

/**
 * Any ImgLib2 image as a {@link ChunkedArray}, so that images computed in
 * memory (a filtered volume, activity painted through a segmentation, a
 * prediction) are cached, shown and written like volumes read from files.
 * <p>
 * Each chunk is copied out of the image when it is read, on whichever thread
 * reads it; a lazily computed image is computed then, chunk by chunk, and the
 * one chunk cache keeps the results. The image's minimum is chunk (0, 0, ...).
 */
public final class ImageArrays {

	private ImageArrays() {}

	/**
	 * @param axes axis names fastest first, e.g. x, y, z; may be empty
	 * @param location names the image in messages
	 */
	public static <T extends RealType<T>> ChunkedArray of(
		final RandomAccessibleInterval<T> image, final int[] chunkShape,
		final List<String> axes, final String location)
	{
		final T type = image.getType();
		final ArrayMetadata meta = ArrayMetadata.of(image.dimensionsAsLongArray(),
			chunkShape, dataType(type), 0L, axes);
		final RandomAccessibleInterval<T> zeroMin = Views.zeroMin(image);
		return new ChunkedArray() {

			@Override
			public ArrayMetadata metadata() {
				return meta;
			}

			@Override
			public String location() {
				return location;
			}

			@Override
			public Chunk readChunk(final long[] gridPosition) {
				return copy(zeroMin, meta, gridPosition);
			}
		};
	}

	/** The stored type for an ImgLib2 type; other real types become float64. */
	static DataType dataType(final RealType<?> type) {
		if (type instanceof UnsignedByteType) return DataType.UINT8;
		if (type instanceof ByteType) return DataType.INT8;
		if (type instanceof UnsignedShortType) return DataType.UINT16;
		if (type instanceof ShortType) return DataType.INT16;
		if (type instanceof UnsignedIntType) return DataType.UINT32;
		if (type instanceof IntType) return DataType.INT32;
		if (type instanceof LongType) return DataType.INT64;
		if (type instanceof NativeBoolType || type instanceof BitType)
			return DataType.BOOL;
		if (type instanceof net.imglib2.type.numeric.real.FloatType)
			return DataType.FLOAT32;
		if (type instanceof DoubleType) return DataType.FLOAT64;
		return DataType.FLOAT64;
	}

	private static <T extends RealType<T>> Chunk copy(
		final RandomAccessibleInterval<T> image, final ArrayMetadata meta,
		final long[] gridPosition)
	{
		final int[] shape = meta.cellShape(gridPosition);
		final long[] min = new long[shape.length];
		final long[] max = new long[shape.length];
		for (int d = 0; d < shape.length; d++) {
			min[d] = gridPosition[d] * meta.chunkShape()[d];
			max[d] = min[d] + shape[d] - 1;
		}
		final int n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
		final Object data = meta.dataType().allocate(n);
		final Cursor<T> cursor = Views.flatIterable(Views.interval(image,
			new FinalInterval(min, max))).cursor();
		for (int i = 0; cursor.hasNext(); i++)
			set(data, i, cursor.next());
		return new Chunk(shape, data);
	}

	private static void set(final Object data, final int i,
		final RealType<?> value)
	{
		if (data instanceof short[]) ((short[]) data)[i] = (short) (long) value
			.getRealDouble();
		else if (data instanceof byte[]) ((byte[]) data)[i] = (byte) (long) value
			.getRealDouble();
		else if (data instanceof float[]) ((float[]) data)[i] = value
			.getRealFloat();
		else if (data instanceof int[]) ((int[]) data)[i] = (int) (long) value
			.getRealDouble();
		else if (data instanceof long[]) ((long[]) data)[i] = (long) value
			.getRealDouble();
		else if (data instanceof boolean[]) ((boolean[]) data)[i] = value
			.getRealDouble() != 0;
		else((double[]) data)[i] = value.getRealDouble();
	}
}
