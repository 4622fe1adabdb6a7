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

import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A group or dataset of an {@link Hdf5Writer}: a path in the file and the
 * attributes it carries. Its object header is written when the file is
 * finished; until then attributes can be added.
 */
public abstract class Hdf5Node {

	final Hdf5Writer file;

	private final String path;

	private final List<HeaderMessage> attributes = new ArrayList<>();

	private final Set<String> attributeNames = new LinkedHashSet<>();

	/** The object header's address, set when the file is finished. */
	long address = HeaderMessage.UNDEFINED_ADDRESS;

	Hdf5Node(final Hdf5Writer file, final String path) {
		this.file = file;
		this.path = path;
	}

	/** The path of this object in the file, "/" for the root group. */
	public String path() {
		return path;
	}

	/**
	 * Adds a numeric attribute.
	 *
	 * @param dims dimensions, slowest first; none for a scalar
	 * @param values all elements in C order, as {@code type}'s Java array
	 * @throws IllegalArgumentException if the name is taken or invalid, the
	 *           values do not match the dimensions, or the attribute exceeds the
	 *           64 KiB an object header message holds
	 */
	public void attribute(final String name, final Hdf5Type type,
		final long[] dims, final Object values)
	{
		final long elements = Hdf5Dataset.elements(path + "@" + name, dims);
		if (values == null || values.getClass() != type.javaArray() || Array
			.getLength(values) != elements) throw new IllegalArgumentException(path +
				": attribute '" + name + "' needs a " + type.javaArray()
					.getSimpleName() + " of " + elements + " elements, found " + describe(
						values));
		if (elements * type.size() > HeaderMessage.MAX_BODY)
			throw new IllegalArgumentException(path + ": attribute '" + name +
				"' of " + elements * type.size() + " bytes exceeds the " +
				HeaderMessage.MAX_BODY + " an object header message holds");
		final ByteBuffer data = ByteBuffer.allocate((int) elements * type.size());
		type.encode(values, data);
		add(name, type.datatypeMessage(), dims.clone(), data.array());
	}

	/**
	 * Adds a scalar string attribute, stored as a fixed-length null-terminated
	 * string (ASCII, or UTF-8 if it holds other characters), which h5py reads as
	 * bytes and jHDF as a String.
	 */
	public void attribute(final String name, final String value) {
		if (value.indexOf('\0') >= 0) throw new IllegalArgumentException(path +
			": attribute '" + name + "' must not contain NUL characters");
		final byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		final byte[] data = java.util.Arrays.copyOf(utf8, utf8.length + 1);
		add(name, Hdf5Type.stringDatatypeMessage(data.length, !HeaderMessage
			.isAscii(value)), new long[0], data);
	}

	private void add(final String name, final byte[] datatype, final long[] dims,
		final byte[] data)
	{
		Hdf5Writer.checkName(path, "attribute", name);
		synchronized (file) {
			file.checkOpen();
			if (attributeNames.contains(name)) throw new IllegalArgumentException(
				path + ": attribute '" + name + "' exists already");
			if (attributes.size() == HeaderMessage.MAX_COMPACT)
				throw new IllegalArgumentException(path + ": more than " +
					HeaderMessage.MAX_COMPACT + " attributes");
			attributes.add(HeaderMessage.attribute(name, datatype, dims, data));
			attributeNames.add(name);
		}
	}

	/**
	 * The messages of this object's header; the addresses of the objects it links
	 * to must be assigned.
	 */
	abstract List<HeaderMessage> ownMessages();

	/** The members this node links to (none for a dataset). */
	abstract List<Hdf5Node> children();

	/** The complete object header, checksum included. */
	final byte[] objectHeader() {
		final List<HeaderMessage> all = new ArrayList<>(ownMessages());
		all.addAll(attributes);
		return HeaderMessage.objectHeader(all, attributes.size());
	}

	static String describe(final Object values) {
		return values == null ? "null" : values.getClass().isArray() ? values
			.getClass().getSimpleName().replace("[]", "[" + Array.getLength(values) +
				"]") : values.getClass().getSimpleName();
	}
}
