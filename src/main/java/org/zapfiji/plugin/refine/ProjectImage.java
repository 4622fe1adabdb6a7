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

package org.zapfiji.plugin.refine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.zapfiji.annotation.store.ProjectException;
import org.zapfiji.annotation.store.ProjectStore;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.plugin.Extensions;
import org.zapfiji.plugin.VolumeFormats;
import org.zapfiji.plugin.command.CommandException;

import ij.IJ;

/**
 * A project opened for writing together with the image its marks lie on. Marks
 * are in µm and the image is read in voxels, so the two must agree on the voxel
 * size: a project that states one different from the image's is refused (naming
 * both), and one that states none takes the image's. The commands that snap
 * ({@code ZAP Refine Marks}, {@code ZAP Detect Candidates}) and the annotation
 * window ({@code ZAP Annotate}) open their project and image through here.
 */
public final class ProjectImage implements AutoCloseable {

	/** Voxel sizes closer than this (relative) count as the same. */
	private static final double SAME_SIZE = 1e-6;

	private final Dataset dataset;

	private final Volume volume;

	private final ProjectStore store;

	private ProjectImage(final Dataset dataset, final Volume volume,
		final ProjectStore store)
	{
		this.dataset = dataset;
		this.volume = volume;
		this.store = store;
	}

	/**
	 * @throws CommandException naming the file when either cannot be opened, the
	 *           project is held by another process, or the voxel sizes disagree
	 */
	public static ProjectImage open(final Path project, final Path image,
		final String annotator) throws CommandException
	{
		final Dataset dataset = openImage(image);
		ProjectStore store = null;
		try {
			final List<Volume> volumes = dataset.volumes();
			if (volumes.isEmpty()) throw new CommandException(image +
				" holds no volume");
			store = ProjectStore.open(project, annotator);
			if (store.isReadOnly()) throw new CommandException(project +
				" cannot be written: " + store.readOnlyReason());
			checkVoxelSize(store, image, VolumeRegion.spacing(volumes.get(0)));
			return new ProjectImage(dataset, volumes.get(0), store);
		}
		catch (final ProjectException e) {
			closeQuietly(dataset, store);
			throw new CommandException(e.getMessage(), e);
		}
		catch (final CommandException | RuntimeException e) {
			closeQuietly(dataset, store);
			throw e;
		}
	}

	/** The image's first volume, the one the marks lie on. */
	public Volume volume() {
		return volume;
	}

	/** The project, open for writing by the annotator. */
	public ProjectStore store() {
		return store;
	}

	@Override
	public void close() throws CommandException {
		try {
			store.close();
		}
		catch (final ProjectException e) {
			throw new CommandException(e.getMessage(), e);
		}
		finally {
			closeQuietly(dataset, null);
		}
	}

	private static Dataset openImage(final Path image) throws CommandException {
		try {
			return new VolumeFormats(Extensions.discover(IJ.getClassLoader())).open(
				image);
		}
		catch (final IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	private static void checkVoxelSize(final ProjectStore store, final Path image,
		final double[] spacing) throws ProjectException, CommandException
	{
		final Optional<double[]> stated = store.voxelSize();
		if (!stated.isPresent()) {
			store.setVoxelSize(spacing[0], spacing[1], spacing[2]);
			return;
		}
		final double[] size = stated.get();
		for (int d = 0; d < 3; d++)
			if (d >= size.length || Math.abs(size[d] - spacing[d]) > SAME_SIZE * Math
				.max(size[d], spacing[d])) throw new CommandException(store.file() +
					" states a voxel size of " + text(size) + " µm but " + image +
					" has " + text(spacing) +
					" µm; marks would land in the wrong place (open the image the " +
					"project was made on, or correct its voxel size)");
	}

	private static String text(final double[] size) {
		final StringBuilder s = new StringBuilder();
		for (final double v : size)
			s.append(s.length() == 0 ? "" : " × ").append(v);
		return s.toString();
	}

	private static void closeQuietly(final Dataset dataset,
		final ProjectStore store)
	{
		try {
			if (store != null) store.close();
		}
		catch (final ProjectException ignored) {
			// the first failure is the one to report
		}
		try {
			dataset.close();
		}
		catch (final IOException ignored) {
			// nothing was written to the image
		}
	}
}
