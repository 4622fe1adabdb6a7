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

package org.zapfiji.data.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The formats a conversion writes, by the word a macro names them with. The
 * words are what users type, so they never change once released.
 */
public enum OutputFormat {

		/** One Zarr v3 array (zarr.json), any codec, optionally sharded. */
		ZARR3("zarr3"),
		/** One Zarr v2 array (.zarray), readable by Python zarr 2. */
		ZARR2("zarr2"),
		/** One N5 dataset at the container root. */
		N5("n5"),
		/**
		 * One plain HDF5 file: dataset "data" in C order, slowest axis first (z, y,
		 * x), as h5py users index it; uncompressed, block by block.
		 */
		HDF5("hdf5"),
		/** BigDataViewer XML + HDF5, uncompressed, block by block. */
		BDV("bdv"),
		/** BigDataViewer XML + N5, block by block. */
		BDV_N5("bdv_n5"),
		/** An ImageJ hyperstack TIFF (BigTIFF when large), uncompressed. */
		TIFF("tiff");

	private final String id;

	OutputFormat(final String id) {
		this.id = id;
	}

	/** The macro word, e.g. "zarr3". */
	public String id() {
		return id;
	}

	/** Every macro word, in declaration order. */
	public static List<String> ids() {
		final List<String> ids = new ArrayList<>();
		for (final OutputFormat f : values())
			ids.add(f.id);
		return ids;
	}

	/**
	 * @throws InvalidOptionException naming key 'format' and the accepted words
	 */
	public static OutputFormat forId(final String id) {
		for (final OutputFormat f : values())
			if (f.id.equals(id.trim().toLowerCase(Locale.ROOT))) return f;
		throw InvalidOptionException.expected("format", "one of " + String.join(
			", ", ids()), id);
	}

	public boolean isZarr() {
		return this == ZARR3 || this == ZARR2;
	}

	public boolean isBigDataViewer() {
		return this == BDV || this == BDV_N5;
	}

	/** Whether the writer takes its chunk shape from the caller. */
	boolean isChunked() {
		return isZarr() || this == N5;
	}
}
