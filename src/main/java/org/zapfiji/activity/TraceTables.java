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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.zapfiji.data.FormatException;
import org.zapfiji.data.zarr.ZarrArray;

/**
 * Opens traces, frames × neurons, in the formats ZAP Fiji reads: a Zarr array
 * folder (v2 or v3, ZAPBench's {@code traces}), a NumPy {@code .npy} file or a
 * CSV file with a header row.
 */
public final class TraceTables {

	/** Values read at once, at most (64 M floats: 256 MB). */
	static final int MAX_ELEMENTS_PER_READ = 1 << 26;

	private TraceTables() {}

	/**
	 * @throws FormatException naming the file and the field that is wrong (not
	 *           2-D, not floating point, truncated, a bad CSV cell)
	 */
	public static TraceTable open(final Path location) throws IOException {
		if (!Files.exists(location)) throw new FormatException(location +
			": no such file or folder");
		final String name = location.getFileName() == null ? "" : location
			.getFileName().toString().toLowerCase(Locale.ROOT);
		if (Files.isDirectory(location)) return new ZarrTraceTable(ZarrArray.open(
			location));
		if (name.endsWith(".npy")) return NpyTraceTable.open(location);
		if (name.endsWith(".csv")) return CsvTraceTable.open(location);
		throw new FormatException(location +
			": not traces ZAP Fiji reads; expected a Zarr array folder, a .npy or " +
			"a .csv file");
	}

	/**
	 * Frames per read of {@code table}: its own block, cut so that one read holds
	 * at most {@link #MAX_ELEMENTS_PER_READ} values.
	 */
	public static int framesPerRead(final TraceTable table) {
		return Math.max(1, Math.min(table.frameBlock(), MAX_ELEMENTS_PER_READ / Math
			.max(1, table.neurons())));
	}

	/**
	 * @throws IllegalArgumentException naming the table unless column
	 *           {@code column} and frames {@code from .. from + count - 1} are
	 *           inside it
	 */
	static void checkNeuronRead(final TraceTable table, final int column,
		final int from, final int count)
	{
		if (column < 0 || column >= table.neurons())
			throw new IllegalArgumentException(table.location() + ": no neuron " +
				"column " + column + " (expected 0.." + (table.neurons() - 1) +
				", labels 1.." + table.neurons() + ")");
		if (from < 0 || count < 0 || (long) from + count > table.frames())
			throw new IllegalArgumentException(table.location() + ": frames " + from +
				".." + ((long) from + count - 1) + " are outside the traces' " + table
					.frames() + " frames");
	}
}
