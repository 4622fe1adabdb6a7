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

package org.zapfiji.labels;

import java.util.Arrays;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;

/**
 * The voxel grid every label of one export is drawn on: the image's
 * full-resolution x, y, z grid, its voxel size, and the chunking the labels are
 * computed and written in. Voxel {@code (i, j, k)} is centred at
 * {@code (i·sx, j·sy, k·sz)} µm, as marks are stored, so a label voxel and the
 * image voxel under it are the same place.
 */
public final class LabelGrid {

	/** The axes of every label volume, fastest first. */
	public static final List<String> AXES = List.of("x", "y", "z");

	private final long[] shape;

	private final double[] spacing;

	private final int[] chunk;

	/**
	 * First voxel of this grid in the image: 0 for the whole image, a crop's
	 * corner otherwise.
	 */
	private final long[] offset;

	/**
	 * @param shape voxels along x, y, z
	 * @param spacing µm per voxel along x, y, z
	 * @param chunk chunk size along x, y, z, clipped to the shape
	 */
	public LabelGrid(final long[] shape, final double[] spacing,
		final int[] chunk)
	{
		if (shape.length != 3 || spacing.length != 3 || chunk.length != 3)
			throw new IllegalArgumentException(
				"shape, spacing and chunk need three values (x, y, z)");
		for (int d = 0; d < 3; d++) {
			if (shape[d] < 1) throw new IllegalArgumentException(
				"image shape must be positive, found " + Arrays.toString(shape));
			if (!(spacing[d] > 0)) throw new IllegalArgumentException(
				"voxel size must be positive µm, found " + Arrays.toString(spacing));
			if (chunk[d] < 1) throw new IllegalArgumentException(
				"chunk sizes must be positive, found " + Arrays.toString(chunk));
		}
		this.shape = shape.clone();
		this.spacing = spacing.clone();
		this.offset = new long[3];
		this.chunk = new int[3];
		for (int d = 0; d < 3; d++)
			this.chunk[d] = (int) Math.min(chunk[d], shape[d]);
	}

	/** The grid of {@code image}'s full-resolution x, y, z axes. */
	public static LabelGrid of(final Volume image, final int[] chunk) {
		final long[] full = image.level(0).metadata().shape();
		final String[] names = { "x", "y", "z" };
		final long[] shape = new long[3];
		for (int d = 0; d < 3; d++) {
			final int axis = image.axis(names[d]);
			shape[d] = axis < 0 ? 1 : full[axis];
		}
		return new LabelGrid(shape, VolumeRegion.spacing(image), chunk);
	}

	/**
	 * The part of this grid from voxel {@code min} to {@code max} (inclusive,
	 * clipped to the grid), as a grid of its own whose voxel 0 is {@code min}:
	 * labels computed on it are the same voxels as on the whole grid.
	 */
	public LabelGrid crop(final long[] min, final long[] max) {
		final long[] lo = new long[3];
		final long[] size = new long[3];
		for (int d = 0; d < 3; d++) {
			lo[d] = Math.max(0, min[d]);
			size[d] = Math.min(shape[d] - 1, max[d]) - lo[d] + 1;
			if (size[d] < 1) throw new IllegalArgumentException("the crop " + Arrays
				.toString(min) + "–" + Arrays.toString(max) +
				" lies outside the image " + Arrays.toString(shape));
		}
		final LabelGrid crop = new LabelGrid(size, spacing, chunk);
		for (int d = 0; d < 3; d++)
			crop.offset[d] = offset[d] + lo[d];
		return crop;
	}

	/** Voxel of the image where this grid's voxel 0 lies. */
	public long[] offset() {
		return offset.clone();
	}

	public long[] shape() {
		return shape.clone();
	}

	public double[] spacing() {
		return spacing.clone();
	}

	public int[] chunk() {
		return chunk.clone();
	}

	/** Metadata of a label array of {@code type} on this grid (fill 0). */
	public ArrayMetadata metadata(final DataType type) {
		return ArrayMetadata.of(shape, chunk, type, type.isFloatingPoint()
			? (Number) 0.0 : (Number) 0L, AXES);
	}

	/** {@code array} as a volume with this grid's voxel size in µm. */
	public Volume volume(final String name, final ChunkedArray array) {
		return Volume.single(name, array, AXES, spacing, List.of("µm", "µm", "µm"));
	}

	/**
	 * Whether the µm point lies within the image (half a voxel beyond the edge
	 * voxels).
	 */
	public boolean contains(final double[] micrometres) {
		for (int d = 0; d < 3; d++) {
			final double v = micrometres[d] / spacing[d];
			if (v < -0.5 || v > shape[d] - 0.5) return false;
		}
		return true;
	}

	/** The image's extent in µm, for messages. */
	public String extent() {
		return String.format(java.util.Locale.ROOT,
			"x %.1f–%.1f, y %.1f–%.1f, z %.1f–%.1f µm", -0.5 * spacing[0], (shape[0] -
				0.5) * spacing[0], -0.5 * spacing[1], (shape[1] - 0.5) * spacing[1],
			-0.5 * spacing[2], (shape[2] - 0.5) * spacing[2]);
	}
}
