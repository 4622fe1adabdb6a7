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

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.zapfiji.data.FormatException;

/**
 * One image file directory (IFD): its entries, read as a table when the
 * directory is parsed, their values read only when asked for. Every count and
 * offset is checked against the file before any value is read.
 */
final class TiffDirectory {

	/** More entries than any real TIFF has; protects against garbage. */
	private static final long MAX_ENTRIES = 4096;

	private final TiffInput input;

	private final String name;

	private final Map<Integer, Entry> entries;

	private final long next;

	private TiffDirectory(final TiffInput input, final String name,
		final Map<Integer, Entry> entries, final long next)
	{
		this.input = input;
		this.name = name;
		this.entries = entries;
		this.next = next;
	}

	/** Parses the directory at {@code offset}; {@code index} is for messages. */
	static TiffDirectory read(final TiffInput input, final long offset,
		final int index) throws IOException
	{
		final String name = "IFD " + index;
		final boolean big = input.isBigTiff();
		final ByteBuffer head = input.read(offset, big ? 8 : 2, name +
			" entry count");
		final long count = big ? head.getLong() : head.getShort() & 0xffff;
		if (count < 1 || count > MAX_ENTRIES) throw FormatException.field(input
			.path(), name + " entry count", "1 to " + MAX_ENTRIES, count);
		final int entrySize = big ? 20 : 12;
		final ByteBuffer table = input.read(offset + head.capacity(), count *
			entrySize + (big ? 8 : 4), name + " entries");
		final Map<Integer, Entry> entries = new HashMap<>();
		for (int i = 0; i < count; i++) {
			final int tag = table.getShort() & 0xffff;
			final int type = table.getShort() & 0xffff;
			final long n = big ? table.getLong() : table.getInt() & 0xffffffffL;
			final byte[] field = new byte[big ? 8 : 4];
			table.get(field);
			entries.put(tag, new Entry(type, n, field));
		}
		final long next = big ? table.getLong() : table.getInt() & 0xffffffffL;
		return new TiffDirectory(input, name, entries, next);
	}

	/** Offset of the next directory, 0 if this is the last. */
	long next() {
		return next;
	}

	String name() {
		return name;
	}

	boolean has(final int tag) {
		return entries.containsKey(tag);
	}

	/** The single integer value of {@code tag}, or {@code missing}. */
	long number(final int tag, final String field, final long missing)
		throws IOException
	{
		if (!has(tag)) return missing;
		final long[] values = numbers(tag, field, 1);
		if (values.length < 1) throw FormatException.field(input.path(), name +
			" " + field, "one value", "none");
		return values[0];
	}

	/**
	 * The integer values of {@code tag} (BYTE, SHORT, LONG, LONG8, IFD types).
	 *
	 * @param maxCount refuse more values than this
	 */
	long[] numbers(final int tag, final String field, final long maxCount)
		throws IOException
	{
		final Entry e = entry(tag, field);
		if (e.count > maxCount) throw FormatException.field(input.path(), name +
			" " + field + " value count", "at most " + maxCount, e.count);
		final int size = e.typeSize(input, name + " " + field);
		final ByteBuffer b = values(e, size, field);
		final long[] out = new long[(int) e.count];
		for (int i = 0; i < out.length; i++)
			out[i] = integer(b, e.type, field);
		return out;
	}

	private long integer(final ByteBuffer b, final int type, final String field)
		throws FormatException
	{
		switch (type) {
			case 1:
			case 7:
				return b.get() & 0xff;
			case 6:
				return b.get();
			case 3:
				return b.getShort() & 0xffff;
			case 8:
				return b.getShort();
			case 4:
			case 13:
				return b.getInt() & 0xffffffffL;
			case 9:
				return b.getInt();
			case 16:
			case 17:
			case 18:
				return b.getLong();
			default:
				throw FormatException.field(input.path(), name + " " + field + " type",
					"an integer type", type);
		}
	}

	/** The first RATIONAL (or FLOAT/DOUBLE) value of {@code tag}, or NaN. */
	double rational(final int tag, final String field) throws IOException {
		if (!has(tag)) return Double.NaN;
		final Entry e = entry(tag, field);
		if (e.count < 1) return Double.NaN;
		final int size = e.typeSize(input, name + " " + field);
		final ByteBuffer b = values(new Entry(e.type, 1, e.field), size, field);
		switch (e.type) {
			case 5: {
				final double numerator = b.getInt() & 0xffffffffL;
				return numerator / (b.getInt() & 0xffffffffL);
			}
			case 10: {
				final double numerator = b.getInt();
				return numerator / b.getInt();
			}
			case 11:
				return b.getFloat();
			case 12:
				return b.getDouble();
			default:
				return integer(b, e.type, field);
		}
	}

	/** The ASCII value of {@code tag} up to its first NUL, or null. */
	String text(final int tag, final String field, final long maxBytes)
		throws IOException
	{
		if (!has(tag)) return null;
		final Entry e = entry(tag, field);
		if (e.count > maxBytes) throw FormatException.field(input.path(), name +
			" " + field + " length", "at most " + maxBytes + " bytes", e.count);
		final ByteBuffer b = values(e, 1, field);
		final byte[] bytes = new byte[b.remaining()];
		b.get(bytes);
		int end = 0;
		while (end < bytes.length && bytes[end] != 0)
			end++;
		return new String(bytes, 0, end, StandardCharsets.UTF_8);
	}

	private Entry entry(final int tag, final String field)
		throws FormatException
	{
		final Entry e = entries.get(tag);
		if (e == null) throw FormatException.field(input.path(), name + " " +
			field + " (tag " + tag + ")", "the tag", "none");
		return e;
	}

	/** The value bytes, inline in the entry or at the offset it holds. */
	private ByteBuffer values(final Entry e, final int size, final String field)
		throws IOException
	{
		final long bytes = e.count * size; // count <= 2^32 or checked: no overflow
		if (bytes <= e.field.length) return ByteBuffer.wrap(e.field, 0, (int) bytes)
			.order(input.order());
		final ByteBuffer at = ByteBuffer.wrap(e.field).order(input.order());
		final long offset = e.field.length == 8 ? at.getLong() : at.getInt() &
			0xffffffffL;
		return input.read(offset, bytes, name + " " + field + " values");
	}

	/** One entry: field type, value count, and the 4 or 8 value/offset bytes. */
	private static final class Entry {

		final int type;

		final long count;

		final byte[] field;

		Entry(final int type, final long count, final byte[] field) {
			this.type = type;
			this.count = count;
			this.field = field;
		}

		int typeSize(final TiffInput input, final String what)
			throws FormatException
		{
			if (count < 0 || count > TiffInput.MAX_READ) throw FormatException.field(
				input.path(), what + " value count", "0 to " + TiffInput.MAX_READ, Long
					.toUnsignedString(count));
			switch (type) {
				case 1:
				case 2:
				case 6:
				case 7:
					return 1;
				case 3:
				case 8:
					return 2;
				case 4:
				case 9:
				case 11:
				case 13:
					return 4;
				case 5:
				case 10:
				case 12:
				case 16:
				case 17:
				case 18:
					return 8;
				default:
					throw FormatException.field(input.path(), what + " field type",
						"a TIFF type 1-13 or 16-18", type);
			}
		}
	}
}
