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

import static org.zapfiji.data.tiff.TiffTags.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.zapfiji.data.FormatException;

/**
 * The pages of a TIFF file that form one image, with the first page's
 * description and resolution. Reduced-resolution pages (NewSubfileType bit 0,
 * e.g. thumbnails) are skipped; every other page must match the first.
 * <p>
 * The directory chain is followed with a set of visited offsets, so a chain
 * that loops back fails instead of running forever.
 */
final class TiffStack {

	/** Longest description read (ImageJ's are a few hundred bytes). */
	private static final long MAX_DESCRIPTION = 1 << 20;

	final List<TiffPage> pages;

	final String description;

	final double xResolution;

	final double yResolution;

	final long resolutionUnit;

	private TiffStack(final List<TiffPage> pages, final String description,
		final double xResolution, final double yResolution,
		final long resolutionUnit)
	{
		this.pages = pages;
		this.description = description;
		this.xResolution = xResolution;
		this.yResolution = yResolution;
		this.resolutionUnit = resolutionUnit;
	}

	static TiffStack read(final TiffInput in) throws IOException {
		final List<TiffPage> pages = new ArrayList<>();
		final Set<Long> visited = new HashSet<>();
		TiffDirectory first = null;
		long offset = in.firstDirectory();
		if (offset == 0) throw FormatException.field(in.path(), "first IFD offset",
			"a directory", "0 (no image)");
		for (int index = 0; offset != 0; index++) {
			if (!visited.add(offset)) throw FormatException.field(in.path(), "IFD " +
				(index - 1) + " next-IFD offset", "a directory not seen before",
				"offset " + offset + ", which loops back");
			final TiffDirectory ifd = TiffDirectory.read(in, offset, index);
			if (first == null) first = ifd;
			if ((ifd.number(NEW_SUBFILE_TYPE, "NewSubfileType", 0) & 1) == 0 ||
				ifd == first)
			{
				final TiffPage page = TiffPage.of(ifd, in);
				if (!pages.isEmpty() && !page.matches(pages.get(0)))
					throw FormatException.field(in.path(), ifd.name() + " size and type",
						pages.get(0).describe() + " like IFD 0", page.describe());
				pages.add(page);
			}
			offset = ifd.next();
		}
		return new TiffStack(pages, first.text(IMAGE_DESCRIPTION,
			"ImageDescription", MAX_DESCRIPTION), first.rational(X_RESOLUTION,
				"XResolution"), first.rational(Y_RESOLUTION, "YResolution"), first
					.number(RESOLUTION_UNIT, "ResolutionUnit", 2));
	}

	TiffPage first() {
		return pages.get(0);
	}
}
