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
import java.util.List;
import java.util.Set;

import org.scijava.plugin.Plugin;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.io.AtomicFiles;

/**
 * BigWarp's landmarks CSV: no header, every field quoted, one row per landmark
 * {@code name, active, mx, my, mz, fx, fy, fz} in physical units (µm here); 2D
 * files have {@code name, active, mx, my, fx, fy}.
 * <p>
 * We write each mark as a pair whose moving and fixed points are both its
 * position, named by its id, active unless rejected; BigWarp then shows the
 * marks in both images. Reading takes the moving point, or the fixed one where
 * the moving one is missing ("Infinity"); a name that is a positive whole
 * number is taken as the id, any other name gets a new id and becomes a tag
 * {@code bigwarp:<name>}. Inactive landmarks read as rejected, active ones as
 * unreviewed.
 * <p>
 * Lost: status other than rejected, radius, annotator, round, times, click,
 * refinement, score, comment, tags, frame.
 */
@Plugin(type = MarkFormat.class, name = "BigWarp landmarks CSV")
public class BigWarpLandmarksFormat implements MarkFormat {

	@Override
	public List<String> fileExtensions() {
		return List.of("csv");
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final StringBuilder out = new StringBuilder(marks.size() * 120);
		for (final Mark m : marks) {
			final String x = Double.toString(m.x());
			final String y = Double.toString(m.y());
			final String z = Double.toString(m.z());
			CsvRows.append(out, List.of(Long.toString(m.id()), Boolean.toString(m
				.status() != MarkStatus.REJECTED), x, y, z, x, y, z), true);
		}
		AtomicFiles.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		final List<Mark> marks = new ArrayList<>();
		for (final CsvRows.Row row : CsvRows.read(path))
			marks.add(Cells.built(path, "line " + row.line, () -> mark(path, row,
				options)));
		return marks;
	}

	private static Mark mark(final Path path, final CsvRows.Row row,
		final MarkFormatOptions options) throws MarkFormatException
	{
		final List<String> f = row.fields;
		if (f.size() != 8 && f.size() != 6) throw new MarkFormatException(path,
			"line " + row.line, "expected 8 fields (name, active, mx, my, mz, fx, " +
				"fy, fz) or 6 for 2D, found " + f.size());
		final Cells cells = new Cells(path, "line " + row.line);
		final int rank = (f.size() - 2) / 2;
		final String active = f.get(1).trim();
		if (!active.equalsIgnoreCase("true") && !active.equalsIgnoreCase("false"))
			throw cells.error("active", "true or false", active);
		final double[] p = new double[3];
		for (int d = 0; d < rank; d++)
			p[d] = coordinate(cells, d, f.get(2 + d), f.get(2 + rank + d));
		final String name = f.get(0).trim();
		final boolean numeric = name.matches("[0-9]{1,19}") && !name.matches("0+");
		final Mark.Builder b = Mark.builder(numeric ? cells.id("name", name)
			: options.newId(), p[0], p[1], p[2]).annotator(options.annotator())
			.created(options.time()).status(active.equalsIgnoreCase("true")
				? MarkStatus.UNREVIEWED : MarkStatus.REJECTED);
		if (!numeric) b.tags(Set.of("bigwarp:" + name));
		return b.build();
	}

	/** The moving coordinate, or the fixed one where BigWarp wrote Infinity. */
	private static double coordinate(final Cells cells, final int axis,
		final String moving, final String fixed) throws MarkFormatException
	{
		final String[] names = { "x", "y", "z" };
		final double m = parse(cells, "m" + names[axis], moving);
		if (Double.isFinite(m)) return m;
		final double f = parse(cells, "f" + names[axis], fixed);
		if (Double.isFinite(f)) return f;
		throw cells.error("m" + names[axis], "a finite moving or fixed coordinate",
			moving + "' and '" + fixed);
	}

	private static double parse(final Cells cells, final String field,
		final String text) throws MarkFormatException
	{
		try {
			return Double.parseDouble(text.trim());
		}
		catch (final NumberFormatException e) {
			throw cells.error(field, "a number or Infinity", text);
		}
	}
}
