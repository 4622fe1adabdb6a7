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

package org.zapfiji.labels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.task.Progress;

/**
 * How an export stores its label volumes: in one of the volume formats of
 * {@link VolumeConversion} (Zarr v3 or v2, N5, a plain HDF5 file, TIFF), or as
 * Labkit's labeling ({@link LabkitLabeling}), which holds integer labels only.
 * The same word names it in the manifest and in the command's {@code format}
 * key.
 */
public final class LabelStorage {

	/** The word for Labkit's labeling. */
	public static final String LABELING = "labeling";

	/** The volume formats an export offers, in the order users see them. */
	private static final List<OutputFormat> VOLUMES = List.of(OutputFormat.ZARR3,
		OutputFormat.ZARR2, OutputFormat.N5, OutputFormat.HDF5, OutputFormat.TIFF);

	/** Null for the labeling. */
	private final VolumeConversion volumes;

	private final int threads;

	private final long labelingLimit;

	private LabelStorage(final VolumeConversion volumes, final int threads,
		final long labelingLimit)
	{
		this.volumes = volumes;
		this.threads = threads;
		this.labelingLimit = labelingLimit;
	}

	/** Label volumes written by {@code writer} (format, compression, threads). */
	public static LabelStorage volumes(final VolumeConversion writer) {
		return new LabelStorage(writer.withOverwrite(false), 1, 0);
	}

	/**
	 * Labkit's labeling, gathered on {@code threads} threads (0 or less: all
	 * cores).
	 */
	public static LabelStorage labkit(final int threads) {
		return labkit(threads, LabkitLabeling.MAX_VOXELS);
	}

	/** {@link #labkit(int)} with another limit of labelled voxels, for tests. */
	static LabelStorage labkit(final int threads, final long maxVoxels) {
		return new LabelStorage(null, threads > 0 ? threads : Runtime.getRuntime()
			.availableProcessors(), maxVoxels);
	}

	/** Every word of the command's {@code format} key, default first. */
	public static List<String> ids() {
		final List<String> ids = new ArrayList<>();
		for (final OutputFormat f : VOLUMES)
			ids.add(f.id());
		ids.add(LABELING);
		return ids;
	}

	/**
	 * The storage named {@code id}: the labeling, or {@code writer} switched to
	 * that volume format.
	 *
	 * @param writer compression and threads for the volume formats
	 * @throws IllegalArgumentException naming key 'format'
	 */
	public static LabelStorage forId(final String id,
		final VolumeConversion writer, final int threads)
	{
		final String word = id.trim().toLowerCase(Locale.ROOT);
		if (word.equals(LABELING)) return labkit(threads);
		for (final OutputFormat f : VOLUMES)
			if (f.id().equals(word)) return volumes(writer.withFormat(f));
		throw new IllegalArgumentException("format: expected one of " + String.join(
			", ", ids()) + ", found '" + id + "'");
	}

	/** The format's word, as the manifest records it. */
	public String id() {
		return volumes == null ? LABELING : volumes.format().id();
	}

	public boolean isLabkit() {
		return volumes == null;
	}

	/** The file or folder extension of one label volume. */
	String extension() {
		if (volumes == null) return ".labeling";
		final OutputFormat f = volumes.format();
		if (f.isZarr()) return ".zarr";
		if (f == OutputFormat.N5) return ".n5";
		if (f == OutputFormat.HDF5) return ".h5";
		if (f.isBigDataViewer()) return ".xml";
		return ".tif";
	}

	/**
	 * Checks, before anything is computed, that the volume {@code kind} fits this
	 * storage and the writer's options fit the volume (compression, axes).
	 *
	 * @param beside a path whose parent exists and that does not exist itself,
	 *          standing for the file that will be written
	 * @throws IllegalArgumentException naming kind and format, or
	 *           {@link org.zapfiji.data.convert.InvalidOptionException} naming
	 *           the option's key
	 */
	void check(final String kind, final Volume volume, final Path beside) {
		final DataType type = volume.metadata().dataType();
		if (volumes == null) {
			if (!LabkitLabeling.holds(type)) throw new IllegalArgumentException(
				labeling(kind).refusal(type));
		}
		else volumes.check(volume, beside);
	}

	/**
	 * For the labeling: how crops store what a labeling cannot hold (the image,
	 * the heatmap). Labkit opens an ImageJ TIFF.
	 */
	LabelStorage tiff() {
		return volumes(VolumeConversion.to(OutputFormat.TIFF).withThreads(threads));
	}

	/** Writes one label volume of {@code kind} to {@code file}. */
	void write(final String kind, final Volume volume, final Path file,
		final Progress progress) throws IOException
	{
		progress.status("writing " + file.getFileName());
		if (volumes != null) volumes.convert(volume, file, progress);
		else labeling(kind).write(volume.level(0), volume.spacing(), file, threads,
			progress);
	}

	/** The files and folders written for {@code file}. */
	List<Path> products(final Path file) {
		return volumes == null ? List.of(file) : volumes.products(file);
	}

	private LabkitLabeling labeling(final String kind) {
		return new LabkitLabeling(kind, LABELING, labelingLimit);
	}

	@Override
	public String toString() {
		return volumes == null ? LABELING + " (Labkit JSON, " + threads +
			" threads)" : volumes.toString();
	}
}
