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

/**
 * Activity traces, frames × neurons, as ZAPBench stores them ({@code traces}:
 * 7,879 × 71,721 float32): read in blocks of whole frames so that a 2 GB table
 * never has to be in memory at once. Column {@code n} is the neuron whose
 * segmentation label is {@code n + 1}. Implementations allow concurrent reads.
 */
public interface TraceTable {

	/** The file or folder, for messages. */
	String location();

	int frames();

	int neurons();

	/** Frames per read that suit the storage (a chunk's height). */
	int frameBlock();

	/**
	 * Frames {@code from} to {@code from + count - 1}, frame after frame: element
	 * {@code (t - from) * neurons() + n}, as float32 (float64 files are rounded
	 * once). The array may be shared with the storage's chunk: do not change it.
	 */
	float[] readFrames(int from, int count) throws IOException;

	/**
	 * One neuron's trace: column {@code column} at frames {@code from} to
	 * {@code from + count - 1}, as float32. A plot of one neuron needs a few
	 * hundred values, and reading them through {@link #readFrames} would read
	 * 71,721 neurons per frame; implementations read just the column where their
	 * storage allows. The array may be shared with the storage: do not change it.
	 * This default reads whole frames in blocks of
	 * {@link TraceTables#framesPerRead(TraceTable)}.
	 *
	 * @throws IllegalArgumentException naming the table when the column or the
	 *           frames are outside it
	 */
	default float[] readNeuron(final int column, final int from, final int count)
		throws IOException
	{
		TraceTables.checkNeuronRead(this, column, from, count);
		final int neurons = neurons();
		final float[] out = new float[count];
		final int block = TraceTables.framesPerRead(this);
		for (int t = 0; t < count; t += block) {
			final int n = Math.min(block, count - t);
			final float[] frames = readFrames(from + t, n);
			for (int i = 0; i < n; i++)
				out[t + i] = frames[i * neurons + column];
		}
		return out;
	}
}
