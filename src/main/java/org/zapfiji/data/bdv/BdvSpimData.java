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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a BigDataViewer XML ({@code <SpimData version="0.2">}) says: where the
 * voxels are (an HDF5 file or an N5 container), the view setups, the
 * timepoints, and one affine per view (timepoint × setup) from voxel to world
 * coordinates.
 */
public final class BdvSpimData {

	/** The image loader formats we read and write. */
	public enum Loader {

			HDF5("bdv.hdf5", "hdf5"), N5("bdv.n5", "n5");

		private final String format;

		private final String element;

		Loader(final String format, final String element) {
			this.format = format;
			this.element = element;
		}

		/** The {@code format} attribute of {@code ImageLoader}. */
		public String format() {
			return format;
		}

		/** The child element of {@code ImageLoader} that names the file. */
		public String element() {
			return element;
		}
	}

	private final Loader loader;

	private final Path imagePath;

	private final List<BdvViewSetup> setups;

	private final List<Integer> timepoints;

	private final Map<String, double[]> registrations;

	/**
	 * @param imagePath the HDF5 file or N5 folder, absolute
	 * @param registrations affine (12 values, row-major 3 × 4) per view, keyed by
	 *          {@link #viewKey(int, int)}
	 */
	public BdvSpimData(final Loader loader, final Path imagePath,
		final List<BdvViewSetup> setups, final List<Integer> timepoints,
		final Map<String, double[]> registrations)
	{
		this.loader = loader;
		this.imagePath = imagePath;
		this.setups = List.copyOf(setups);
		this.timepoints = List.copyOf(timepoints);
		final Map<String, double[]> copy = new LinkedHashMap<>();
		registrations.forEach((k, v) -> copy.put(k, v.clone()));
		this.registrations = copy;
	}

	/** The key of a view in {@link #registrations()}. */
	public static String viewKey(final int timepoint, final int setup) {
		return "t" + timepoint + "s" + setup;
	}

	public Loader loader() {
		return loader;
	}

	public Path imagePath() {
		return imagePath;
	}

	public List<BdvViewSetup> setups() {
		return setups;
	}

	/** Timepoint ids, in order. */
	public List<Integer> timepoints() {
		return timepoints;
	}

	/**
	 * The affine of a view: its ViewTransforms concatenated, or null if the XML
	 * has no registration for it.
	 */
	public double[] registration(final int timepoint, final int setup) {
		final double[] a = registrations.get(viewKey(timepoint, setup));
		return a == null ? null : a.clone();
	}
}
