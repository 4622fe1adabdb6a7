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
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.RawChunks;
import org.zapfiji.data.ScratchBuffers;

/**
 * Writes an ImageJ-compatible TIFF hyperstack (see {@link TiffLayout}) as a
 * writable chunked array: chunks of any shape, in any order, from many threads,
 * each written straight to its place in the file, so memory holds only the
 * chunks being written.
 * <p>
 * Everything goes to a temporary file next to the target, laid out in full when
 * the writer is created; {@link #commit()} moves it over the target in one
 * rename, so readers of the target see the old file or the new one, never half.
 * {@link #close()} without commit deletes the temporary file. Voxels never
 * written are zero.
 */
public final class TiffWriter implements RawChunks, Closeable {

	private final Path target;

	private final Path temporary;

	private final FileChannel channel;

	private final ArrayMetadata metadata;

	private final TiffLayout layout;

	private final PageOrder order;

	private volatile TiffArray reader;

	private boolean committed;

	private final ScratchBuffers scratch = new ScratchBuffers();

	private final BackgroundForce force;

	private TiffWriter(final Path target, final Path temporary,
		final FileChannel channel, final ArrayMetadata metadata,
		final TiffLayout layout, final PageOrder order) throws IOException
	{
		this.target = target;
		this.temporary = temporary;
		this.channel = channel;
		this.metadata = metadata;
		this.layout = layout;
		this.order = order;
		this.force = new BackgroundForce(channel, temporary.toString());
		writeStructure();
		this.reader = TiffArray.open(temporary, metadata.chunkShape());
	}

	/**
	 * A writer for an array of {@code metadata} (axes {@code x, y} then any of
	 * {@code c, z, t} in any order; unnamed axes are taken as x, y, z, t).
	 *
	 * @param spacing distance between samples per axis (µm, s)
	 * @param units unit per axis; "µm" is written as ImageJ's "micron"
	 */
	public static TiffWriter create(final Path target,
		final ArrayMetadata metadata, final double[] spacing,
		final List<String> units) throws IOException
	{
		final PageOrder order = PageOrder.of(metadata, spacing, units);
		final long[] shape = metadata.shape();
		if (shape[0] > Integer.MAX_VALUE || shape[1] > Integer.MAX_VALUE ||
			shape[0] * shape[1] * metadata.dataType().bytes() > TiffInput.MAX_READ)
			throw new IllegalArgumentException(target + ": a plane of " + shape[0] +
				" x " + shape[1] + " " + metadata.dataType().id() +
				" is larger than the 1 GiB a TIFF strip may hold here");
		if (metadata.dataType() == org.zapfiji.data.DataType.BOOL)
			throw new IllegalArgumentException(target +
				": TIFF cannot store bool samples; convert to uint8 first");
		final TiffLayout layout = new TiffLayout((int) shape[0], (int) shape[1],
			metadata.dataType(), order.pages(), order.description().format(), order
				.xSpacing(), order.ySpacing());
		final Path absolute = target.toAbsolutePath();
		final Path folder = absolute.getParent();
		Files.createDirectories(folder);
		final Path temporary = Files.createTempFile(folder, "." + absolute
			.getFileName(), ".partial");
		final FileChannel channel = FileChannel.open(temporary,
			StandardOpenOption.READ, StandardOpenOption.WRITE);
		try {
			return new TiffWriter(absolute, temporary, channel, metadata, layout,
				order);
		}
		catch (IOException | RuntimeException e) {
			channel.close();
			Files.deleteIfExists(temporary);
			throw e;
		}
	}

	private void writeStructure() throws IOException {
		write(layout.head(), 0);
		final ByteBuffer batch = ByteBuffer.allocate(1 << 20);
		long at = layout.directoriesStart;
		for (long page = 0; page < layout.pages; page++) {
			final ByteBuffer ifd = layout.directory(page);
			if (batch.remaining() < ifd.remaining()) {
				batch.flip();
				at += write(batch, at);
				batch.clear();
			}
			batch.put(ifd);
		}
		batch.flip();
		write(batch, at);
	}

	private int write(final ByteBuffer bytes, final long at) throws IOException {
		final int n = bytes.remaining();
		long position = at;
		while (bytes.hasRemaining())
			position += channel.write(bytes, position);
		return n;
	}

	@Override
	public ArrayMetadata metadata() {
		return metadata;
	}

	@Override
	public String location() {
		return target.toString();
	}

	/** Whether the file is BigTIFF (larger than 4 GiB). */
	public boolean isBigTiff() {
		return layout.bigTiff;
	}

