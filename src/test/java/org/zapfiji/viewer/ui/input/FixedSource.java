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

package org.zapfiji.viewer.ui.input;

import org.zapfiji.viewer.source.ViewerSource;
import org.zapfiji.viewer.source.VoxelBlocks;
import org.zapfiji.viewer.transform.Affine3D;

/**
 * A source with ZAPBench's voxel size and no voxels: navigation needs only its
 * geometry and time points.
 */
public final class FixedSource implements ViewerSource {

	private final String name;

	private final int timepoints;

	public FixedSource(final String name, final int timepoints) {
		this.name = name;
		this.timepoints = timepoints;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public int numTimepoints() {
		return timepoints;
	}

	@Override
	public int numLevels() {
		return 1;
	}

	@Override
	public long[] dimensions(final int level) {
		return new long[] { 256, 192, 8 };
	}

	@Override
	public Affine3D voxelToGlobal(final int level, final int t) {
		return Affine3D.scaling(0.406, 0.406, 4);
	}

	@Override
	public VoxelBlocks blocks(final int level, final int t) {
		throw new UnsupportedOperationException("no voxels in a navigation test");
	}

	@Override
	public double[] initialRange() {
		return new double[] { 0, 1000 };
	}

	@Override
	public String spaceUnit() {
		return "µm";
	}

	@Override
	public double timeStep() {
		return 1;
	}

	@Override
	public String timeUnit() {
		return "s";
	}
}
