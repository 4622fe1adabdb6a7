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

package org.zapfiji.plugin.imagej;

import java.io.IOException;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;

import ij.ImagePlus;
import ij.ImageStack;

/**
 * An 8, 16 or 32-bit ImagePlus (hyperstack, plain stack or virtual stack) as a
 * chunked array whose chunks are its planes, with axes {@code x, y}, then
 * {@code c, z, t} where larger than 1, as our TIFF reader gives them.
 * <p>
 * A chunk shares the plane's pixel array with ImageJ: no copy, and changes made
 * in ImageJ show in the array (through a cache only once the chunk is
 * reloaded). Planes of virtual stacks are produced by the stack on each read.
 */
public final class ImagePlusArray implements ChunkedArray {

	private final ImagePlus image;

	private final ArrayMetadata metadata;

	private final int[] role;

	private ImagePlusArray(final ImagePlus image, final ArrayMetadata metadata,
		final int[] role)
	{
		this.image = image;
		this.metadata = metadata;
		this.role = role;
	}

	/**
	 * @throws IllegalArgumentException for RGB images, which hold three samples
	 *           in one int and would need to be split into channels first
	 */
	public static ImagePlusArray of(final ImagePlus image) {
		final DataType type = dataType(image);
		final int[] dims = image.getDimensions(); // w, h, c, z, t
		final List<String> names = new ArrayList<>(List.of("x", "y"));
		final List<Long> shape = new ArrayList<>(List.of((long) dims[0],
			(long) dims[1]));
		final List<Integer> roles = new ArrayList<>(List.of(-1, -1));
		for (int i = 0; i < 3; i++)
			if (dims[2 + i] > 1) {
				names.add("czt".substring(i, i + 1));
				shape.add((long) dims[2 + i]);
				roles.add(i);
			}
		final int[] chunk = new int[names.size()];
		Arrays.fill(chunk, 1);
		chunk[0] = dims[0];
		chunk[1] = dims[1];
		final ArrayMetadata meta = ArrayMetadata.of(shape.stream().mapToLong(
			Long::longValue).toArray(), chunk, type, 0L, names);
		return new ImagePlusArray(image, meta, roles.stream().mapToInt(
			Integer::intValue).toArray());
	}

	private static DataType dataType(final ImagePlus image) {
		switch (image.getBitDepth()) {
			case 8:
				return DataType.UINT8;
			case 16:
				return DataType.UINT16;
			case 32:
				return DataType.FLOAT32;
			default:
				throw new IllegalArgumentException(image.getTitle() + ": " + image
					.getBitDepth() + "-bit (RGB) images are not supported; " +
					"split the channels (Image > Color > Split Channels) first");
		}
	}

	@Override
	public ArrayMetadata metadata() {
		return metadata;
	}

	@Override
	public String location() {
		return "ImageJ image \"" + image.getTitle() + "\"";
	}

	/** The ImageJ stack index (1-based) of the plane at {@code position}. */
	int stackIndex(final long[] position) {
		final int[] czt = { 1, 1, 1 };
		for (int d = 2; d < position.length; d++)
			czt[role[d]] = (int) position[d] + 1;
		return image.getStackIndex(czt[0], czt[1], czt[2]);
	}

	@Override
	public Chunk readChunk(final long[] gridPosition) throws IOException {
		final ImageStack stack = image.getStack();
		final Object pixels = stack.getPixels(stackIndex(gridPosition));
		if (pixels == null) throw new IOException(location() + ": plane " +
			stackIndex(gridPosition) + " has no pixels");
		return new Chunk(metadata.cellShape(gridPosition), pixels);
	}

	/** Copies {@code chunk} into the plane; virtual stacks are read-only. */
	@Override
	public void writeChunk(final long[] gridPosition, final Chunk chunk)
		throws IOException
	{
		final ImageStack stack = image.getStack();
		if (stack.isVirtual()) throw new IOException(location() +
			" is a virtual stack and cannot be written");
		final Object pixels = stack.getPixels(stackIndex(gridPosition));
		System.arraycopy(chunk.data(), 0, pixels, 0, Array.getLength(pixels));
	}
}
