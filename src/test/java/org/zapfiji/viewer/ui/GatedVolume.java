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

package org.zapfiji.viewer.ui;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.viewer.source.ChunkLoader;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VolumeSource;

/**
 * A small x, y, z, t uint16 volume in memory whose chunks cannot be read until
 * the test opens the gate: the first interactive frames are then certainly
 * incomplete. Voxel value = x + 2y + 100z + 1000t + 1, so no voxel is 0.
 */
public final class GatedVolume implements ChunkedArray, AutoCloseable {

	public static final int X = 48, Y = 32, Z = 4, T = 3;

	private final ArrayMetadata metadata = ArrayMetadata.of(new long[] { X, Y, Z,
		T }, new int[] { 16, 16, 2, 1 }, DataType.UINT16, 0L, List.of("x", "y", "z",
			"t"));

	private final CountDownLatch gate = new CountDownLatch(1);

	final AtomicInteger reads = new AtomicInteger();

	public final ChunkLoader loader = new ChunkLoader(new ChunkCache(1 << 24), 2);

	public final List<ViewerSource> sources;

	public GatedVolume(final boolean open) {
		if (open) gate.countDown();
		sources = VolumeSource.channels(Volume.single("gated", this, List.of("x",
			"y", "z", "t"), new double[] { 0.5, 0.5, 2, 1.5 }, List.of("micrometer",
				"micrometer", "micrometer", "second")), loader);
	}

	public static int value(final long x, final long y, final long z,
		final long t)
	{
		return (int) (x + 2 * y + 100 * z + 1000 * t + 1);
	}

	public void open() {
		gate.countDown();
	}

	@Override
	public ArrayMetadata metadata() {
		return metadata;
	}

	@Override
	public String location() {
		return "memory:gated";
	}

	@Override
	public Chunk readChunk(final long[] p) throws IOException {
		try {
			gate.await();
		}
		catch (final InterruptedException e) {
			throw new IOException("interrupted", e);
		}
		reads.incrementAndGet();
		final int[] shape = metadata.cellShape(p);
		final short[] data = new short[shape[0] * shape[1] * shape[2] * shape[3]];
		int i = 0;
		for (int t = 0; t < shape[3]; t++)
			for (int z = 0; z < shape[2]; z++)
				for (int y = 0; y < shape[1]; y++)
					for (int x = 0; x < shape[0]; x++)
						data[i++] = (short) value(p[0] * 16 + x, p[1] * 16 + y, p[2] * 2 +
							z, p[3] + t);
		return new Chunk(shape, data);
	}

	@Override
	public void close() {
		open();
		loader.close();
	}
}
