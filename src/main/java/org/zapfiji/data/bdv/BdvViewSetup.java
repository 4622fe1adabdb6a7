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

package org.zapfiji.data.bdv;

import java.util.Arrays;

/**
 * One view setup of a BigDataViewer dataset (a channel, angle or tile): its id,
 * name, size in voxels and voxel size, all x, y, z.
 */
public final class BdvViewSetup {

	private final int id;

	private final String name;

	private final long[] size;

	private final String unit;

	private final double[] voxelSize;

	/**
	 * @param size voxels per axis x, y, z at full resolution, or null if the XML
	 *          does not say (BigDataViewer then asks the image loader)
	 * @param voxelSize x, y, z
	 */
	public BdvViewSetup(final int id, final String name, final long[] size,
		final String unit, final double[] voxelSize)
	{
		if (voxelSize.length != 3 || size != null && size.length != 3)
			throw new IllegalArgumentException("setup " + id +
				": size and voxel size need 3 values (x, y, z)");
		this.id = id;
		this.name = name;
		this.size = size == null ? null : size.clone();
		this.unit = unit;
		this.voxelSize = voxelSize.clone();
	}

	public int id() {
		return id;
	}

	public String name() {
		return name;
	}

	/** Voxels per axis x, y, z, or null if unknown. */
	public long[] size() {
		return size == null ? null : size.clone();
	}

	public String unit() {
		return unit;
	}

	public double[] voxelSize() {
		return voxelSize.clone();
	}

	@Override
	public String toString() {
		return "setup " + id + " '" + name + "' " + Arrays.toString(size) + " " +
			Arrays.toString(voxelSize) + " " + unit;
	}
}
