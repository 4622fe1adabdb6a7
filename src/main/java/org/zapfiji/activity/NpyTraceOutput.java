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
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Traces as a NumPy {@code .npy} file: format 1.0, {@code <f4}, C order. */
final class NpyTraceOutput extends TraceOutput {

	private final FileChannel channel;

	NpyTraceOutput(final Path target, final int frames, final int neurons,
		final boolean overwrite) throws IOException
	{
		super(target, frames, neurons, overwrite);
		channel = FileChannel.open(staged(), StandardOpenOption.CREATE_NEW,
			StandardOpenOption.WRITE);
		writeAll(ByteBuffer.wrap(NpyHeader.float32(frames, neurons)));
	}

	@Override
	void append(final float[] rows, final int count, final int firstFrame)
		throws IOException
	{
		final ByteBuffer bytes = ByteBuffer.allocate(Math.multiplyExact(4, count *
			neurons)).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(rows, 0, count * neurons);
		writeAll(bytes);
	}

	private void writeAll(final ByteBuffer bytes) throws IOException {
		while (bytes.hasRemaining())
			channel.write(bytes);
	}

	@Override
	void finish() throws IOException {
		channel.force(true);
		channel.close();
	}

	@Override
	void release() throws IOException {
		channel.close();
	}
}
