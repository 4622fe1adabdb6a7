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

package org.zapfiji.annotation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.scijava.plugin.SciJavaPlugin;

/**
 * Extension point: a file format that other tools use for point annotations
 * (CSV, Cell Counter XML, TrackMate XML, neuroglancer precomputed, ...).
 * Declare an implementation with
 * {@code @Plugin(type = MarkFormat.class, name = "My format")}.
 * <p>
 * Formats hold different parts of a {@link Mark}: each implementation's javadoc
 * says what survives a round trip and what is lost or made up on reading (ids,
 * times, annotator from {@link MarkFormatOptions}).
 */
public interface MarkFormat extends SciJavaPlugin {

	/** File name endings this format writes, without the dot, e.g. "csv". */
	List<String> fileExtensions();

	/**
	 * True if {@link #write} makes a folder of files rather than one file
	 * (neuroglancer precomputed).
	 */
	default boolean writesFolder() {
		return false;
	}

	/**
	 * Reads every mark in {@code path}.
	 *
	 * @throws MarkFormatException naming the file, place, field, what was
	 *           expected and what was found
	 * @throws IllegalArgumentException if the format needs an option (voxel size)
	 *           that {@code options} lacks
	 */
	List<Mark> read(Path path, MarkFormatOptions options) throws IOException;

	/**
	 * Writes {@code marks} to {@code path}, replacing it; a reader never sees a
	 * half-written file.
	 *
	 * @throws IllegalArgumentException if the format needs an option (voxel size)
	 *           that {@code options} lacks, or cannot hold a value
	 */
	void write(Path path, List<Mark> marks, MarkFormatOptions options)
		throws IOException;
}
