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

import java.util.List;

import org.zapfiji.data.Volume;

/**
 * The affine a writer puts into the XML for each view: the volume's own
 * {@code bdv.affine.t<N>} attribute where it has one (a dataset read from
 * BigDataViewer keeps its registration), else a scaling by the voxel size,
 * which is what BigDataViewer shows an unregistered stack with. Timepoints are
 * renumbered from 0 on writing; {@code bdv.timepoints} maps them back to the
 * ids the affines were stored under.
 */
final class BdvRegistrations {

	private final List<Volume> volumes;

	BdvRegistrations(final List<Volume> volumes) {
		this.volumes = volumes;
	}

	/** The affine of setup {@code setup} (an index into the volumes) at t. */
	double[] affine(final BdvViewSetup setup, final int t) {
		final Volume v = volumes.get(setup.id());
		final Object ids = v.attributes().get(BdvDataset.TIMEPOINTS);
		final int id = ids instanceof int[] && ((int[]) ids).length > t
			? ((int[]) ids)[t] : t;
		final Object stored = v.attributes().get(BdvDataset.AFFINE_PREFIX + id);
		if (stored instanceof double[] && ((double[]) stored).length == 12)
			return ((double[]) stored).clone();
		final double[] s = setup.voxelSize();
		return Affines.scale(s[0], s[1], s[2]);
	}
}
