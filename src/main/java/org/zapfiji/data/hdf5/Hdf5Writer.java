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

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Writes an HDF5 file that streams: datasets are contiguous and get their place
 * in the file when they are created, so their blocks go straight to disk in any
 * order from any thread, and nothing but the headers stays in memory. jHDF, the
 * only pure-Java HDF5 library, keeps every dataset in memory until the file is
 * closed; this writer exists so volumes larger than the heap can be written.
 * <p>
 * Layout (HDF5 File Format Specification 3.0): a version 2 superblock at 0 with
 * 8-byte offsets and lengths; raw data from byte 48 on, each dataset aligned to
 * 8 bytes; then, written by {@link #finish()}, one version 2 object header per
 * group and dataset (Link Info, Group Info and Link messages for groups;
 * Dataspace, Datatype, Fill Value and a version 3 contiguous Data Layout for
 * datasets; Attribute messages for both), each with its lookup3 checksum. The
 * superblock is written last, after the rest is forced to disk: a file that was
 * not finished has no HDF5 signature, and no reader takes it for a valid,
 * truncated file.
 * <p>
 * Every address written points at bytes this writer laid out; the only
 * undefined addresses are the superblock extension and a group's fractal heap
 * and name index, which the format defines as absent when undefined.
 */
public final class Hdf5Writer implements Closeable {

	static final int SUPERBLOCK_SIZE = 48;

	private static final byte[] SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r',
		'\n', 0x1a, '\n' };

	private final Path path;

	private final FileChannel channel;

	private final Hdf5Group root;

	/** The next free byte for raw data; guarded by this. */
	private long end = SUPERBLOCK_SIZE;

	private boolean finished;

	private boolean closed;

	private Hdf5Writer(final Path path, final FileChannel channel) {
		this.path = path;
		this.channel = channel;
		this.root = new Hdf5Group(this, "/");
	}

	/** Creates (or truncates) {@code path} for writing. */
	public static Hdf5Writer create(final Path path) throws IOException {
		return new Hdf5Writer(path, FileChannel.open(path,
			StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
			StandardOpenOption.WRITE));
	}

	public Path path() {
		return path;
	}

	public Hdf5Group root() {
		return root;
	}

	/**
	 * Reserves {@code bytes} for raw data, 8-byte aligned; returns the address.
	 */
	synchronized long allocate(final long bytes) {
		checkOpen();
		final long address = align(end);
		end = Math.addExact(address, bytes);
		return address;
	}

	private static long align(final long position) {
		return Math.addExact(position, 7) & ~7L;
	}

	synchronized void checkOpen() {
		if (finished || closed) throw new IllegalStateException(path +
			": the HDF5 file is " + (finished ? "finished" : "closed"));
	}

	/** Writes all of {@code bytes} at {@code position}; thread-safe. */
	void write(final ByteBuffer bytes, final long position) throws IOException {
		long at = position;
		while (bytes.hasRemaining())
			at += channel.write(bytes, at);
	}

	/**
	 * Writes the object headers and then the superblock, forces everything to
	 * disk and closes the file. Call it once all blocks are written; nothing can
	 * be added afterwards.
	 */
	public void finish() throws IOException {
		final List<Hdf5Node> nodes;
		final long metadata;
		synchronized (this) {
			checkOpen();
			finished = true;
			nodes = preorder();
			metadata = align(end);
		}
		try {
			long cursor = metadata;
			for (final Hdf5Node node : nodes) {
				node.address = cursor;
				// a header's size does not depend on the addresses it holds
				cursor = Math.addExact(cursor, node.objectHeader().length);
			}
			long at = metadata;
			for (final Hdf5Node node : nodes) {
				final byte[] header = node.objectHeader();
				write(ByteBuffer.wrap(header), at);
				at += header.length;
			}
			channel.force(false);
			write(superblock(cursor), 0);
			channel.force(true);
		}
		finally {
			close();
		}
	}

	private List<Hdf5Node> preorder() {
		final List<Hdf5Node> all = new ArrayList<>();
		final Deque<Hdf5Node> todo = new ArrayDeque<>();
		todo.push(root);
		while (!todo.isEmpty()) {
			final Hdf5Node node = todo.pop();
			all.add(node);
			final List<Hdf5Node> children = node.children();
			for (int i = children.size() - 1; i >= 0; i--)
				todo.push(children.get(i));
		}
		return all;
	}

	/** Superblock version 2 with 8-byte offsets and lengths. */
	private ByteBuffer superblock(final long endOfFile) {
		final ByteBuffer b = ByteBuffer.allocate(SUPERBLOCK_SIZE).order(
			ByteOrder.LITTLE_ENDIAN);
		b.put(SIGNATURE).put((byte) 2).put((byte) 8).put((byte) 8).put((byte) 0);
		b.putLong(0); // base address
		b.putLong(HeaderMessage.UNDEFINED_ADDRESS); // no superblock extension
		b.putLong(endOfFile);
		b.putLong(root.address);
		b.putInt(Lookup3.hash(b.array(), 0, b.position()));
		b.flip();
		return b;
	}

	/**
	 * Closes the file. Without {@link #finish()} first it has no superblock, so
	 * no reader opens it; the caller deletes it.
	 */
	@Override
	public void close() throws IOException {
		synchronized (this) {
			if (closed) return;
			closed = true;
		}
		channel.close();
	}

	/**
	 * @throws IllegalArgumentException if {@code name} is empty, ".", or holds
	 *           '/' or NUL
	 */
	static void checkName(final String where, final String what,
		final String name)
	{
		if (name == null || name.isEmpty() || name.equals(".") || name.indexOf(
			'/') >= 0 || name.indexOf('\0') >= 0) throw new IllegalArgumentException(
				where + ": invalid HDF5 " + what + " name '" + name +
					"' (empty, '.', or holding '/' or NUL)");
		// the name and a few fields must fit one 64 KiB header message
		if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 0xff00)
			throw new IllegalArgumentException(where + ": " + what +
				" name longer than " + 0xff00 + " bytes");
	}
}
