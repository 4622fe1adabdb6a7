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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group: named links to groups and datasets, kept compactly in its object
 * header as Link messages beside a Link Info and a Group Info message, as HDF5
 * 1.8 and later store small groups.
 */
public final class Hdf5Group extends Hdf5Node {

	private final Map<String, Hdf5Node> members = new LinkedHashMap<>();

	Hdf5Group(final Hdf5Writer file, final String path) {
		super(file, path);
	}

	/**
	 * A new, empty group in this one.
	 *
	 * @throws IllegalArgumentException if the name is taken or invalid
	 */
	public Hdf5Group createGroup(final String name) {
		return add(name, new Hdf5Group(file, childPath(name)));
	}

	/**
	 * A new dataset of fill value 0; see
	 * {@link #createDataset(String, Hdf5Type, long[], Number)}.
	 */
	public Hdf5Dataset createDataset(final String name, final Hdf5Type type,
		final long[] dims)
	{
		return createDataset(name, type, dims, 0);
	}

	/**
	 * A new contiguous dataset whose bytes are reserved in the file now, so its
	 * blocks can be written in any order, from any thread, before the file is
	 * finished. Blocks never written read as zero bytes.
	 *
	 * @param dims dimensions, slowest first (z, y, x for an image)
	 * @param fill the fill value recorded for readers
	 * @throws IllegalArgumentException if the name is taken or invalid, or the
	 *           size overflows
	 */
	public Hdf5Dataset createDataset(final String name, final Hdf5Type type,
		final long[] dims, final Number fill)
	{
		Hdf5Writer.checkName(path(), "link", name);
		final long bytes;
		try {
			bytes = Math.multiplyExact(Hdf5Dataset.elements(childPath(name), dims),
				type.size());
		}
		catch (final ArithmeticException e) {
			throw new IllegalArgumentException(childPath(name) + ": " +
				java.util.Arrays.toString(dims) + " elements of " + type.size() +
				" bytes overflow 64 bits", e);
		}
		synchronized (file) {
			checkFree(name);
			return add(name, new Hdf5Dataset(file, childPath(name), type, dims, fill,
				file.allocate(bytes), bytes));
		}
	}

	private <T extends Hdf5Node> T add(final String name, final T node) {
		Hdf5Writer.checkName(path(), "link", name);
		synchronized (file) {
			checkFree(name);
			members.put(name, node);
			return node;
		}
	}

	private void checkFree(final String name) {
		file.checkOpen();
		if (members.containsKey(name)) throw new IllegalArgumentException(path() +
			": '" + name + "' exists already");
		if (members.size() == HeaderMessage.MAX_COMPACT)
			throw new IllegalArgumentException(path() + ": more than " +
				HeaderMessage.MAX_COMPACT + " members in one group");
	}

	private String childPath(final String name) {
		return path().equals("/") ? "/" + name : path() + "/" + name;
	}

	@Override
	List<HeaderMessage> ownMessages() {
		final List<HeaderMessage> messages = new ArrayList<>();
		messages.add(HeaderMessage.compactLinkInfo());
		messages.add(HeaderMessage.groupInfo(members.size()));
		for (final Map.Entry<String, Hdf5Node> e : members.entrySet())
			messages.add(HeaderMessage.hardLink(e.getKey(), e.getValue().address));
		return messages;
	}

	@Override
	List<Hdf5Node> children() {
		return new ArrayList<>(members.values());
	}
}
