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

package org.zapfiji.viewer.source;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * A data-layer {@link Volume} (one channel of it) as a viewer source, reading
 * through the one chunk cache and a {@link ChunkLoader}.
 * <p>
 * Level {@code l}'s voxel {@code i} covers full-resolution voxels
 * {@code i·f … i·f + f − 1}, so its centre sits at {@code i·f + (f − 1)/2}: the
 * convention of BigDataViewer's pyramids, which keeps the levels aligned on
 * screen. A BigDataViewer registration ({@code bdv.affine.t<N>}) places voxels
 * in global space where the volume has one; otherwise the voxel spacing does.
 */
public final class VolumeSource implements ViewerSource {

	private final Volume volume;

	private final String name;

	private final int channel;

	private final ChunkLoader loader;

	private final int[] spatial;

	private final int timeAxis;

	private final int channelAxis;

	/** {@link #sampledRange()} once read; null before, or if it failed. */
	private volatile double[] sampled;

	/**
	 * @param channel index along the volume's {@code c} axis, 0 if it has none
	 */
	public VolumeSource(final Volume volume, final int channel,
		final ChunkLoader loader)
	{
		this.volume = volume;
		this.channel = channel;
		this.loader = loader;
		final int x = volume.axis("x"), y = volume.axis("y");
		if (x < 0 || y < 0) throw new IllegalArgumentException(volume.name() +
			": the viewer needs axes named x and y, found " + volume.axes());
		spatial = new int[] { x, y, volume.axis("z") };
		timeAxis = volume.axis("t");
		channelAxis = volume.axis("c");
		final long channels = channelAxis < 0 ? 1 : volume.metadata()
			.shape()[channelAxis];
		if (channel < 0 || channel >= channels) throw new IllegalArgumentException(
			volume.name() + ": channel " + channel + " does not exist; it has " +
				channels);
		this.name = channels > 1 ? volume.name() + " c" + channel : volume.name();
	}

	/** One source per channel of {@code volume}. */
	public static List<ViewerSource> channels(final Volume volume,
		final ChunkLoader loader)
	{
		final int c = volume.axis("c");
		final int n = c < 0 ? 1 : (int) volume.metadata().shape()[c];
		final ViewerSource[] sources = new ViewerSource[n];
		for (int i = 0; i < n; i++)
			sources[i] = new VolumeSource(volume, i, loader);
		return List.of(sources);
	}

	public Volume volume() {
		return volume;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int numTimepoints() {
		return timeAxis < 0 ? 1 : (int) volume.metadata().shape()[timeAxis];
	}

	@Override
	public int numLevels() {
		return volume.numLevels();
	}

	@Override
	public long[] dimensions(final int level) {
		final long[] shape = volume.level(level).metadata().shape();
		final long[] xyz = new long[3];
		for (int d = 0; d < 3; d++)
			xyz[d] = spatial[d] < 0 ? 1 : shape[spatial[d]];
		return xyz;
	}

	@Override
	public Affine3D voxelToGlobal(final int level, final int t) {
		final double[] f = new double[3];
		final double[] spacing = volume.spacing();
		final double[] s = new double[3];
		final double[] factors = volume.downsampling(level);
		for (int d = 0; d < 3; d++) {
			f[d] = spatial[d] < 0 ? 1 : factors[spatial[d]];
			s[d] = spatial[d] < 0 ? 1 : spacing[spatial[d]];
		}
		final Affine3D levelToFull = Affine3D.of(f[0], 0, 0, (f[0] - 1) / 2, 0,
			f[1], 0, (f[1] - 1) / 2, 0, 0, f[2], (f[2] - 1) / 2);
		final Object registration = volume.attributes().get(Volume.AFFINE_PREFIX +
			t);
		final Affine3D fullToGlobal = registration instanceof double[] ? Affine3D
			.of((double[]) registration) : Affine3D.scaling(s[0], s[1], s[2]);
		return levelToFull.then(fullToGlobal);
	}

	@Override
	public VoxelBlocks blocks(final int level, final int t) {
		final long[] fixed = new long[volume.metadata().numDimensions()];
		if (timeAxis >= 0) fixed[timeAxis] = Math.max(0, Math.min(t,
			numTimepoints() - 1));
		if (channelAxis >= 0) fixed[channelAxis] = channel;
		return new ChunkedVoxelBlocks(volume.level(level), spatial, fixed, loader);
	}

	@Override
	public double[] initialRange() {
		final DataType type = volume.metadata().dataType();
		switch (type) {
			case BOOL:
				return new double[] { 0, 1 };
			case UINT8:
				return new double[] { 0, 255 };
			case INT8:
				return new double[] { -128, 127 };
			default:
				if (type.isFloatingPoint() && channel == 0) {
					if (sampled == null) sampled = sampledRange();
					if (sampled != null) return sampled.clone();
				}
				return new double[] { 0, type.isFloatingPoint() ? 1 : 1000 };
		}
	}

	/**
	 * For floating-point data, whose values may be anything from ΔF/F near 0 to
	 * photon counts in the thousands: the 0.1 % and 99.9 % quantiles of up to 256
	 * × 256 × 4 voxels in the middle of the coarsest level, read once; null if
	 * they cannot be read or span nothing.
	 */
	private double[] sampledRange() {
		try {
			final Volume coarse = volume.atLevel(volume.numLevels() - 1);
			final long[] shape = coarse.metadata().shape();
			final long[] min = new long[3];
			final int[] size = new int[3];
			final int[] most = { 256, 256, 4 };
			for (int d = 0; d < 3; d++) {
				final long extent = spatial[d] < 0 ? 1 : shape[spatial[d]];
				size[d] = (int) Math.min(extent, most[d]);
				min[d] = (extent - size[d]) / 2;
			}
			final float[] v = VolumeRegion.read(coarse, 0, min, size, new ChunkCache(
				16L << 20));
			final float[] finite = new float[v.length];
			int n = 0;
			for (final float f : v)
				if (Float.isFinite(f)) finite[n++] = f;
			if (n == 0) return null;
			Arrays.sort(finite, 0, n);
			final double lo = finite[(int) (0.001 * (n - 1))];
			final double hi = finite[(int) Math.ceil(0.999 * (n - 1))];
			return hi > lo ? new double[] { lo, hi } : null;
		}
		catch (final IOException | RuntimeException e) {
			return null;
		}
	}

	@Override
	public String spaceUnit() {
		return spatial[0] < 0 ? "" : volume.units().get(spatial[0]);
	}

	@Override
	public double timeStep() {
		return timeAxis < 0 ? 1 : volume.spacing()[timeAxis];
	}

	@Override
	public String timeUnit() {
		return timeAxis < 0 ? "" : volume.units().get(timeAxis);
	}

	@Override
	public String toString() {
		return name + " " + Arrays.toString(dimensions(0));
	}
}
