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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every chunked format must do, one subclass per format and variant: round
 * trip of every data type it supports, edge chunks, missing chunks (fill
 * value), concurrent reads, and reads through a lazy ImgLib2 image. Subclasses
 * add their attributes and bad-input cases.
 */
public abstract class AbstractChunkedArrayContractTest {

	/**
	 * Not a multiple of the chunk shape in any dimension: edge chunks everywhere.
	 */
	protected static final long[] SHAPE = { 13, 7, 5 };

	protected static final int[] CHUNK = { 4, 3, 2 };

	@TempDir
	protected Path folder;

	/** A new, writable, empty array at {@code location}. */
	protected abstract ChunkedArray create(Path location, ArrayMetadata metadata)
		throws IOException;

	/** The array at {@code location}, opened anew from storage. */
	protected abstract ChunkedArray open(Path location) throws IOException;

	/** Whether this format stores {@code type}; others are skipped. */
	protected boolean supports(final DataType type) {
		return true;
	}

	@ParameterizedTest
	@EnumSource(DataType.class)
	void everyChunkRoundTripsBitExactly(final DataType type) throws IOException {
		if (!supports(type)) return;
		final Path location = folder.resolve("round-trip-" + type.id());
		final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNK, type, 0L, List.of(
			"x", "y", "z"));
		final ChunkedArray written = create(location, meta);
		final Random random = new Random(type.ordinal());
		final List<long[]> positions = ChunkWriter.gridPositions(meta.gridShape());
		for (final long[] p : positions)
			written.writeChunk(p, randomChunk(type, meta.cellShape(p), random));
		final ChunkedArray read = open(location);
		assertEquals(meta.toString(), read.metadata().toString());
		final Random again = new Random(type.ordinal());
		for (final long[] p : positions) {
			final Chunk expected = randomChunk(type, meta.cellShape(p), again);
			final Chunk actual = read.readChunk(p);
			assertTrue(java.util.Arrays.equals(expected.shape(), actual.shape()),
				"shape of chunk " + java.util.Arrays.toString(p));
			assertTrue(Objects.deepEquals(expected.data(), actual.data()), type +
				" chunk " + java.util.Arrays.toString(p) + " differs");
		}
	}

	/**
	 * Whether the format can leave chunks out and read them back as the fill
	 * value; formats that store every voxel (TIFF) return false and skip that
	 * test.
	 */
	protected boolean storesMissingChunks() {
		return true;
	}

	@Test
	void missingChunksReadAsTheFillValue() throws IOException {
		Assumptions.assumeTrue(storesMissingChunks(),
			"this format stores every voxel; it has no missing chunks");
		final Path location = folder.resolve("sparse");
		final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNK, DataType.UINT16,
			7L, List.of());
		final ChunkedArray array = create(location, meta);
		array.writeChunk(new long[] { 1, 1, 1 }, new Chunk(meta.cellShape(
			new long[] { 1, 1, 1 }), FillValues.filled(DataType.UINT16, 500, meta
				.chunkElements())));
		final ChunkedArray read = open(location);
		assertNull(read.readChunk(new long[] { 0, 0, 0 }));
		final RandomAccessibleInterval<? extends NativeType<?>> image = LazyImages
			.open(read, new ChunkCache(1 << 20));
		final RandomAccess<? extends NativeType<?>> access = image.randomAccess();
		access.setPosition(new long[] { 0, 0, 0 });
		assertEquals("7", access.get().toString());
		access.setPosition(new long[] { 4, 3, 2 });
		assertEquals("500", access.get().toString());
		access.setPosition(new long[] { 12, 6, 4 });
		assertEquals("7", access.get().toString());
	}

	@Test
	void lazyImageShowsTheVoxelsOfTheChunks() throws IOException {
		final Path location = folder.resolve("lazy");
		final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNK, DataType.FLOAT32,
			0L, List.of());
		final ChunkedArray array = create(location, meta);
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] shape = meta.cellShape(p);
			final float[] data = new float[shape[0] * shape[1] * shape[2]];
			int i = 0;
			for (int z = 0; z < shape[2]; z++)
				for (int y = 0; y < shape[1]; y++)
					for (int x = 0; x < shape[0]; x++)
						data[i++] = value(p[0] * CHUNK[0] + x, p[1] * CHUNK[1] + y, p[2] *
							CHUNK[2] + z);
			array.writeChunk(p, new Chunk(shape, data));
		}
		final RandomAccess<? extends NativeType<?>> access = LazyImages.open(open(
			location), new ChunkCache(1 << 20)).randomAccess();
		for (long z = 0; z < SHAPE[2]; z++)
			for (long y = 0; y < SHAPE[1]; y++)
				for (long x = 0; x < SHAPE[0]; x++) {
					access.setPosition(new long[] { x, y, z });
					assertEquals(Float.toString(value(x, y, z)), access.get().toString());
				}
	}

	@Test
	void concurrentReadersSeeTheSameChunks() throws Exception {
		final Path location = folder.resolve("concurrent");
		final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNK, DataType.INT32,
			0L, List.of());
		final ChunkedArray array = create(location, meta);
		final Random random = new Random(3);
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape()))
			array.writeChunk(p, randomChunk(DataType.INT32, meta.cellShape(p),
				random));
		final ChunkedArray read = open(location);
		final ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			final List<Future<Chunk>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 32; i++)
				results.add(pool.submit(() -> read.readChunk(new long[] { 2, 1, 1 })));
			final Object first = results.get(0).get().data();
			for (final Future<Chunk> f : results)
				assertTrue(Objects.deepEquals(first, f.get().data()));
		}
		finally {
			pool.shutdown();
		}
	}

	private static float value(final long x, final long y, final long z) {
		return x + 100 * y + 10000 * z + 0.5f;
	}

	/** Random bits of every kind, including NaN patterns and extreme values. */
	protected static Chunk randomChunk(final DataType type, final int[] shape,
		final Random random)
	{
		int n = 1;
		for (final int s : shape)
			n *= s;
		final byte[] bytes = new byte[n * type.bytes()];
		random.nextBytes(bytes);
		if (type == DataType.BOOL) for (int i = 0; i < n; i++)
			bytes[i] &= 1;
		final Object data = type.decode(ByteBuffer.wrap(bytes), n,
			ByteOrder.LITTLE_ENDIAN);
		assertEquals(n, Array.getLength(data));
		return new Chunk(shape, data);
	}
}
