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
import java.util.Map;
import java.util.TreeMap;

import org.scijava.plugin.Plugin;
import org.w3c.dom.Element;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;
import org.zapfiji.io.AtomicFiles;

/**
 * TrackMate's XML, spots only: {@code TrackMate / Model / AllSpots /
 * SpotsInFrame / Spot} with the attributes ID, name, POSITION_X/Y/Z/T, FRAME,
 * RADIUS, QUALITY and VISIBILITY, positions in µm.
 * <p>
 * TrackMate's spot ids are 32-bit, so ID is the row number and {@code name}
 * carries our 63-bit id. Extra spot features, declared in
 * {@code FeatureDeclarations} so TrackMate shows them, keep status
 * ({@code ZAP_STATUS}: 0 candidate … 4 uncertain, the order of
 * {@link MarkStatus}), round ({@code ZAP_ROUND}) and whether the mark has a
 * frame ({@code ZAP_HAS_FRAME}). QUALITY is the score (NaN for none). Reading a
 * file of another tool: a name that is a positive whole number is the id,
 * otherwise a new id; positions in pixel units need the voxel size.
 * <p>
 * Lost: radius per axis (RADIUS is their mean), annotator, times, click,
 * refinement method, comment, tags. The file has no {@code Settings}, so
 * TrackMate opens the spots without an image.
 */
@Plugin(type = MarkFormat.class, name = "TrackMate XML")
public class TrackMateXmlFormat implements MarkFormat {

	private static final String[][] FEATURES = { //
		{ "QUALITY", "Quality", "QUALITY", "false" }, //
		{ "POSITION_X", "X", "POSITION", "false" }, //
		{ "POSITION_Y", "Y", "POSITION", "false" }, //
		{ "POSITION_Z", "Z", "POSITION", "false" }, //
		{ "POSITION_T", "T", "TIME", "false" }, //
		{ "FRAME", "Frame", "NONE", "true" }, //
		{ "RADIUS", "Radius", "LENGTH", "false" }, //
		{ "VISIBILITY", "Visibility", "NONE", "true" }, //
		{ "ZAP_STATUS", "ZAP status", "NONE", "true" }, //
		{ "ZAP_ROUND", "ZAP round", "NONE", "true" }, //
		{ "ZAP_HAS_FRAME", "ZAP has frame", "NONE", "true" } };

	@Override
	public List<String> fileExtensions() {
		return List.of("xml");
	}

	@Override
	public void write(final Path path, final List<Mark> marks,
		final MarkFormatOptions options) throws IOException
	{
		final Map<Integer, List<Integer>> byFrame = new TreeMap<>();
		for (int i = 0; i < marks.size(); i++)
			byFrame.computeIfAbsent(frameOf(marks.get(i)), f -> new ArrayList<>())
				.add(i);
		final StringBuilder out = new StringBuilder(marks.size() * 300);
		out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		out.append("<TrackMate version=\"7.13.2\">\n");
		out.append("  <Model spatialunits=\"µm\" timeunits=\"frame\">\n");
		appendDeclarations(out);
		out.append("    <AllSpots nspots=\"").append(marks.size()).append("\">\n");
		for (final Map.Entry<Integer, List<Integer>> frame : byFrame.entrySet()) {
			out.append("      <SpotsInFrame frame=\"").append(frame.getKey()).append(
				"\">\n");
			for (final int i : frame.getValue())
				appendSpot(out, i, marks.get(i));
			out.append("      </SpotsInFrame>\n");
		}
		out.append("    </AllSpots>\n    <AllTracks />\n    <FilteredTracks />\n");
		out.append("  </Model>\n</TrackMate>\n");
		AtomicFiles.write(path, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static int frameOf(final Mark m) {
		return m.frame() == null ? 0 : m.frame();
	}

	private static void appendDeclarations(final StringBuilder out) {
		out.append("    <FeatureDeclarations>\n      <SpotFeatures>\n");
		for (final String[] f : FEATURES)
			out.append("        <Feature feature=\"").append(f[0]).append(
				"\" name=\"").append(f[1]).append("\" shortname=\"").append(f[1])
				.append("\" dimension=\"").append(f[2]).append("\" isint=\"").append(
					f[3]).append("\" />\n");
		out.append("      </SpotFeatures>\n      <EdgeFeatures />\n");
		out.append("      <TrackFeatures />\n    </FeatureDeclarations>\n");
	}

	private static void appendSpot(final StringBuilder out, final int index,
		final Mark m)
	{
		final double[] r = m.radius();
		out.append("        <Spot ID=\"").append(index).append("\" name=\"").append(
			m.id()).append("\" VISIBILITY=\"1\" RADIUS=\"").append((r[0] + r[1] +
				r[2]) / 3).append("\" QUALITY=\"").append(m.score()).append(
					"\" POSITION_T=\"").append(frameOf(m)).append(".0\" POSITION_X=\"")
			.append(m.x()).append("\" POSITION_Y=\"").append(m.y()).append(
				"\" POSITION_Z=\"").append(m.z()).append("\" FRAME=\"").append(frameOf(
					m)).append("\" ZAP_STATUS=\"").append(m.status().ordinal()).append(
						"\" ZAP_ROUND=\"").append(m.round()).append("\" ZAP_HAS_FRAME=\"")
			.append(m.frame() == null ? 0 : 1).append("\" />\n");
	}

	@Override
	public List<Mark> read(final Path path, final MarkFormatOptions options)
		throws IOException
	{
		final Element root = SafeXml.parse(path).getDocumentElement();
		if (!root.getTagName().equals("TrackMate")) throw new MarkFormatException(
			path, "root element", "expected <TrackMate>, found <" + root
				.getTagName() + ">");
		final Element model = SafeXml.child(path, root, "Model");
		final double[] scale = TrackMateUnits.micrometersPerUnit(path, model
			.getAttribute("spatialunits"), options);
		final Element allSpots = SafeXml.child(path, model, "AllSpots");
		final List<Mark> marks = new ArrayList<>();
		for (final Element frame : SafeXml.children(allSpots, "SpotsInFrame"))
			for (final Element spot : SafeXml.children(frame, "Spot"))
				marks.add(Cells.built(path, "Spot ID=" + spot.getAttribute("ID"),
					() -> TrackMateUnits.spot(path, frame, spot, scale, options)));
		return marks;
	}
}
