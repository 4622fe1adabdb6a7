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

package org.zapfiji.plugin.annotation;

import java.nio.file.Path;
import java.util.List;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.Region;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.plugin.command.CommandException;

/**
 * One side of a comparison: the marks and regions of a project file
 * ({@code .zap}), or the marks of a file in any installed format (which holds
 * no regions).
 */
final class MarkSource {

	private final List<Mark> marks;

	private final List<Region> regions;

	private MarkSource(final List<Mark> marks, final List<Region> regions) {
		this.marks = marks;
		this.regions = regions;
	}

	/**
	 * @param format the format id or auto; ignored for a project
	 * @param voxels the stated voxel size, or null
	 */
	static MarkSource load(final Path file, final String key, final String format,
		final String formatKey, final VoxelSize voxels, final MarkFormats formats)
		throws CommandException
	{
		if (Projects.isProject(file)) {
			final ProjectStore store = Projects.openToRead(file, key);
			try {
				return new MarkSource(store.marks(), store.regions());
			}
			finally {
				Projects.closeQuietly(store);
			}
		}
		final MarkFormats.Chosen chosen = formats.choose(format, formatKey, file);
		MarkFormatOptions options = MarkFormatOptions.defaults();
		if (voxels != null) options = options.withVoxelSize(voxels);
		return new MarkSource(MarkFormats.read(chosen, file, key, options), List
			.of());
	}

	List<Mark> marks() {
		return marks;
	}

	List<Region> regions() {
		return regions;
	}
}
