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

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What a {@link MarkFormat} needs beyond the file: the voxel size for formats
 * that store voxel indices, where new ids come from for formats that store
 * none, and who and when to record for marks whose file does not say.
 * Immutable; each {@code with...} returns a copy.
 */
public final class MarkFormatOptions {

	private final VoxelSize voxelSize;

	private final LongSupplier newIds;

	private final String annotator;

	private final Instant time;

	private final String imageName;

	private MarkFormatOptions(final VoxelSize voxelSize,
		final LongSupplier newIds, final String annotator, final Instant time,
		final String imageName)
	{
		this.voxelSize = voxelSize;
		this.newIds = Objects.requireNonNull(newIds, "newIds");
		this.annotator = Objects.requireNonNull(annotator, "annotator");
		this.time = Objects.requireNonNull(time, "time");
		this.imageName = Objects.requireNonNull(imageName, "imageName");
	}

	/**
	 * No voxel size, random ids from {@link MarkIds}, annotator "unknown", the
	 * current time.
	 */
	public static MarkFormatOptions defaults() {
		final MarkIds ids = new MarkIds();
		return new MarkFormatOptions(null, ids::next, "unknown", Instant.now(),
			"image");
	}

	public MarkFormatOptions withVoxelSize(final VoxelSize size) {
		return new MarkFormatOptions(size, newIds, annotator, time, imageName);
	}

	/** Ids for marks read from formats that store none (or none we can use). */
	public MarkFormatOptions withNewIds(final LongSupplier ids) {
		return new MarkFormatOptions(voxelSize, ids, annotator, time, imageName);
	}

	/** Annotator recorded on read marks whose file names none. */
	public MarkFormatOptions withAnnotator(final String name) {
		return new MarkFormatOptions(voxelSize, newIds, name, time, imageName);
	}

	/** Creation time recorded on read marks whose file has none. */
	public MarkFormatOptions withTime(final Instant when) {
		return new MarkFormatOptions(voxelSize, newIds, annotator, when, imageName);
	}

	/** The image file name written where a format asks for one (Cell Counter). */
	public MarkFormatOptions withImageName(final String name) {
		return new MarkFormatOptions(voxelSize, newIds, annotator, time, name);
	}

	public Optional<VoxelSize> voxelSize() {
		return Optional.ofNullable(voxelSize);
	}

	/**
	 * The voxel size, for a format that cannot work without one.
	 *
	 * @throws IllegalArgumentException naming the format that needs it
	 */
	public VoxelSize requireVoxelSize(final String format) {
		if (voxelSize == null) throw new IllegalArgumentException(format +
			" stores voxel indices: state the voxel size or take it from an image");
		return voxelSize;
	}

	public long newId() {
		return newIds.getAsLong();
	}

	public String annotator() {
		return annotator;
	}

	public Instant time() {
		return time;
	}

	public String imageName() {
		return imageName;
	}
}
