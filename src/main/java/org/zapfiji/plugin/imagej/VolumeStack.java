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

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.DataType;
import org.zapfiji.data.LazyImages;
import org.zapfiji.data.Volume;

import ij.VirtualStack;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * A {@link Volume} as an ImageJ virtual stack: each plane is made when ImageJ
 * asks for it, from the volume's lazy image through the shared
 * {@link ChunkCache}, so only the chunks that plane touches are read.
 * <p>
 * uint8 and uint16 become 8 and 16-bit planes, float32 stays 32-bit; every
 * other type is converted to 32-bit float, which ImageJ can show (64-bit
 * integers beyond 2^24 lose precision). Planes are fresh arrays: editing one in
 * ImageJ never touches the cached chunks.
 */
public final class VolumeStack extends VirtualStack {

	private final RandomAccessibleInterval<? extends RealType<?>> image;

	private final DataType type;

	private final int width;

	private final int height;

	/** Sizes of c, z, t. */
	private final long[] czt = { 1, 1, 1 };

	/** For each image dimension from 2 on: 0 = c, 1 = z, 2 = t. */
	private final int[] role;

	@SuppressWarnings({ "unchecked", "rawtypes" })
	public VolumeStack(final Volume volume, final ChunkCache cache) {
		super(dimension(volume, 0), dimension(volume, 1));
		this.width = dimension(volume, 0);
		this.height = dimension(volume, 1);
		this.type = volume.metadata().dataType();
		if (type == DataType.BOOL) throw new IllegalArgumentException(volume
			.name() + ": bool volumes are not shown as stacks; convert to uint8");
		this.image = (RandomAccessibleInterval) LazyImages.open(volume.level(0),
			cache);
		final long[] shape = volume.metadata().shape();
		this.role = new int[shape.length];
		for (int d = 2; d < shape.length; d++) {
			role[d] = "czt".indexOf(volume.axes().get(d));
			if (role[d] < 0 || czt[role[d]] > 1) throw new IllegalArgumentException(
				volume.name() + ": expected axes x, y, then c, z, t once each; found " +
					volume.axes());
			czt[role[d]] = shape[d];
		}
		if (czt[0] * czt[1] * czt[2] > Integer.MAX_VALUE)
			throw new IllegalArgumentException(volume.name() +
				": too many planes for an ImageJ stack");
	}

	private static int dimension(final Volume volume, final int d) {
		final long size = volume.metadata().shape()[d];
		if (size > Integer.MAX_VALUE / 2 || volume.metadata().numDimensions() < 2)
			throw new IllegalArgumentException(volume.name() +
				": planes must be 2D and under 2^30 pixels a side for ImageJ");
		return (int) size;
	}

	/** Channels, slices, frames as ImageJ counts them. */
	int[] hyperstackDimensions() {
		return new int[] { (int) czt[0], (int) czt[1], (int) czt[2] };
	}

	@Override
	public int getSize() {
		return (int) (czt[0] * czt[1] * czt[2]);
	}

	@Override
	public int size() {
		return getSize();
	}

	@Override
	public int getBitDepth() {
		return type == DataType.UINT8 ? 8 : type == DataType.UINT16 ? 16 : 32;
	}

	@Override
	public String getSliceLabel(final int n) {
		return null;
	}

	@Override
	public Object getPixels(final int n) {
		return getProcessor(n).getPixels();
	}

	@Override
	public ImageProcessor getProcessor(final int n) {
		if (n < 1 || n > getSize()) throw new IllegalArgumentException("plane " +
			n + " outside 1-" + getSize());
		RandomAccessibleInterval<? extends RealType<?>> plane = image;
		final long index = n - 1;
		final long[] at = { index % czt[0], index / czt[0] % czt[1], index /
			czt[0] / czt[1] };
		for (int d = role.length - 1; d >= 2; d--)
			plane = Views.hyperSlice(plane, d, at[role[d]]);
		return processor(plane);
	}

	private ImageProcessor processor(
		final RandomAccessibleInterval<? extends RealType<?>> plane)
	{
		final Cursor<? extends RealType<?>> c = Views.flatIterable(plane).cursor();
		final int n = width * height;
		if (type == DataType.UINT8) {
			final byte[] p = new byte[n];
			for (int i = 0; i < n; i++)
				p[i] = (byte) c.next().getRealDouble();
			return new ByteProcessor(width, height, p);
		}
		if (type == DataType.UINT16) {
			final short[] p = new short[n];
			for (int i = 0; i < n; i++)
				p[i] = (short) c.next().getRealDouble();
			return new ShortProcessor(width, height, p, null);
		}
		final float[] p = new float[n];
		for (int i = 0; i < n; i++)
			p[i] = c.next().getRealFloat();
		return new FloatProcessor(width, height, p);
	}
}
