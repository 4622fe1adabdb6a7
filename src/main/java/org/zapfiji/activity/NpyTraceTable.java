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

import org.zapfiji.data.FormatException;

/**
 * Traces in a NumPy {@code .npy} file of shape (frames, neurons), float32 or
 * float64, little-endian, C or Fortran order, read with positional reads (never
 * the whole file at once).
 */
final class NpyTraceTable implements TraceTable {

	private final Path file;

	private final NpyHeader header;

	private NpyTraceTable(final Path file, final NpyHeader header) {
		this.file = file;
		this.header = header;
	}

	static NpyTraceTable open(final Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file,
			StandardOpenOption.READ))
		{
			final NpyHeader header = NpyHeader.read(channel, file.toString());
			// Each dimension is below 2^31, but their product in bytes may pass
			// 2^63 and wrap to a size that "fits" (found by fuzzing).
			if (header.shape[1] > 0 && header.shape[0] > Long.MAX_VALUE / header
				.itemSize() / header.shape[1]) throw FormatException.field(file,
					"shape", "at most 2^63 bytes of data", "(" + header.shape[0] + ", " +
						header.shape[1] + ") of " + header.descr);
			final long data = header.shape[0] * header.shape[1] * header.itemSize();
			final long found = channel.size() - header.dataOffset;
			if (found < data) throw FormatException.field(file, "data", data +
				" bytes for shape (" + header.shape[0] + ", " + header.shape[1] +
				") of " + header.descr, found + " bytes (truncated)");
			return new NpyTraceTable(file, header);
		}
	}

	@Override
	public String location() {
		return file.toString();
	}

	@Override
	public int frames() {
		return (int) header.shape[0];
	}

	@Override
	public int neurons() {
		return (int) header.shape[1];
	}

	@Override
	public int frameBlock() {
		return header.fortranOrder ? frames() : 256;
	}

	@Override
	public float[] readFrames(final int from, final int count)
		throws IOException
	{
		final int n = neurons();
		final int size = header.itemSize();
		final float[] out = new float[Math.multiplyExact(count, n)];
		try (FileChannel channel = FileChannel.open(file,
			StandardOpenOption.READ))
		{
			if (!header.fortranOrder) {
				final ByteBuffer bytes = read(channel, header.dataOffset + (long) from *
					n * size, (long) count * n * size);
				copy(bytes, out, 0, 1, count * n);
			}
			else for (int j = 0; j < n; j++) {
				final ByteBuffer bytes = read(channel, header.dataOffset + ((long) j *
					frames() + from) * size, (long) count * size);
				copy(bytes, out, j, n, count);
			}
		}
		return out;
	}

	/**
	 * Fortran order: the column is one run of bytes. C order: one positional read
	 * of one value per frame, so a plot of 300 frames reads 1.2 kB, not 86 MB of
	 * whole ZAPBench frames.
	 */
	@Override
	public float[] readNeuron(final int column, final int from, final int count)
		throws IOException
	{
		TraceTables.checkNeuronRead(this, column, from, count);
		final int size = header.itemSize();
		final float[] out = new float[count];
		try (FileChannel channel = FileChannel.open(file,
			StandardOpenOption.READ))
		{
			if (header.fortranOrder) {
				copy(read(channel, header.dataOffset + ((long) column * frames() +
					from) * size, (long) count * size), out, 0, 1, count);
				return out;
			}
			final ByteBuffer one = ByteBuffer.allocate(size).order(
				ByteOrder.LITTLE_ENDIAN);
			final long rowBytes = (long) neurons() * size;
			for (int t = 0; t < count; t++) {
				final long position = header.dataOffset + (from + t) * rowBytes +
					(long) column * size;
				one.clear();
				while (one.hasRemaining())
					if (channel.read(one, position + one.position()) < 0)
						throw FormatException.field(file, "data", "bytes up to " +
							(position + size), "end of file");
				out[t] = size == 4 ? one.getFloat(0) : (float) one.getDouble(0);
			}
		}
		return out;
	}

	private ByteBuffer read(final FileChannel channel, final long position,
		final long length) throws IOException
	{
		final ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(length)).order(
			ByteOrder.LITTLE_ENDIAN);
		while (bytes.hasRemaining())
			if (channel.read(bytes, position + bytes.position()) < 0)
				throw FormatException.field(file, "data", "bytes up to " + (position +
					length), "end of file");
		return bytes.flip();
	}

	/** {@code count} values into {@code out[start + i * stride]}. */
	private void copy(final ByteBuffer bytes, final float[] out, final int start,
		final int stride, final int count)
	{
		if (header.itemSize() == 4 && stride == 1) bytes.asFloatBuffer().get(out,
			start, count);
		else if (header.itemSize() == 4) for (int i = 0; i < count; i++)
			out[start + i * stride] = bytes.getFloat(4 * i);
		else for (int i = 0; i < count; i++)
			out[start + i * stride] = (float) bytes.getDouble(8 * i);
	}
}
