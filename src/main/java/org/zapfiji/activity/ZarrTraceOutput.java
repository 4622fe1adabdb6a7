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

package org.zapfiji.activity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * Traces as a Zarr v3 array in ZAPBench's layout: shape [frames, neurons],
 * chunks 512 × 512, codec {@code bytes} only. Frames are kept until a row of
 * chunks is complete (512 frames × all neurons: 147 MB at ZAPBench's 71,721
 * neurons), then written.
 */
final class ZarrTraceOutput extends TraceOutput {

	/** ZAPBench's trace chunk, frames and neurons. */
	static final int CHUNK = 512;

	private final ZarrArray array;

	private final int chunkFrames;

	private final int chunkNeurons;

	private final float[] pending;

	private int pendingFrames;

	private int firstPending;

	ZarrTraceOutput(final Path target, final int frames, final int neurons,
		final boolean overwrite) throws IOException
	{
		super(target, frames, neurons, overwrite);
		chunkFrames = Math.max(1, Math.min(CHUNK, frames));
		chunkNeurons = Math.max(1, Math.min(CHUNK, neurons));
		array = ZarrArray.create(staged(), ArrayMetadata.of(new long[] { neurons,
			frames }, new int[] { chunkNeurons, chunkFrames }, DataType.FLOAT32, 0.0,
			List.of()), ZarrLayout.v3().withCompressor(null));
		pending = new float[Math.multiplyExact(chunkFrames, neurons)];
	}

	@Override
	void append(final float[] rows, final int count, final int firstFrame)
		throws IOException
	{
		int done = 0;
		while (done < count) {
			final int take = Math.min(count - done, chunkFrames - pendingFrames);
			System.arraycopy(rows, done * neurons, pending, pendingFrames * neurons,
				take * neurons);
			pendingFrames += take;
			done += take;
			if (pendingFrames == chunkFrames) flush();
		}
	}

	/** Writes the pending frames as one row of chunks. */
	private void flush() throws IOException {
		if (pendingFrames == 0) return;
		final long gridT = firstPending / chunkFrames;
		for (int n0 = 0; n0 < neurons; n0 += chunkNeurons) {
			final int width = Math.min(chunkNeurons, neurons - n0);
			final float[] data = new float[width * pendingFrames];
			for (int t = 0; t < pendingFrames; t++)
				System.arraycopy(pending, t * neurons + n0, data, t * width, width);
			array.writeChunk(new long[] { n0 / chunkNeurons, gridT }, new Chunk(
				new int[] { width, pendingFrames }, data));
		}
		firstPending += pendingFrames;
		pendingFrames = 0;
	}

	@Override
	void finish() throws IOException {
		flush();
	}

	@Override
	void release() {}
}
