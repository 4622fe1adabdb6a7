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

package org.zapfiji.data.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The header messages this writer uses, encoded as the HDF5 File Format
 * Specification (version 3.0, section IV.A.2) lays them out for files with
 * 8-byte offsets and lengths. Each method returns one message; none refers to
 * anything but the object headers and raw data the writer itself lays out.
 */
final class HeaderMessage {

	/** The undefined address: all bits set. */
	static final long UNDEFINED_ADDRESS = -1L;

	static final int DATASPACE = 0x0001;

	static final int LINK_INFO = 0x0002;

	static final int DATATYPE = 0x0003;

	static final int FILL_VALUE = 0x0005;

	static final int LINK = 0x0006;

	static final int DATA_LAYOUT = 0x0008;

	static final int GROUP_INFO = 0x000A;

	static final int ATTRIBUTE = 0x000C;

	/** Message flag bit 0: the message will not change. */
	private static final int CONSTANT = 0x01;

	/** A message body is at most this long: its size field has 2 bytes. */
	static final int MAX_BODY = 0xffff;

	/**
	 * Above this many links or attributes an object stores its own phase change
	 * values (the defaults keep at most 8 compact); 2-byte fields cap them.
	 */
	static final int DEFAULT_MAX_COMPACT = 8;

	static final int MAX_COMPACT = 0xffff;

	final int type;

	final int flags;

	final byte[] body;

	private HeaderMessage(final int type, final int flags, final byte[] body) {
		if (body.length > MAX_BODY) throw new IllegalArgumentException(
			"an HDF5 header message holds at most " + MAX_BODY + " bytes; this one " +
				"would need " + body.length);
		this.type = type;
		this.flags = flags;
		this.body = body;
	}

	/** Bytes in an object header: type, size, flags, body. */
	int encodedSize() {
		return 4 + body.length;
	}

