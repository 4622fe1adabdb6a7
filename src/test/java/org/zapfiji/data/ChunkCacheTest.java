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
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

class ChunkCacheTest {

	/** A computed array that counts how often each chunk is read. */
	static final class CountingArray implements ChunkedArray {

		final ArrayMetadata meta;

		final AtomicInteger reads = new AtomicInteger();

		final CountDownLatch gate;

		CountingArray(final long[] shape, final int[] chunk,
			final CountDownLatch gate)
		{
			meta = ArrayMetadata.of(shape, chunk, DataType.UINT16, 0L, List.of());
			this.gate = gate;
		}

		@Override
		public ArrayMetadata metadata() {
			return meta;
		}

		@Override
		public String location() {
			return "counting array";
		}

		@Override
		public Chunk readChunk(final long[] p) throws IOException {
			reads.incrementAndGet();
			try {
				gate.await();
			}
			catch (final InterruptedException e) {
				throw new IOException(e);
			}
			if (p[0] == 1 && p[1] == 1) return null; // one missing chunk
			if (p[0] == 2 && p[1] == 2 && meta.shape()[0] == 256)
				throw new FormatException("chunk 2,2 is damaged");
			final int[] shape = meta.cellShape(p);
			return new Chunk(shape, FillValues.filled(DataType.UINT16, p[0] + 10 *
				p[1], shape[0] * shape[1]));
		}
	}

	@Test
	void boundHoldsWhileReadingTenTimesItsSize() {
		// 64 x 64 chunks of 64 x 64 uint16 = 8 KiB each, 32 MiB in all; bound 3.2
		// MiB.
		final CountingArray array = new CountingArray(new long[] { 4096, 4096 },
			new int[] { 64, 64 }, new CountDownLatch(0));
		final ChunkCache cache = new ChunkCache(32L * 1024 * 1024 / 10);
		final RandomAccessibleInterval<UnsignedShortType> image = LazyImages.open(
			array, cache);
		long sum = 0;
		long peak = 0;
		for (final UnsignedShortType v : Views.flatIterable(Views.subsample(image,
			16)))
		{
			sum += v.get();
			peak = Math.max(peak, cache.bytesInUse());
		}
		assertTrue(peak <= cache.maxBytes(), "peak " + peak + " > bound " + cache
			.maxBytes());
		assertTrue(cache.loads() >= 64 * 64, "every chunk was read at least once");
		assertTrue(sum > 0);
	}

	@Test
	void concurrentRequestsForOneChunkReadItOnce() throws Exception {
		final CountDownLatch gate = new CountDownLatch(1);
		final CountingArray array = new CountingArray(new long[] { 256, 256 },
			new int[] { 64, 64 }, gate);
		final ChunkCache cache = new ChunkCache(1 << 20);
		final ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			final List<Future<Chunk>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++)
				results.add(pool.submit(() -> cache.get(array, new long[] { 3, 0 })));
			Thread.sleep(200);
			gate.countDown();
			final Chunk first = results.get(0).get();
			for (final Future<Chunk> f : results)
				assertSame(first, f.get());
			assertEquals(1, array.reads.get());
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void missingChunksAreRememberedAndErrorsAreNot() throws Exception {
		final CountingArray array = new CountingArray(new long[] { 256, 256 },
			new int[] { 64, 64 }, new CountDownLatch(0));
		final ChunkCache cache = new ChunkCache(1 << 20);
		assertNull(cache.get(array, new long[] { 1, 1 }));
		assertNull(cache.get(array, new long[] { 1, 1 }));
		assertEquals(1, array.reads.get());
		assertTrue(cache.isKnown(array, new long[] { 1, 1 }));
		assertThrows(FormatException.class, () -> cache.get(array, new long[] { 2,
			2 }));
		assertThrows(FormatException.class, () -> cache.get(array, new long[] { 2,
			2 }));
		assertEquals(3, array.reads.get());
		assertEquals(0, cache.bytesInUse());
	}

	@Test
	void prefetchLoadsInTheBackground() throws Exception {
		final CountingArray array = new CountingArray(new long[] { 256, 256 },
			new int[] { 64, 64 }, new CountDownLatch(0));
		final ChunkCache cache = new ChunkCache(1 << 20);
		final ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			cache.prefetch(array, new long[] { 0, 2 }, pool).get();
			assertEquals(20, ((short[]) cache.getIfPresent(array, new long[] { 0, 2 })
				.data())[0]);
		}
		finally {
			pool.shutdown();
		}
	}
}
