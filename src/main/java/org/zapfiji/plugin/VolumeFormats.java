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

package org.zapfiji.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scijava.plugin.PluginInfo;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.VolumeFormat;

/**
 * Opens a file or folder with whichever installed {@link VolumeFormat}
 * recognises it: our own (Zarr, N5, BigDataViewer, TIFF) and any a third party
 * dropped in.
 */
public final class VolumeFormats {

	private final List<PluginInfo<VolumeFormat>> formats;

	public VolumeFormats(final Extensions extensions) {
		this.formats = extensions.of(VolumeFormat.class);
	}

	/**
	 * @throws FormatException if no format recognises {@code location}; the
	 *           message lists the installed formats
	 */
	public Dataset open(final Path location) throws IOException {
		if (!Files.exists(location)) throw new FormatException(location +
			": no such file or folder");
		final List<String> names = new ArrayList<>();
		for (final PluginInfo<VolumeFormat> info : formats) {
			names.add(info.getName());
			final VolumeFormat format = create(info);
			if (format.recognizes(location)) return format.openDataset(location);
		}
		throw new FormatException(location +
			": not a volume any installed format " + "recognises; installed: " +
			String.join(", ", names));
	}

	private static VolumeFormat create(final PluginInfo<VolumeFormat> info)
		throws IOException
	{
		try {
			return info.createInstance();
		}
		catch (final org.scijava.InstantiableException e) {
			throw new IOException("cannot create volume format " + info
				.getClassName() + ": " + e.getMessage(), e);
		}
	}
}