	private static ByteBuffer buffer(final int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	/** Dataspace version 2: scalar for no dimensions, else simple. */
	static HeaderMessage dataspace(final long[] dims) {
		return new HeaderMessage(DATASPACE, 0, dataspaceBody(dims));
	}

	static byte[] dataspaceBody(final long[] dims) {
		final ByteBuffer b = buffer(4 + 8 * dims.length);
		b.put((byte) 2).put((byte) dims.length).put((byte) 0); // no max dims
		b.put((byte) (dims.length == 0 ? 0 : 1)); // scalar or simple
		for (final long d : dims)
			b.putLong(d);
		return b.array();
	}

	static HeaderMessage datatype(final byte[] datatype) {
		return new HeaderMessage(DATATYPE, CONSTANT, datatype);
	}

	/**
	 * Fill Value version 3: space allocated early (the data is laid out before
	 * the headers are written), fill value written if set, and set to
	 * {@code value}, the encoding of one element.
	 */
	static HeaderMessage fillValue(final byte[] value) {
		final ByteBuffer b = buffer(6 + value.length);
		final int allocEarly = 1;
		final int writeIfSet = 2 << 2;
		final int defined = 0x20;
		b.put((byte) 3).put((byte) (allocEarly | writeIfSet | defined));
		b.putInt(value.length).put(value);
		return new HeaderMessage(FILL_VALUE, CONSTANT, b.array());
	}

	/** Data Layout version 3, contiguous storage of {@code size} bytes. */
	static HeaderMessage contiguousLayout(final long address, final long size) {
		final ByteBuffer b = buffer(18);
		b.put((byte) 3).put((byte) 1).putLong(address).putLong(size);
		return new HeaderMessage(DATA_LAYOUT, 0, b.array());
	}

	/**
	 * Link Info version 0 for links stored compactly in the header: no creation
	 * order, and no fractal heap or name index (the undefined address says so).
	 */
	static HeaderMessage compactLinkInfo() {
		final ByteBuffer b = buffer(18);
		b.put((byte) 0).put((byte) 0).putLong(UNDEFINED_ADDRESS).putLong(
			UNDEFINED_ADDRESS);
		return new HeaderMessage(LINK_INFO, 0, b.array());
	}

	/**
	 * Group Info version 0; with more than the default 8 links, phase change
	 * values that keep them all compact.
	 */
	static HeaderMessage groupInfo(final int links) {
		if (links <= DEFAULT_MAX_COMPACT) return new HeaderMessage(GROUP_INFO, 0,
			new byte[] { 0, 0 });
		final ByteBuffer b = buffer(6);
		b.put((byte) 0).put((byte) 1).putShort((short) links).putShort((short) 6);
		return new HeaderMessage(GROUP_INFO, 0, b.array());
	}

	/** Link version 1: a hard link named {@code name} to {@code address}. */
	static HeaderMessage hardLink(final String name, final long address) {
		final byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
		final boolean ascii = isAscii(name);
		final int lengthField = utf8.length <= 0xff ? 1 : 2;
		final ByteBuffer b = buffer(2 + (ascii ? 0 : 1) + lengthField +
			utf8.length + 8);
		// bits 0-1: size of the length field; bit 4: character set present
		b.put((byte) 1).put((byte) ((lengthField == 1 ? 0 : 1) | (ascii ? 0
			: 0x10)));
		if (!ascii) b.put((byte) 1); // UTF-8
		if (lengthField == 1) b.put((byte) utf8.length);
		else b.putShort((short) utf8.length);
		b.put(utf8).putLong(address);
		return new HeaderMessage(LINK, 0, b.array());
	}

	/**
	 * Attribute version 3: null-terminated name, datatype, dataspace and the
	 * data, unpadded.
	 */
	static HeaderMessage attribute(final String name, final byte[] datatype,
		final long[] dims, final byte[] data)
	{
		final byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
		final byte[] space = dataspaceBody(dims);
		final long size = 9L + utf8.length + 1 + datatype.length + space.length +
			data.length;
		if (size > MAX_BODY) throw new IllegalArgumentException("attribute '" +
			name + "' needs " + size + " bytes; an HDF5 attribute stored in its " +
			"object header holds at most " + MAX_BODY);
		final ByteBuffer b = buffer((int) size);
		b.put((byte) 3).put((byte) 0).putShort((short) (utf8.length + 1));
		b.putShort((short) datatype.length).putShort((short) space.length);
		b.put((byte) (isAscii(name) ? 0 : 1));
		b.put(utf8).put((byte) 0).put(datatype).put(space).put(data);
		return new HeaderMessage(ATTRIBUTE, 0, b.array());
	}

	static boolean isAscii(final String s) {
		for (int i = 0; i < s.length(); i++)
			if (s.charAt(i) > 0x7f) return false;
		return true;
	}

	/**
	 * A version 2 object header ("OHDR") holding {@code messages} in one chunk
	 * and ending in its lookup3 checksum; with more than 8 attributes, phase
	 * change values that keep them all compact.
	 */
	static byte[] objectHeader(final List<HeaderMessage> messages,
		final int attributes)
	{
		int chunk = 0;
		for (final HeaderMessage m : messages)
			chunk = Math.addExact(chunk, m.encodedSize());
		final int widthCode = chunk <= 0xff ? 0 : chunk <= 0xffff ? 1 : 2;
		final boolean phase = attributes > DEFAULT_MAX_COMPACT;
		final int prefix = 6 + (phase ? 4 : 0) + (1 << widthCode);
		final ByteBuffer b = buffer(Math.addExact(prefix + 4, chunk));
		b.put(new byte[] { 'O', 'H', 'D', 'R' }).put((byte) 2);
		b.put((byte) (widthCode | (phase ? 0x10 : 0)));
		if (phase) b.putShort((short) attributes).putShort((short) 6);
		if (widthCode == 0) b.put((byte) chunk);
		else if (widthCode == 1) b.putShort((short) chunk);
		else b.putInt(chunk);
		for (final HeaderMessage m : messages) {
			b.put((byte) m.type).putShort((short) m.body.length).put((byte) m.flags);
			b.put(m.body);
		}
		b.putInt(Lookup3.hash(b.array(), 0, b.position()));
		return b.array();
	}
}
