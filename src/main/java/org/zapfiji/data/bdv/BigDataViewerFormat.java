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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scijava.plugin.Plugin;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.VolumeFormat;

/**
 * BigDataViewer's XML with its voxels in HDF5 ({@code bdv.hdf5}) or N5
 * ({@code bdv.n5}): one volume per view setup, timepoints stacked along t.
 */
@Plugin(type = VolumeFormat.class, name = "BigDataViewer XML")
public final class BigDataViewerFormat implements VolumeFormat {

	/** How much of a file {@link #recognizes} looks at. */
	private static final int SNIFF_BYTES = 4096;

	@Override
	public boolean recognizes(final Path location) {
		if (!Files.isRegularFile(location) || !location.getFileName().toString()
			.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) return false;
		try (InputStream in = Files.newInputStream(location)) {
			final String head = new String(in.readNBytes(SNIFF_BYTES),
				StandardCharsets.UTF_8);
			return head.contains("<SpimData");
		}
		catch (final IOException e) {
			return false;
		}
	}

	/**
	 * Opens the XML and the voxels it points to; close the result when done.
	 *
	 * @throws org.zapfiji.data.FormatException naming the file and the problem
	 */
	public BdvDataset open(final Path xml) throws IOException {
		final BdvSpimData data = BdvXmlReader.read(xml);
		return data.loader() == BdvSpimData.Loader.HDF5 ? BdvHdf5Reader.open(data)
			: BdvN5Reader.open(data);
	}

	@Override
	public Dataset openDataset(final Path location) throws IOException {
		return open(location);
	}
}