	@Override
	public void writeChunk(final long[] gridPosition, final Chunk chunk)
		throws IOException
	{
		final int[] cell = checkedCell(gridPosition);
		if (!Arrays.equals(cell, chunk.shape())) throw new IllegalArgumentException(
			target + ": chunk " + Arrays.toString(gridPosition) +
				" must have shape " + Arrays.toString(cell) + ", has " + Arrays
					.toString(chunk.shape()));
		final ByteBuffer bytes = scratch.get(Math.multiplyExact(chunk.size(),
			metadata.dataType().bytes())).order(ByteOrder.LITTLE_ENDIAN);
		metadata.dataType().encode(chunk.data(), bytes);
		writeRawChunk(gridPosition, bytes.flip());
	}

	private int[] checkedCell(final long[] gridPosition) {
		if (!metadata.containsChunk(gridPosition))
			throw new IllegalArgumentException(target + ": no chunk at " + Arrays
				.toString(gridPosition) + " in a grid of " + Arrays.toString(metadata
					.gridShape()));
		return metadata.cellShape(gridPosition);
	}

	@Override
	public boolean hasRawChunks() {
		return true;
	}

	@Override
	public ByteOrder elementOrder() {
		return ByteOrder.LITTLE_ENDIAN;
	}

	@Override
	public boolean readRawChunk(final long[] gridPosition, final ByteBuffer out,
		final int offset) throws IOException
	{
		return reader.readRawChunk(gridPosition, out, offset);
	}

	/**
	 * Writes the rows of each plane of the chunk to their place in the file: one
	 * write per plane where the chunk has whole rows, else one per row.
	 */
	@Override
	public void writeRawChunk(final long[] gridPosition, final ByteBuffer bytes)
		throws IOException
	{
		final int[] cell = checkedCell(gridPosition);
		final int b = metadata.dataType().bytes();
		final int rowBytes = cell[0] * b;
		final long expected = (long) rowBytes * cell[1] * planes(cell);
		if (bytes.remaining() != expected) throw new IllegalArgumentException(
			target + ": chunk " + Arrays.toString(gridPosition) + " of shape " +
				Arrays.toString(cell) + " needs " + expected + " bytes, got " + bytes
					.remaining());
		final int[] chunkShape = metadata.chunkShape();
		final int base = bytes.position();
		final long[] plane = new long[cell.length];
		for (int p = 0; p < planes(cell); p++) {
			int rest = p;
			for (int d = 2; d < cell.length; d++) {
				plane[d] = gridPosition[d] * chunkShape[d] + rest % cell[d];
				rest /= cell[d];
			}
			final long start = layout.planeOffset(order.page(plane)) +
				(gridPosition[1] * chunkShape[1] * layout.width + gridPosition[0] *
					chunkShape[0]) * b;
			final int from = base + p * cell[1] * rowBytes;
			if (cell[0] == layout.width) force.written(write(bytes.limit(from +
				cell[1] * rowBytes).position(from), start));
			else for (int y = 0; y < cell[1]; y++) {
				bytes.limit(from + (y + 1) * rowBytes).position(from + y * rowBytes);
				force.written(write(bytes, start + (long) y * layout.width * b));
			}
		}
	}

	private static int planes(final int[] cell) {
		int planes = 1;
		for (int d = 2; d < cell.length; d++)
			planes *= cell[d];
		return planes;
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		return reader.readChunk(gridPosition);
	}

	/**
	 * Forces the file to disk and moves it over the target, atomically. Most of
	 * the file was forced while it was written (see {@link BackgroundForce}).
	 */
	public synchronized void commit() throws IOException {
		if (committed) return;
		force.finish();
		channel.force(true);
		channel.close();
		keepPermissions();
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
		committed = true;
		reader = TiffArray.open(target, metadata.chunkShape());
	}

	/** Closes; without {@link #commit()} the target is left as it was. */
	@Override
	public synchronized void close() throws IOException {
		if (committed) return;
		try {
			force.finish();
		}
		catch (final IOException e) {
			// the file is deleted anyway
		}
		channel.close();
		Files.deleteIfExists(temporary);
	}

	/**
	 * A temporary file is private to its owner; the saved file should keep the
	 * permissions of the file it replaces, or else be readable by all.
	 */
	private void keepPermissions() throws IOException {
		final PosixFileAttributeView view = Files.getFileAttributeView(temporary,
			PosixFileAttributeView.class);
		if (view == null) return;
		view.setPermissions(Files.exists(target) ? Files.getPosixFilePermissions(
			target) : PosixFilePermissions.fromString("rw-r--r--"));
	}
}
