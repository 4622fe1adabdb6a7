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

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * The forecasts of one stimulus condition: predictions and the targets they are
 * scored against, each window × steps ahead × neuron (ZAPBench: Zarr v2
 * {@code predictions/test_condition_<i>} and {@code targets/...}, 32 steps,
 * 71,721 neurons). Shapes are fastest first here: [neurons, steps, windows].
 */
public final class Forecast {

	private static final Pattern CONDITION = Pattern.compile(
		".*condition_(\\d{1,9})$");

	private final String name;

	private final ChunkedArray predictions;

	private final ChunkedArray targets;

	/**
	 * @param name the folder name, e.g. {@code test_condition_0}
	 * @throws FormatException naming the file and field when either is not a
	 *           three-dimensional float array or they differ in shape
	 */
	public Forecast(final String name, final ChunkedArray predictions,
		final ChunkedArray targets) throws FormatException
	{
		for (final ChunkedArray a : new ChunkedArray[] { predictions, targets }) {
			final long[] shape = a.metadata().shape();
			if (shape.length != 3) throw FormatException.field(a.location(), "shape",
				"three dimensions [windows, steps, neurons]", shape.length +
					" dimensions " + Arrays.toString(ZarrTraceTable.reversed(shape)));
			ArrayBoxes.requireFloatingPoint(a, a == predictions ? "predictions"
				: "targets");
			for (final long s : shape)
				if (s > Integer.MAX_VALUE) throw FormatException.field(a.location(),
					"shape", "sizes below 2^31", Arrays.toString(ZarrTraceTable.reversed(
						shape)));
		}
		final long[] p = predictions.metadata().shape();
		final long[] t = targets.metadata().shape();
		if (!Arrays.equals(p, t)) throw FormatException.field(targets.location(),
			"shape", Arrays.toString(ZarrTraceTable.reversed(p)) +
				" [windows, steps, neurons] like the predictions " + predictions
					.location(), Arrays.toString(ZarrTraceTable.reversed(t)));
		this.name = name;
		this.predictions = predictions;
		this.targets = targets;
	}

	/** The folder name, e.g. {@code test_holdout_condition_3}. */
	public String name() {
		return name;
	}

	/**
	 * The condition number at the end of the name ({@code test_condition_<i>},
	 * {@code test_holdout_condition_<i>}), or -1.
	 */
	public int condition() {
		final Matcher m = CONDITION.matcher(name);
		return m.matches() ? Integer.parseInt(m.group(1)) : -1;
	}

	public ChunkedArray predictions() {
		return predictions;
	}

	public ChunkedArray targets() {
		return targets;
	}

	public int windows() {
		return (int) predictions.metadata().shape()[2];
	}

	public int steps() {
		return (int) predictions.metadata().shape()[1];
	}

	public int neurons() {
		return (int) predictions.metadata().shape()[0];
	}

	/**
	 * Whether differences are taken in float32, as ZAPBench takes them on its
	 * float32 arrays; with a float64 array, in float64.
	 */
	boolean inSinglePrecision() {
		return predictions.metadata().dataType() == DataType.FLOAT32 && targets
			.metadata().dataType() == DataType.FLOAT32;
	}

	/** Bytes of predictions and targets together. */
	public long bytes() {
		return (long) windows() * steps() * neurons() * (predictions.metadata()
			.dataType().bytes() + targets.metadata().dataType().bytes());
	}

	@Override
	public String toString() {
		return name + " (" + windows() + " windows × " + steps() + " steps × " +
			neurons() + " neurons)";
	}
}
