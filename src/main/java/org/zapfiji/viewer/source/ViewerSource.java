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

import org.zapfiji.viewer.transform.Affine3D;

/**
 * What the viewer shows: a 3D image over time, at one or more resolution
 * levels, placed in global space (µm) by an affine per level and time point.
 * <p>
 * Anisotropy lives in {@link #voxelToGlobal}: a 0.406 × 0.406 × 4 µm voxel
 * scales differently along z, and the viewer works in global µm, so a neuron
 * looks round without any special case in the renderer.
 */
public interface ViewerSource {

	String name();

	int numTimepoints();

	/** Resolution levels, full resolution first. */
	int numLevels();

	/** Voxels along x, y, z at {@code level}. */
	long[] dimensions(int level);

	/**
	 * From voxel coordinates of {@code level} (integer coordinates are voxel
	 * centres) to global coordinates.
	 */
	Affine3D voxelToGlobal(int level, int t);

	/** The voxels of {@code level} at time {@code t}, for one rendering pass. */
	VoxelBlocks blocks(int level, int t);

	/** A display range to start with: min and max. */
	double[] initialRange();

	/** Unit of global space, e.g. "µm"; empty if unknown. */
	String spaceUnit();

	/** Time between time points, in {@link #timeUnit()}; 1 if unknown. */
	double timeStep();

	String timeUnit();
}
