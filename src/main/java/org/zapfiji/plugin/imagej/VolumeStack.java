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

import java.util.ArrayList;
import java.util.List;

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

	public VolumeStack(final Volume volume, final ChunkCache cache) {
		this(volume, xyFirst(volume), cache);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private VolumeStack(final Volume volume, final List<String> axes,
		final ChunkCache cache)
	{
		super(planeSize(volume, axes, "x"), planeSize(volume, axes, "y"));
		this.width = planeSize(volume, axes, "x");
		this.height = planeSize(volume, axes, "y");
		this.type = volume.metadata().dataType();
		if (type == DataType.BOOL) throw new IllegalArgumentException(volume
			.name() + ": bool volumes are not shown as stacks; convert to uint8");
		final RandomAccessibleInterval stored = LazyImages.open(volume.level(0),
			cache);
		this.image = inOrder(stored, volume.axes(), axes);
		this.role = new int[axes.size()];
		for (int d = 2; d < axes.size(); d++) {
			role[d] = "czt".indexOf(axes.get(d));
			if (role[d] < 0 || czt[role[d]] > 1) throw new IllegalArgumentException(
				volume.name() +
					": expected axes x, y and c, z, t at most once each; found " + volume
						.axes());
			czt[role[d]] = image.dimension(d);
		}
		if (czt[0] * czt[1] * czt[2] > Integer.MAX_VALUE)
			throw new IllegalArgumentException(volume.name() +
				": too many planes for an ImageJ stack");
	}

	/**
	 * The volume's axis names with x and y moved to the front, the others in
	 * their order. Zarr arrays stored with a transpose codec (ZAPBench's raw
	 * video, for one) open with x last; ImageJ planes need x, y first.
	 */
	private static List<String> xyFirst(final Volume volume) {
		final List<String> axes = new ArrayList<>(volume.axes());
		if (!axes.contains("x") || !axes.contains("y"))
			throw new IllegalArgumentException(volume.name() +
				": ImageJ planes need axes named x and y; found " + volume.axes());
		axes.remove("x");
		axes.remove("y");
		axes.add(0, "y");
		axes.add(0, "x");
		return axes;
	}

	/**
	 * {@code image} with its dimensions (named {@code from}) in the order
	 * {@code to}.
	 */
	private static <T> RandomAccessibleInterval<T> inOrder(
		RandomAccessibleInterval<T> image, final List<String> from,
		final List<String> to)
	{
		final List<String> current = new ArrayList<>(from);
		for (int d = 0; d < to.size(); d++) {
			final int at = current.indexOf(to.get(d));
			if (at != d) {
				image = Views.moveAxis(image, at, d);
				current.add(d, current.remove(at));
			}
		}
		return image;
	}

	private static int planeSize(final Volume volume, final List<String> axes,
		final String axis)
	{
		final long size = volume.metadata().shape()[volume.axes().indexOf(axis)];
		if (size > Integer.MAX_VALUE / 2) throw new IllegalArgumentException(volume
			.name() + ": planes must be under 2^30 pixels a side for ImageJ");
		return (int) size;
	}

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
