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

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Traces as CSV: {@code frame,label_1,...,label_N}, one row per frame; with a
 * label table, each column headed by its label ({@code column_<n>} where none).
 */
final class CsvTraceOutput extends TraceOutput {

	private final BufferedWriter out;

	CsvTraceOutput(final Path target, final int frames, final int neurons,
		final boolean overwrite, final LabelColumns columns) throws IOException
	{
		super(target, frames, neurons, overwrite);
		out = Files.newBufferedWriter(staged(), StandardCharsets.UTF_8);
		out.write("frame");
		for (int n = 0; n < neurons; n++) {
			final int label = columns.label(n);
			out.write(label > 0 ? ",label_" + label : ",column_" + n);
		}
		out.write('\n');
	}

	@Override
	void append(final float[] rows, final int count, final int firstFrame)
		throws IOException
	{
		final StringBuilder line = new StringBuilder();
		for (int t = 0; t < count; t++) {
			line.setLength(0);
			line.append(firstFrame + t);
			for (int n = 0; n < neurons; n++)
				line.append(',').append(rows[t * neurons + n]);
			out.append(line).write('\n');
		}
	}

	@Override
	void finish() throws IOException {
		out.close();
	}

	@Override
	void release() throws IOException {
		out.close();
	}
}
