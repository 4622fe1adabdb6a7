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

package org.zapfiji.annotation;

import java.util.Locale;

/**
 * The size of one voxel in µm along x, y and z: what turns the µm positions of
 * marks into the voxel indices that Cell Counter, napari and others store, and
 * back. Immutable.
 * <p>
 * The convention is ImgLib2's and BigDataViewer's: the center of voxel
 * {@code i} lies at {@code i * size} µm, so a mark at the center of the first
 * voxel is at 0 µm and at index 0. Formats whose tools put voxel centers
 * elsewhere (neuroglancer: at {@code i + 0.5}) shift on their own.
 * <p>
 * The caller states it or takes it from an image's calibration; the annotation
 * layer never guesses it.
 */
public final class VoxelSize {

	private final double x;

	private final double y;

	private final double z;

	private VoxelSize(final double x, final double y, final double z) {
		if (!(x > 0 && y > 0 && z > 0 && Double.isFinite(x) && Double.isFinite(y) &&
			Double.isFinite(z))) throw new IllegalArgumentException(
				"voxel size must be positive and finite, was " + x + " x " + y + " x " +
					z + " µm");
		this.x = x;
		this.y = y;
		this.z = z;
	}

	/** Voxel size in µm along x, y and z. */
	public static VoxelSize of(final double x, final double y, final double z) {
		return new VoxelSize(x, y, z);
	}

	public double x() {
		return x;
	}

	public double y() {
		return y;
	}

	public double z() {
		return z;
	}

	/** Size along axis 0 (x), 1 (y) or 2 (z), in µm. */
	public double along(final int axis) {
		switch (axis) {
			case 0:
				return x;
			case 1:
				return y;
			case 2:
				return z;
			default:
				throw new IllegalArgumentException("axis must be 0, 1 or 2, was " +
					axis);
		}
	}

	/** Continuous voxel coordinates x, y, z of a point given in µm. */
	public double[] toVoxels(final double[] micrometers) {
		return new double[] { micrometers[0] / x, micrometers[1] / y,
			micrometers[2] / z };
	}

	/** µm coordinates x, y, z of a point given in (continuous) voxels. */
	public double[] toMicrometers(final double[] voxels) {
		return new double[] { voxels[0] * x, voxels[1] * y, voxels[2] * z };
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof VoxelSize)) return false;
		final VoxelSize v = (VoxelSize) o;
		return x == v.x && y == v.y && z == v.z;
	}

	@Override
	public int hashCode() {
		return Double.hashCode(x) * 961 + Double.hashCode(y) * 31 + Double.hashCode(
			z);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s x %s x %s µm", x, y, z);
	}
}
