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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.io.AtomicFiles;

/**
 * Fiji's Cell Counter XML: {@code CellCounter_Marker_File / Image_Properties,
 * Marker_Data / Marker_Type (Type, Name) / Marker (MarkerX, MarkerY,
 * MarkerZ)}, whole pixel indices, MarkerZ the 1-based slice. Needs the voxel
 * size.
 * <p>
 * Status becomes the marker type: types 1 to 5 are candidate, unreviewed,
 * accepted, rejected and uncertain, named so. On reading, a type whose name is
 * a status gets that status; any other type gives unreviewed marks tagged
 * {@code cell_counter:<name>}, so the grouping is kept.
 * <p>
 * Lost: ids (new ones on reading), positions below a voxel (rounded to the
 * nearest voxel), radius, annotator, round, times, click, refinement, score,
 * comment, tags, frame.
 */
@Plugin(type = MarkFormat.class, name = "Cell Counter XML")
public class CellCounterXmlFormat implements MarkFormat {

	private static final String NAME = "Cell Counter XML";

	@Override
	public List<String> fileExtensions() {
		return List.of("xml");
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final VoxelSize voxels = options.requireVoxelSize(NAME);
		final StringBuilder out = new StringBuilder();
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<CellCounter_Marker_File>\n <Image_Properties>\n");
		out.append("  <Image_Filename>").append(SafeXml.escape(options.imageName()))
			.append("</Image_Filename>\n </Image_Properties>\n");
		out.append(" <Marker_Data>\n  <Current_Type>1</Current_Type>\n");
		for (final MarkStatus status : MarkStatus.values()) {
			out.append("  <Marker_Type>\n   <Type>").append(status.ordinal() + 1)
				.append("</Type>\n   <Name>").append(status.id()).append("</Name>\n");
			for (final Mark m : marks)
				if (m.status() == status) appendMarker(out, voxels.toVoxels(m
					.position()));
			out.append("  </Marker_Type>\n");
		}
		out.append(" </Marker_Data>\n</CellCounter_Marker_File>\n");
		AtomicFiles.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static void appendMarker(final StringBuilder out, final double[] v) {
		out.append("   <Marker>\n    <MarkerX>").append(Math.round(v[0])).append(
			"</MarkerX>\n    <MarkerY>").append(Math.round(v[1])).append(
				"</MarkerY>\n    <MarkerZ>").append(Math.round(v[2]) + 1).append(
					"</MarkerZ>\n   </Marker>\n");
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		final VoxelSize voxels = options.requireVoxelSize(NAME);
		final Document doc = SafeXml.parse(path);
		final Element root = doc.getDocumentElement();
		if (!root.getTagName().equals("CellCounter_Marker_File"))
			throw new MarkFormatException(path, "root element",
				"expected <CellCounter_Marker_File>, found <" + root.getTagName() +
					">");
		final Element data = SafeXml.child(path, root, "Marker_Data");
		final List<Mark> marks = new ArrayList<>();
		for (final Element type : SafeXml.children(data, "Marker_Type"))
			readType(path, type, voxels, options, marks);
		return marks;
	}

	private static void readType(final Path path, final Element type,
		final VoxelSize voxels, final MarkFormatOptions options,
		final List<Mark> marks) throws MarkFormatException
	{
		final String typeText = SafeXml.childText(path, type, "Type");
		final Cells typeCells = new Cells(path, "Marker_Type " + typeText);
		final long number = typeCells.integer("Type", typeText);
		final List<Element> names = SafeXml.children(type, "Name");
		final String name = names.isEmpty() ? "Type " + number : names.get(0)
			.getTextContent().trim();
		final MarkStatus status = statusNamed(name);
		int index = 0;
		for (final Element marker : SafeXml.children(type, "Marker")) {
			index++;
			final Cells cells = new Cells(path, "Marker_Type " + number +
				", Marker " + index);
			final double x = cells.number("MarkerX", SafeXml.childText(path, marker,
				"MarkerX"));
			final double y = cells.number("MarkerY", SafeXml.childText(path, marker,
				"MarkerY"));
			final double slice = cells.number("MarkerZ", SafeXml.childText(path,
				marker, "MarkerZ"));
			if (slice < 1) throw cells.error("MarkerZ", "a 1-based slice index ≥ 1",
				Double.toString(slice));
			marks.add(Cells.built(path, "Marker_Type " + number + ", Marker " + index,
				() -> {
					final double[] p = voxels.toMicrometers(new double[] { x, y, slice -
						1 });
					final Mark.Builder b = Mark.builder(options.newId(), p[0], p[1], p[2])
						.annotator(options.annotator()).created(options.time());
					if (status != null) b.status(status);
					else b.status(MarkStatus.UNREVIEWED).tags(Set.of("cell_counter:" +
						name));
					return b.build();
				}));
		}
	}

	private static MarkStatus statusNamed(final String name) {
		for (final MarkStatus s : MarkStatus.values())
			if (s.id().equalsIgnoreCase(name)) return s;
		return null;
	}
}
