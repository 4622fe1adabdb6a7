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

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;

/**
 * An opened BigDataViewer dataset: one {@link Volume} per view setup, axes x,
 * y, z, t (the timepoints stacked), with the setup's voxel size and each
 * timepoint's registration in {@link Volume#attributes()} under
 * {@code "bdv.affine.t<N>"} (12 values, row-major 3 × 4).
 * <p>
 * Holds the HDF5 file open while the volumes are in use; close it when done.
 */
public final class BdvDataset implements Dataset {

	/** Attribute key prefix of the per-timepoint affines. */
	public static final String AFFINE_PREFIX = Volume.AFFINE_PREFIX;

	/** Attribute key of the setup id (an Integer). */
	public static final String SETUP_ID = "bdv.setup";

	/** Attribute key of the timepoint ids along t (an int[]). */
	public static final String TIMEPOINTS = "bdv.timepoints";

	private final BdvSpimData spimData;

	private final List<Volume> volumes;

	private final Closeable resource;

	BdvDataset(final BdvSpimData spimData, final List<Volume> volumes,
		final Closeable resource)
	{
		this.spimData = spimData;
		this.volumes = List.copyOf(volumes);
		this.resource = resource;
	}

	/** What the XML says. */
	public BdvSpimData spimData() {
		return spimData;
	}

	/** One volume per view setup, in the XML's order. */
	@Override
	public List<Volume> volumes() {
		return volumes;
	}

	@Override
	public void close() throws IOException {
		if (resource != null) resource.close();
	}

	/**
	 * The volume of {@code setup}.
	 *
	 * @param levels per resolution level, one 3D array per timepoint
	 * @param factors per level, x, y, z downsampling
	 */
	static Volume volume(final BdvSpimData data, final BdvViewSetup setup,
		final List<List<ChunkedArray>> levels, final List<double[]> factors)
		throws IOException
	{
		final List<ChunkedArray> stacked = new ArrayList<>();
		final List<double[]> downsampling = new ArrayList<>();
		for (int l = 0; l < levels.size(); l++) {
			stacked.add(TimeStackedArray.of(levels.get(l)));
			final double[] f = factors.get(l);
			downsampling.add(new double[] { f[0], f[1], f[2], 1 });
		}
		final double[] v = setup.voxelSize();
		final String unit = setup.unit();
		final Map<String, Object> attributes = new HashMap<>();
		attributes.put(SETUP_ID, setup.id());
		attributes.put(TIMEPOINTS, data.timepoints().stream().mapToInt(
			Integer::intValue).toArray());
		for (final int t : data.timepoints()) {
			final double[] affine = data.registration(t, setup.id());
			if (affine != null) attributes.put(AFFINE_PREFIX + t, affine);
		}
		return new Volume(setup.name(), stacked, downsampling, List.of("x", "y",
			"z", "t"), new double[] { v[0], v[1], v[2], 1 }, List.of(unit, unit, unit,
				""), attributes);
	}
}
