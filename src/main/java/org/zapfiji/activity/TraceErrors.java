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

import org.zapfiji.data.FormatException;
import org.zapfiji.task.Progress;
import org.zapfiji.task.WorkCounter;

/**
 * The error of predicted traces, frames × neurons, against the recorded ones:
 * how a model that predicts one frame at a time, h steps ahead (row t holds the
 * prediction of frame t made h frames earlier, e.g. traces extracted from a
 * video model's predicted volumes), is scored. Per frame, the mean of |recorded
 * − predicted| over neurons, NaN counted as 0 as in {@link ForecastErrors};
 * overall, the mean over frames and neurons. Read in blocks of frames;
 * differences in float32, sums in float64.
 */
public final class TraceErrors {

	private final double[] frameSums;

	private final int neurons;

	private final long nonFinite;

	private TraceErrors(final double[] frameSums, final int neurons,
		final long nonFinite)
	{
		this.frameSums = frameSums;
		this.neurons = neurons;
		this.nonFinite = nonFinite;
	}

	/**
	 * @throws FormatException naming the predictions when their shape differs
	 *           from the recorded traces'
	 */
	public static TraceErrors compute(final TraceTable recorded,
		final TraceTable predicted, final Progress progress) throws IOException
	{
		if (recorded.frames() != predicted.frames() || recorded
			.neurons() != predicted.neurons()) throw FormatException.field(predicted
				.location(), "shape", "[" + recorded.frames() + ", " + recorded
					.neurons() + "] (frames, neurons) like the traces " + recorded
						.location(), "[" + predicted.frames() + ", " + predicted.neurons() +
							"]");
		final int frames = recorded.frames();
		final int n = recorded.neurons();
		final int block = Math.min(TraceTables.framesPerRead(recorded), TraceTables
			.framesPerRead(predicted));
		final double[] sums = new double[frames];
		final WorkCounter counter = new WorkCounter(progress, (frames + block - 1) /
			block);
		long nonFinite = 0;
		for (int from = 0; from < frames; from += block) {
			counter.checkCanceled();
			final int count = Math.min(block, frames - from);
			final float[] r = recorded.readFrames(from, count);
			final float[] p = predicted.readFrames(from, count);
			for (int t = 0; t < count; t++) {
				double sum = 0;
				for (int i = t * n; i < (t + 1) * n; i++) {
					float a = r[i];
					float b = p[i];
					if (!(Math.abs(a) <= Float.MAX_VALUE)) {
						a = ForecastScoring.finite(a);
						nonFinite++;
					}
					if (!(Math.abs(b) <= Float.MAX_VALUE)) {
						b = ForecastScoring.finite(b);
						nonFinite++;
					}
					sum += Math.abs(a - b);
				}
				sums[from + t] = sum;
			}
			counter.finishOne();
		}
		return new TraceErrors(sums, n, nonFinite);
	}

	public int frames() {
		return frameSums.length;
	}

	public int neurons() {
		return neurons;
	}

	public long nonFinite() {
		return nonFinite;
	}

	/** MAE of each frame over neurons. */
	public double[] maePerFrame() {
		final double[] mae = new double[frameSums.length];
		for (int t = 0; t < mae.length; t++)
			mae[t] = frameSums[t] / neurons;
		return mae;
	}

	/** MAE over frames {@code from} to {@code to - 1} and all neurons. */
	public double mae(final int from, final int to) {
		double sum = 0;
		for (int t = from; t < to; t++)
			sum += frameSums[t];
		return sum / ((double) (to - from) * neurons);
	}
}
