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

package org.zapfiji.annotation.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.scijava.plugin.Plugin;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.io.AtomicFiles;

/**
 * napari's points layer CSV: {@code index, axis-0, axis-1, axis-2} in voxel
 * coordinates in napari's axis order z, y, x (voxel centers at whole numbers,
 * as ours), then one column per feature. Needs the voxel size.
 * <p>
 * We write the features {@code id, status, annotator, round, score, frame}, so
 * napari can colour by status. Reading accepts 2D files ({@code axis-0, axis-1}
 * = y, x; z = 0) and 4D files ({@code axis-0} = frame) and takes those features
 * where present; a missing id column gets new ids.
 * <p>
 * Lost: radius, times, click, refinement method, comment, tags; positions keep
 * about 16 significant digits.
 */
@Plugin(type = MarkFormat.class, name = "napari points CSV")
public class NapariPointsCsvFormat implements MarkFormat {

	private static final List<String> HEADER = List.of("index", "axis-0",
		"axis-1", "axis-2", "id", "status", "annotator", "round", "score", "frame");

	@Override
	public List<String> fileExtensions() {
		return List.of("csv");
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final VoxelSize voxels = options.requireVoxelSize("napari points CSV");
		final StringBuilder out = new StringBuilder(marks.size() * 120);
		CsvRows.append(out, HEADER, false);
		int index = 0;
		for (final Mark m : marks) {
			final double[] v = voxels.toVoxels(m.position());
			CsvRows.append(out, Arrays.asList(Integer.toString(index++), Double
				.toString(v[2]), Double.toString(v[1]), Double.toString(v[0]), Long
					.toString(m.id()), m.status().id(), m.annotator(), Integer.toString(m
						.round()), Double.isNaN(m.score()) ? "" : Double.toString(m
							.score()), m.frame() == null ? "" : m.frame().toString()), false);
		}
		AtomicFiles.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		final VoxelSize voxels = options.requireVoxelSize("napari points CSV");
		final List<CsvRows.Row> rows = CsvRows.read(path);
		if (rows.isEmpty() || !rows.get(0).fields.contains("axis-1"))
			throw new MarkFormatException(path, "line 1",
				"expected a header with axis-0, axis-1 (, axis-2), found " + (rows
					.isEmpty() ? "an empty file" : rows.get(0).fields));
		final CsvColumns columns = new CsvColumns(path, rows.get(0));
		final int rank = columns.has("axis-3") ? 4 : columns.has("axis-2") ? 3 : 2;
		final List<Mark> marks = new ArrayList<>(rows.size() - 1);
		for (final CsvRows.Row row : rows.subList(1, rows.size()))
			marks.add(Cells.built(path, "line " + row.line, () -> mark(columns.of(
				row), rank, voxels, options)));
		return marks;
	}

	private static Mark mark(final CsvColumns.Values v, final int rank,
		final VoxelSize voxels, final MarkFormatOptions options)
		throws MarkFormatException
	{
		final double[] axes = new double[rank];
		for (int d = 0; d < rank; d++)
			axes[d] = v.cells.number("axis-" + d, v.get("axis-" + d));
		final double[] zyx = rank == 2 ? new double[] { 0, axes[0], axes[1] }
			: Arrays.copyOfRange(axes, rank - 3, rank);
		final double[] p = voxels.toMicrometers(new double[] { zyx[2], zyx[1],
			zyx[0] });
		final long id = v.has("id") ? v.cells.id("id", v.get("id")) : options
			.newId();
		final Mark.Builder b = Mark.builder(id, p[0], p[1], p[2]).created(options
			.time());
		if (v.has("status")) b.status(v.cells.status("status", v.get("status")));
		b.annotator(v.has("annotator") ? v.get("annotator") : options.annotator());
		if (v.has("round")) b.round(v.cells.int32("round", v.get("round")));
		if (v.has("score")) b.refinement(null, v.cells.numberOrNaN("score", v.get(
			"score")));
		if (rank == 4) b.frame(v.cells.int32("axis-0", integral(axes[0])));
		else if (v.has("frame")) b.frame(v.cells.int32("frame", v.get("frame")));
		return b.build();
	}

	/** napari writes a frame axis as a float: "3.0". */
	private static String integral(final double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double
			.toString(value);
	}
}
