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

package org.zapfiji.data.tiff;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.zapfiji.data.FormatException;

/**
 * A TIFF file opened for positional reads: its byte order, whether it is
 * BigTIFF, and every read checked against the file's length first, so that no
 * offset or count from the file can make us read past its end or allocate more
 * than it holds.
 * <p>
 * Positional reads on a {@link FileChannel} do not move a shared position, so
 * one input serves many threads at once.
 */
final class TiffInput implements Closeable {

	/** Largest single read (a segment or a tag's values): 1 GiB. */
	static final long MAX_READ = 1L << 30;

	private final Path path;

	private final FileChannel channel;

	private final long length;

	private final ByteOrder order;

	private final boolean bigTiff;

	private final long firstDirectory;

	private TiffInput(final Path path, final FileChannel channel,
		final long length, final ByteOrder order, final boolean bigTiff,
		final long firstDirectory)
	{
		this.path = path;
		this.channel = channel;
		this.length = length;
		this.order = order;
		this.bigTiff = bigTiff;
		this.firstDirectory = firstDirectory;
	}

	/** Opens {@code path} and reads its header. */
	static TiffInput open(final Path path) throws IOException {
		final FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
		try {
			final long length = channel.size();
			if (length < 8) throw FormatException.field(path, "TIFF header",
				"at least 8 bytes", length + " bytes");
			final ByteBuffer head = ByteBuffer.allocate((int) Math.min(16, length));
			readFully(channel, head, 0);
			final ByteOrder order = byteOrder(path, head.get(0), head.get(1));
			head.order(order);
			final int magic = head.getShort(2) & 0xffff;
			if (magic == 42) return new TiffInput(path, channel, length, order, false,
				head.getInt(4) & 0xffffffffL);
			if (magic != 43) throw FormatException.field(path, "TIFF version",
				"42 (TIFF) or 43 (BigTIFF)", magic);
			if (length < 16 || head.getShort(4) != 8 || head.getShort(6) != 0)
				throw FormatException.field(path, "BigTIFF header",
					"offset size 8 and 16 header bytes", "another layout");
			return new TiffInput(path, channel, length, order, true, head.getLong(8));
		}
		catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	private static ByteOrder byteOrder(final Path path, final byte a,
		final byte b) throws FormatException
	{
		if (a == 'I' && b == 'I') return ByteOrder.LITTLE_ENDIAN;
		if (a == 'M' && b == 'M') return ByteOrder.BIG_ENDIAN;
		throw FormatException.field(path, "TIFF byte order mark", "II or MM", String
			.format("0x%02x%02x", a, b));
	}

	/**
	 * Reads {@code count} bytes at {@code offset}, in the file's byte order.
	 *
	 * @param what names the field the offset came from, for the message
	 * @throws FormatException if the range is not inside the file
	 */
	ByteBuffer read(final long offset, final long count, final String what)
		throws IOException
	{
		check(offset, count, what);
		final ByteBuffer buffer = ByteBuffer.allocate((int) count);
		readFully(channel, buffer, offset);
		buffer.flip();
		return buffer.order(order);
	}

	/**
	 * Reads {@code count} bytes at {@code offset} into {@code out} at
	 * {@code outOffset} (absolute; the buffer's position and limit stay), with no
	 * copy in between if {@code out} is direct.
	 *
	 * @throws FormatException if the range is not inside the file
	 */
	void read(final long offset, final int count, final ByteBuffer out,
		final int outOffset, final String what) throws IOException
	{
		check(offset, count, what);
		final ByteBuffer part = out.duplicate();
		part.limit(outOffset + count).position(outOffset);
		readFully(channel, part, offset);
	}

	/** Fails unless {@code count} bytes at {@code offset} lie in the file. */
	void check(final long offset, final long count, final String what)
		throws FormatException
	{
		if (count < 0 || count > MAX_READ) throw FormatException.field(path, what,
			"a byte count from 0 to " + MAX_READ, count);
		if (offset < 0 || offset > length - count) throw FormatException.field(path,
			what, count + " bytes inside the file of " + length + " bytes",
			"offset " + Long.toUnsignedString(offset));
	}

	private static void readFully(final FileChannel channel,
		final ByteBuffer buffer, final long offset) throws IOException
	{
		long at = offset;
		while (buffer.hasRemaining()) {
			final int n = channel.read(buffer, at);
			if (n < 0) throw new FormatException("file ended at byte " + at +
				" while " + buffer.remaining() + " more bytes were expected");
			at += n;
		}
	}

	Path path() {
		return path;
	}

	long length() {
		return length;
	}

	ByteOrder order() {
		return order;
	}

	boolean isBigTiff() {
		return bigTiff;
	}

	long firstDirectory() {
		return firstDirectory;
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
