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

package org.zapfiji.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.zapfiji.io.AtomicFiles;

/**
 * The files of one dataset (a Zarr or N5 container, a folder of chunks),
 * addressed by '/'-separated keys relative to its root.
 * <p>
 * Every key is checked before it touches the disk: no absolute paths, no
 * {@code ..}, no backslashes, nothing that resolves outside the root. A chunk
 * key or a path taken from a file therefore cannot make a reader leave its
 * dataset. Writes are atomic but not forced to disk, like
 * {@link AtomicFiles#write(Path, byte[], boolean)} without forcing (see
 * {@link ChunkFiles}).
 */
public final class FileStore {

	private static final Pattern SAFE_SEGMENT = Pattern.compile("[^/\\\\\\x00]+");

	private final Path root;

	public FileStore(final Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	/**
	 * The file of {@code key}.
	 *
	 * @throws FormatException if the key would leave the root
	 */
	public Path resolve(final String key) throws FormatException {
		if (key.isEmpty()) return root;
		for (final String segment : key.split("/", -1))
			if (!SAFE_SEGMENT.matcher(segment).matches() || segment.equals("..") ||
				segment.equals(".")) throw new FormatException(root + ": key '" + key +
					"' is not a plain relative path inside the dataset");
		final Path path = root.resolve(key).normalize();
		if (!path.startsWith(root)) throw new FormatException(root + ": key '" +
			key + "' resolves outside the dataset");
		return path;
	}

	/**
	 * The bytes of {@code key}, or null if there is no such file.
	 *
	 * @param maxBytes refuse (with a {@link FormatException}) files larger than
	 *          this, so a damaged dataset cannot make us allocate without limit
	 */
	public byte[] read(final String key, final long maxBytes) throws IOException {
		final Path path = resolve(key);
		try (FileChannel channel = FileChannel.open(path)) {
			final long size = channel.size();
			if (size > maxBytes) throw new FormatException(path + ": file is " +
				size + " bytes; at most " + maxBytes + " expected here");
			final ByteBuffer bytes = ByteBuffer.allocate((int) size);
			readFully(channel, bytes, path);
			if (channel.size() != size) throw new FormatException(path +
				": file changed size while being read (expected " + size + " bytes)");
			return bytes.array();
		}
		catch (final NoSuchFileException e) {
			return null;
		}
	}

	/**
	 * Reads the file of {@code key}, which must hold exactly
	 * {@code out.remaining()} bytes, into {@code out} (a direct buffer takes them
	 * with no copy in between); false if there is no such file.
	 *
	 * @throws FormatException if the file has another size
	 */
	public boolean read(final String key, final ByteBuffer out)
		throws IOException
	{
		final Path path = resolve(key);
		try (FileChannel channel = FileChannel.open(path)) {
			final long size = channel.size();
			if (size != out.remaining()) throw new FormatException(path +
				": file is " + size + " bytes; expected " + out.remaining());
			readFully(channel, out, path);
			return true;
		}
		catch (final NoSuchFileException e) {
			return false;
		}
	}

	private static void readFully(final FileChannel channel, final ByteBuffer out,
		final Path path) throws IOException
	{
		long at = 0;
		while (out.hasRemaining()) {
			final int n = channel.read(out, at);
			if (n < 0) throw new FormatException(path +
				": file changed size while being read (it ended at byte " + at + ")");
			at += n;
		}
	}

	/**
	 * Writes {@code bytes} to {@code key} atomically (readers see the old file or
	 * the new one), creating folders. Not forced to disk: see
	 * {@link AtomicFiles#write(Path, byte[], boolean)}.
	 */
	public void write(final String key, final byte[] bytes) throws IOException {
		write(key, ByteBuffer.wrap(bytes));
	}

	/**
	 * Writes the remaining bytes of {@code bytes} to {@code key} like
	 * {@link #write(String, byte[])}; from a direct buffer with no copy in
	 * between.
	 */
	public void write(final String key, final ByteBuffer bytes)
		throws IOException
	{
		ChunkFiles.replace(resolve(key), bytes);
	}

	public boolean exists(final String key) throws FormatException {
		return Files.exists(resolve(key));
	}

	/** Names directly inside the folder {@code key}; empty if it is no folder. */
	public List<String> list(final String key) throws IOException {
		final Path folder = resolve(key);
		final List<String> names = new ArrayList<>();
		if (!Files.isDirectory(folder)) return names;
		try (Stream<Path> children = Files.list(folder)) {
			children.forEach(p -> names.add(p.getFileName().toString()));
		}
		names.sort(null);
		return names;
	}

	@Override
	public String toString() {
		return root.toString();
	}
}
