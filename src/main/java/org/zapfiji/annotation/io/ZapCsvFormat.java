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
import java.util.Set;
import java.util.TreeSet;

import org.scijava.plugin.Plugin;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.io.AtomicFiles;

/**
 * Our own CSV: every field of a {@link Mark}, one row per mark, with a header
 * row naming the columns. Nothing is lost.
 * <table>
 * <caption>Columns</caption>
 * <tr>
 * <th>column</th>
 * <th>meaning</th>
 * </tr>
 * <tr>
 * <td>id</td>
 * <td>positive 63-bit mark id</td>
 * </tr>
 * <tr>
 * <td>x_um, y_um, z_um</td>
 * <td>center in µm</td>
 * </tr>
 * <tr>
 * <td>x_px, y_px, z_px</td>
 * <td>center in (continuous) voxels, center of voxel i at i; empty when no
 * voxel size was given</td>
 * </tr>
 * <tr>
 * <td>radius_x_um, radius_y_um, radius_z_um</td>
 * <td>radius per axis, µm</td>
 * </tr>
 * <tr>
 * <td>status</td>
 * <td>candidate, unreviewed, accepted, rejected or uncertain</td>
 * </tr>
 * <tr>
 * <td>annotator</td>
 * <td>who made or last changed the mark</td>
 * </tr>
 * <tr>
 * <td>round</td>
 * <td>review round</td>
 * </tr>
 * <tr>
 * <td>created, modified</td>
 * <td>ISO-8601 UTC times</td>
 * </tr>
 * <tr>
 * <td>click_x_um, click_y_um, click_z_um</td>
 * <td>raw click in µm</td>
 * </tr>
 * <tr>
 * <td>refinement</td>
 * <td>refinement method, e.g. none, local_maximum</td>
 * </tr>
 * <tr>
 * <td>score</td>
 * <td>refinement score; empty for none</td>
 * </tr>
 * <tr>
 * <td>comment</td>
 * <td>free text</td>
 * </tr>
 * <tr>
 * <td>tags</td>
 * <td>tags separated by ';'</td>
 * </tr>
 * <tr>
 * <td>frame</td>
 * <td>time frame; empty for all frames</td>
 * </tr>
 * </table>
 * Reading accepts the columns in any order and only needs a position:
 * {@code x_um, y_um, z_um}, or {@code x_px, y_px, z_px} with a voxel size. A
 * missing id column gets new ids; other missing columns get the defaults of
 * {@link Mark.Builder} and the annotator and time of the options. Columns we do
 * not know are ignored.
 */
@Plugin(type = MarkFormat.class, name = "ZAP marks CSV")
public class ZapCsvFormat implements MarkFormat {

	/** The columns, in the order we write them. */
	public static final List<String> COLUMNS = List.of("id", "x_um", "y_um",
		"z_um", "x_px", "y_px", "z_px", "radius_x_um", "radius_y_um", "radius_z_um",
		"status", "annotator", "round", "created", "modified", "click_x_um",
		"click_y_um", "click_z_um", "refinement", "score", "comment", "tags",
		"frame");

	@Override
	public List<String> fileExtensions() {
		return List.of("csv");
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final StringBuilder out = new StringBuilder(64 + marks.size() * 200);
		CsvRows.append(out, COLUMNS, false);
		for (final Mark m : marks)
			CsvRows.append(out, row(m, options.voxelSize().orElse(null)), false);
		AtomicFiles.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> row(final Mark m, final VoxelSize voxels) {
		final double[] p = m.position();
		final double[] px = voxels == null ? null : voxels.toVoxels(p);
		final double[] r = m.radius();
		final double[] c = m.click();
		for (final String tag : m.tags())
			if (tag.contains(";")) throw new IllegalArgumentException("mark " + m
				.id() + ": tag '" + tag + "' contains ';', the CSV tag separator");
		return Arrays.asList(Long.toString(m.id()), num(p[0]), num(p[1]), num(p[2]),
			px == null ? "" : num(px[0]), px == null ? "" : num(px[1]), px == null
				? "" : num(px[2]), num(r[0]), num(r[1]), num(r[2]), m.status().id(), m
					.annotator(), Integer.toString(m.round()), m.created().toString(), m
						.modified().toString(), num(c[0]), num(c[1]), num(c[2]), m
							.refinement(), Double.isNaN(m.score()) ? "" : num(m.score()), m
								.comment(), String.join(";", m.tags()), m.frame() == null ? ""
									: m.frame().toString());
	}

	static String num(final double v) {
		return Double.toString(v);
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		final List<CsvRows.Row> rows = CsvRows.read(path);
		if (rows.isEmpty()) throw new MarkFormatException(path, "line 1",
			"expected a header row naming the columns, found an empty file");
		final CsvColumns columns = new CsvColumns(path, rows.get(0));
		final boolean micrometers = columns.has("x_um");
		if (!micrometers && !columns.has("x_px")) throw new MarkFormatException(
			path, "line 1", "expected columns x_um, y_um, z_um or x_px, y_px, " +
				"z_px, found " + rows.get(0).fields);
		final VoxelSize voxels = micrometers ? null : options.requireVoxelSize(
			"a marks CSV without x_um");
		final List<Mark> marks = new ArrayList<>(rows.size() - 1);
		for (final CsvRows.Row row : rows.subList(1, rows.size()))
			marks.add(Cells.built(path, "line " + row.line, () -> mark(columns.of(
				row), micrometers, voxels, options)));
		return marks;
	}

	private static Mark mark(final CsvColumns.Values v, final boolean micrometers,
		final VoxelSize voxels, final MarkFormatOptions options)
		throws MarkFormatException
	{
		final long id = v.has("id") ? v.cells.id("id", v.get("id")) : options
			.newId();
		final double[] p = micrometers ? v.triple("x_um", "y_um", "z_um") : voxels
			.toMicrometers(v.triple("x_px", "y_px", "z_px"));
		final Mark.Builder b = Mark.builder(id, p[0], p[1], p[2]);
		if (v.has("radius_x_um")) {
			final double[] r = v.triple("radius_x_um", "radius_y_um", "radius_z_um");
			if (!(r[0] > 0 && r[1] > 0 && r[2] > 0)) throw v.cells.error(
				"radius_x_um", "positive radii", Arrays.toString(r));
			b.radius(r[0], r[1], r[2]);
		}
		if (v.has("status")) b.status(v.cells.status("status", v.get("status")));
		b.annotator(v.has("annotator") ? v.get("annotator") : options.annotator());
		if (v.has("round")) b.round(v.cells.int32("round", v.get("round")));
		b.created(v.has("created") ? v.cells.time("created", v.get("created"))
			: options.time());
		if (v.has("modified")) b.modified(v.cells.time("modified", v.get(
			"modified")));
		if (v.has("click_x_um")) {
			final double[] c = v.triple("click_x_um", "click_y_um", "click_z_um");
			b.click(c[0], c[1], c[2]);
		}
		b.refinement(v.has("refinement") ? v.get("refinement") : null, v.has(
			"score") ? v.cells.numberOrNaN("score", v.get("score")) : Double.NaN);
		if (v.has("comment")) b.comment(v.get("comment"));
		if (v.has("tags")) b.tags(tags(v.get("tags")));
		if (v.has("frame")) b.frame(v.cells.int32("frame", v.get("frame")));
		return b.build();
	}

	private static Set<String> tags(final String text) {
		final Set<String> tags = new TreeSet<>();
		for (final String t : text.split(";"))
			if (!t.isBlank()) tags.add(t.trim());
		return tags;
	}
}
