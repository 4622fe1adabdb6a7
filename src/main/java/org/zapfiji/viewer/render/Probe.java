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

package org.zapfiji.viewer.render;

import org.zapfiji.viewer.source.Block;
import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * The voxel of a source at a global point and its value, for the status line
 * and for tools; never waits for a block to load, so it is safe on the event
 * thread.
 */
public final class Probe {

	private final long[] voxel;

	private final double value;

	private final boolean inside;

	private final boolean loaded;

	private Probe(final long[] voxel, final double value, final boolean inside,
		final boolean loaded)
	{
		this.voxel = voxel;
		this.value = value;
		this.inside = inside;
		this.loaded = loaded;
	}

	/** Full-resolution voxel of {@code source} at {@code global}, at time t. */
	public static Probe at(final ViewerSource source, final int t,
		final double[] global)
	{
		final int time = Math.max(0, Math.min(t, source.numTimepoints() - 1));
		final Affine3D toVoxel = source.voxelToGlobal(0, time).inverse();
		final double[] p = toVoxel.apply(global[0], global[1], global[2]);
		final long[] dims = source.dimensions(0);
		final long[] voxel = new long[3];
		boolean inside = true;
		for (int d = 0; d < 3; d++) {
			voxel[d] = (long) Math.floor(p[d] + 0.5);
			inside &= voxel[d] >= 0 && voxel[d] < dims[d];
		}
		if (!inside) return new Probe(voxel, Double.NaN, false, false);
		final VoxelBlocks blocks = source.blocks(0, time);
		final Block b = blocks.peek(voxel[0], voxel[1], voxel[2]);
		if (b == null) return new Probe(voxel, Double.NaN, true, false);
		return new Probe(voxel, b.get(b.index(voxel[0], voxel[1], voxel[2])), true,
			true);
	}

	/** Voxel coordinates x, y, z at full resolution (rounded). */
	public long[] voxel() {
		return voxel.clone();
	}

	/** Whether the point lies inside the source. */
	public boolean inside() {
		return inside;
	}

	/**
	 * Whether the voxel's block was in memory; if not, {@link #value()} is NaN.
	 */
	public boolean loaded() {
		return loaded;
	}

	public double value() {
		return value;
	}
}
