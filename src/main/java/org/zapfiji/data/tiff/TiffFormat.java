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

package org.zapfiji.data.tiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.scijava.plugin.Plugin;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeFormat;

/**
 * TIFF files ({@code .tif}, {@code .tiff}), classic or BigTIFF, recognised by
 * their name and their first four bytes.
 */
@Plugin(type = VolumeFormat.class, name = "TIFF")
public final class TiffFormat implements VolumeFormat {

	@Override
	public boolean recognizes(final Path location) {
		final String name = location.getFileName() == null ? "" : location
			.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!(name.endsWith(".tif") || name.endsWith(".tiff")) || !Files
			.isRegularFile(location)) return false;
		try (InputStream in = Files.newInputStream(location)) {
			final byte[] head = in.readNBytes(4);
			return head.length == 4 && isMagic(head);
		}
		catch (final IOException e) {
			return false;
		}
	}

	private static boolean isMagic(final byte[] h) {
		if (h[0] == 'I' && h[1] == 'I') return h[3] == 0 && (h[2] == 42 ||
			h[2] == 43);
		if (h[0] == 'M' && h[1] == 'M') return h[2] == 0 && (h[3] == 42 ||
			h[3] == 43);
		return false;
	}

	/** Opens the TIFF at {@code location} as a lazy volume. */
	public Volume open(final Path location) throws IOException {
		return TiffVolumes.open(location);
	}

	@Override
	public Dataset openDataset(final Path location) throws IOException {
		return Dataset.of(open(location));
	}
}
