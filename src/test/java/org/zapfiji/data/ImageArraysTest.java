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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import net.imglib2.FinalInterval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.position.FunctionRandomAccessible;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

/** ImgLib2 images, stored or computed, read back chunk by chunk. */
class ImageArraysTest {

	@Test
	void aComputedImageIsComputedChunkByChunk() throws IOException {
		final RandomAccessibleInterval<FloatType> computed = Views.interval(
			new FunctionRandomAccessible<>(3, (p, v) -> v.setReal(p.getDoublePosition(
				0) + 100 * p.getDoublePosition(1) + 10000 * p.getDoublePosition(2)),
				FloatType::new), new FinalInterval(new long[] { 5, 6, 7 }, new long[] {
					24, 20, 10 }));
		final ChunkedArray array = ImageArrays.of(computed, new int[] { 8, 8, 3 },
			List.of("x", "y", "z"), "computed");
		assertEquals(DataType.FLOAT32, array.metadata().dataType());
		assertArrayEquals(new long[] { 20, 15, 4 }, array.metadata().shape());
		final Chunk edge = array.readChunk(new long[] { 2, 1, 1 });
		assertArrayEquals(new int[] { 4, 7, 1 }, edge.shape(), "edge chunk");
		final float[] v = (float[]) edge.data();
		// chunk (2, 1, 1) starts at voxel (16, 8, 3) of the zero-min image,
		// which is position (21, 14, 10) of the function
		assertEquals(21 + 1400 + 100000, v[0], 0);
		assertEquals(24 + 100 * 20 + 100000, v[v.length - 1], 0);
	}

	@Test
	void storedImagesKeepTheirType() throws IOException {
		final short[] values = new short[4 * 3 * 2];
		for (int i = 0; i < values.length; i++)
			values[i] = (short) (60000 + i);
		final RandomAccessibleInterval<UnsignedShortType> image = ArrayImgs
			.unsignedShorts(values, 4, 3, 2);
		final ChunkedArray array = ImageArrays.of(image, new int[] { 4, 3, 1 }, List
			.of(), "stored");
		assertEquals(DataType.UINT16, array.metadata().dataType());
		final short[] second = (short[]) array.readChunk(new long[] { 0, 0, 1 })
			.data();
		assertEquals(60012, second[0] & 0xffff);
		assertEquals(60023, second[11] & 0xffff);
	}
}
