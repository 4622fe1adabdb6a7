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
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.RawChunks;
import org.zapfiji.data.ScratchBuffers;

/**
 * A TIFF file (classic or BigTIFF, either byte order, strips or tiles) as a
 * lazy chunked array of axes {@code x, y, [c], [z], [t]}. A chunk is one plane,
 * or a band of rows where a plane is larger than {@link #MAX_BAND_BYTES}; the
 * caller may ask for another chunk shape.
 * <p>
 * Opening reads only the directories; each chunk reads only the strips or tiles
 * it covers, with positional reads. The file is opened anew for every chunk, so
 * no file handle stays open between reads (on Windows an open handle would
 * block moving or deleting the file), and a file that changed size since it was
 * opened is refused.
 */
public final class TiffArray implements RawChunks {

	/** Planes larger than this are read in bands of rows (16 MiB). */
	public static final long MAX_BAND_BYTES = 16L << 20;

	private final Path path;

	private final long length;

	private final TiffStack stack;

	private final StackAxes axes;

	private final ArrayMetadata metadata;

	private final ByteOrder order;

	private final ScratchBuffers scratch = new ScratchBuffers();

	private TiffArray(final Path path, final TiffInput in, final TiffStack stack,
		final StackAxes axes, final ArrayMetadata metadata)
	{
		this.path = path;
		this.length = in.length();
		this.order = in.order();
		this.stack = stack;
		this.axes = axes;
		this.metadata = metadata;
	}

	/** Opens {@code path} with a chunk per plane (or band of rows). */
	public static TiffArray open(final Path path) throws IOException {
		return open(path, null);
	}

	/**
	 * Opens {@code path} with chunks of {@code chunkShape} (fastest first), or
	 * the default if null.
	 */
	public static TiffArray open(final Path path, final int[] chunkShape)
		throws IOException
	{
		try (TiffInput in = TiffInput.open(path)) {
			final TiffStack stack = TiffStack.read(in);
			final StackAxes axes = new StackAxes(stack, path.toString());
			final long[] shape = axes.sizes.stream().mapToLong(Long::longValue)
				.toArray();
			final int[] chunk = chunkShape != null ? chunkShape : defaultChunk(stack
				.first(), shape.length);
			try {
				return new TiffArray(path, in, stack, axes, ArrayMetadata.of(shape,
					chunk, stack.first().dataType, 0L, axes.names));
			}
			catch (final IllegalArgumentException e) {
				throw new FormatException(path + ": " + e.getMessage(), e);
			}
		}
	}

	private static int[] defaultChunk(final TiffPage page, final int dims) {
		return bandShape(page.width, page.height, page.dataType, dims);
	}

	/**
	 * Whole planes, or bands of whole rows of at most {@link #MAX_BAND_BYTES}:
	 * the chunks in which a plane-by-plane TIFF is read and written with the
	 * fewest, largest file operations.
	 */
	static int[] bandShape(final int width, final int height, final DataType type,
		final int dims)
	{
		final int[] chunk = new int[dims];
		java.util.Arrays.fill(chunk, 1);
		chunk[0] = width;
		final long rowBytes = (long) width * type.bytes();
		chunk[1] = (int) Math.max(1, Math.min(height, MAX_BAND_BYTES / rowBytes));
		return chunk;
	}

	@Override
	public ArrayMetadata metadata() {
		return metadata;
	}

	@Override
	public String location() {
		return path.toString();
	}

	/** Axis names, fastest first: x, y, then c, z, t where larger than 1. */
	public List<String> axes() {
		return List.copyOf(axes.names);
	}

	/** Sample distance per axis (1 where the file says nothing). */
	public double[] spacing() {
		return axes.spacing.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** Unit per axis, e.g. "µm", "s", or "" for none. */
	public List<String> units() {
		return List.copyOf(axes.units);
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final int n = Math.toIntExact(elements(metadata.cellShape(gridPosition)));
		final ByteBuffer out = scratch.get(Math.multiplyExact(n, metadata.dataType()
			.bytes()));
		readRawChunk(gridPosition, out, 0);
		return new Chunk(metadata.cellShape(gridPosition), metadata.dataType()
			.decode(out, n, order));
	}

	@Override
	public boolean hasRawChunks() {
		return true;
	}

	/** The file's byte order. */
	@Override
	public ByteOrder elementOrder() {
		return order;
	}

	@Override
	public boolean readRawChunk(final long[] gridPosition, final ByteBuffer out,
		final int offset) throws IOException
	{
		if (!metadata.containsChunk(gridPosition)) throw new IOException(path +
			": no chunk at " + java.util.Arrays.toString(gridPosition));
		final int[] cell = metadata.cellShape(gridPosition);
		final int[] chunk = metadata.chunkShape();
		final int planeBytes = cell[0] * cell[1] * metadata.dataType().bytes();
		try (TiffInput in = TiffInput.open(path)) {
			if (in.length() != length) throw new FormatException(path +
				": file changed since it was opened: expected " + length +
				" bytes, found " + in.length());
			final long[] plane = new long[cell.length];
			final long planes = elements(cell) / (cell[0] * cell[1]);
			for (int p = 0; p < planes; p++) {
				int rest = p;
				for (int d = 2; d < cell.length; d++) {
					plane[d] = gridPosition[d] * chunk[d] + rest % cell[d];
					rest /= cell[d];
				}
				readPlane(in, plane, (int) gridPosition[0] * chunk[0],
					(int) gridPosition[1] * chunk[1], cell, out, offset + p * planeBytes);
			}
			return true;
		}
		catch (final java.nio.file.NoSuchFileException e) {
			throw new FormatException(path + ": file is gone since it was opened", e);
		}
	}

	@Override
	public void writeRawChunk(final long[] gridPosition, final ByteBuffer bytes)
		throws IOException
	{
		throw new IOException(location() + " is read-only");
	}

	private static long elements(final int[] cell) {
		long n = 1;
		for (final int s : cell)
			n *= s;
		return n;
	}

	private void readPlane(final TiffInput in, final long[] plane, final int x0,
		final int y0, final int[] cell, final ByteBuffer out, final int offset)
		throws IOException
	{
		long c = 0, z = 0, t = 0;
		for (int d = 2; d < plane.length; d++) {
			final String name = axes.names.get(d);
			if (name.equals("c")) c = plane[d];
			else if (name.equals("z")) z = plane[d];
			else t = plane[d];
		}
		final int samples = stack.first().samples;
		final long index = axes.pageAndSample(c, z, t, samples);
		final TiffPage page = stack.pages.get((int) (index / samples));
		page.readRegion(in, (int) (index % samples), x0, y0, cell[0], cell[1], out,
			offset);
	}
}
