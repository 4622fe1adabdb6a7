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

package org.zapfiji.data.bdv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.zapfiji.data.FormatException;

/**
 * The parts of a BigDataViewer XML below {@code SequenceDescription} and
 * {@code ViewRegistrations}, each turned into values with its problems named.
 */
final class BdvXmlElements {

	/** More timepoints than this in one XML is taken as damage. */
	private static final int MAX_TIMEPOINTS = 10_000_000;

	private BdvXmlElements() {}

	static List<BdvViewSetup> setups(final Element viewSetups, final Path xml)
		throws FormatException
	{
		final List<BdvViewSetup> setups = new ArrayList<>();
		for (final Element s : BdvXmlReader.children(viewSetups, "ViewSetup")) {
			final int id = integer(text(s, "id", xml), "ViewSetup/id", xml);
			final Element nameElement = BdvXmlReader.optionalChild(s, "name");
			final String name = nameElement == null ? "setup " + id : nameElement
				.getTextContent().trim();
			final Element sizeElement = BdvXmlReader.optionalChild(s, "size");
			long[] size = null;
			if (sizeElement != null) {
				final double[] v = numbers(sizeElement.getTextContent(), 3,
					"ViewSetup/size", xml);
				size = new long[] { (long) v[0], (long) v[1], (long) v[2] };
			}
			String unit = "pixel";
			double[] voxel = { 1, 1, 1 };
			final Element voxelSize = BdvXmlReader.optionalChild(s, "voxelSize");
			if (voxelSize != null) {
				unit = text(voxelSize, "unit", xml);
				voxel = numbers(text(voxelSize, "size", xml), 3, "voxelSize/size", xml);
			}
			setups.add(new BdvViewSetup(id, name, size, unit, voxel));
		}
		if (setups.isEmpty()) throw FormatException.field(xml, "ViewSetups",
			"at least one ViewSetup", "none");
		return setups;
	}

	/** Timepoints of type range, list or pattern ("0-9", "1,3,5", "0-20:5"). */
	static List<Integer> timepoints(final Element timepoints, final Path xml)
		throws FormatException
	{
		final String type = timepoints.getAttribute("type");
		switch (type) {
			case "range": {
				final int first = integer(text(timepoints, "first", xml),
					"Timepoints/first", xml);
				final int last = integer(text(timepoints, "last", xml),
					"Timepoints/last", xml);
				return range(first, last, 1, xml);
			}
			case "list":
				return integers(text(timepoints, "integerpattern", xml), xml);
			case "pattern":
				return pattern(text(timepoints, "integerpattern", xml), xml);
			default:
				throw FormatException.field(xml, "Timepoints type",
					"range, list or pattern", "'" + type + "'");
		}
	}

	/** Per view, its ViewTransforms concatenated, first listed outermost. */
	static Map<String, double[]> registrations(final Element registrations,
		final Path xml) throws FormatException
	{
		final Map<String, double[]> affines = new LinkedHashMap<>();
		for (final Element r : BdvXmlReader.children(registrations,
			"ViewRegistration"))
		{
			final int t = integer(r.getAttribute("timepoint"),
				"ViewRegistration timepoint", xml);
			final int s = integer(r.getAttribute("setup"), "ViewRegistration setup",
				xml);
			double[] affine = Affines.identity();
			for (final Element transform : BdvXmlReader.children(r,
				"ViewTransform"))
			{
				final String type = transform.getAttribute("type");
				if (!type.isEmpty() && !type.equals("affine")) throw FormatException
					.field(xml, "ViewTransform type", "affine", "'" + type + "'");
				affine = Affines.concatenate(affine, numbers(text(transform, "affine",
					xml), 12, "ViewTransform/affine", xml));
			}
			affines.put(BdvSpimData.viewKey(t, s), affine);
		}
		return affines;
	}

	private static List<Integer> range(final int first, final int last,
		final int step, final Path xml) throws FormatException
	{
		if (last < first || step < 1 || ((long) last - first) /
			step >= MAX_TIMEPOINTS) throw FormatException.field(xml, "Timepoints",
				"first <= last and fewer than " + MAX_TIMEPOINTS + " timepoints",
				first + ".." + last + " step " + step);
		final List<Integer> list = new ArrayList<>();
		for (long t = first; t <= last; t += step)
			list.add((int) t);
		return list;
	}

	private static List<Integer> integers(final String text, final Path xml)
		throws FormatException
	{
		final List<Integer> list = new ArrayList<>();
		for (final String part : text.split("[,\\s]+"))
			if (!part.isEmpty()) list.add(integer(part, "Timepoints", xml));
		if (list.isEmpty()) throw FormatException.field(xml, "Timepoints",
			"at least one timepoint", "none");
		return list;
	}

	/** A pattern like "0-9,12,20-40:5": ranges with an optional step. */
	private static List<Integer> pattern(final String text, final Path xml)
		throws FormatException
	{
		final List<Integer> list = new ArrayList<>();
		for (final String part : text.split("[,\\s]+")) {
			if (part.isEmpty()) continue;
			final String[] rangeStep = part.split(":");
			final String[] bounds = rangeStep[0].split("-", 2);
			final int first = integer(bounds[0], "Timepoints pattern", xml);
			final int last = bounds.length > 1 ? integer(bounds[1],
				"Timepoints pattern", xml) : first;
			final int step = rangeStep.length > 1 ? integer(rangeStep[1],
				"Timepoints pattern", xml) : 1;
			list.addAll(range(first, last, step, xml));
			if (list.size() > MAX_TIMEPOINTS) throw FormatException.field(xml,
				"Timepoints", "fewer than " + MAX_TIMEPOINTS, list.size());
		}
		if (list.isEmpty()) throw FormatException.field(xml, "Timepoints",
			"at least one timepoint", "none");
		return list;
	}

	static String text(final Element parent, final String name, final Path xml)
		throws FormatException
	{
		return BdvXmlReader.child(parent, name, xml).getTextContent().trim();
	}

	static int integer(final String text, final String field, final Path xml)
		throws FormatException
	{
		try {
			return Integer.parseInt(text.trim());
		}
		catch (final NumberFormatException e) {
			throw FormatException.field(xml, field, "an integer", "'" + text + "'");
		}
	}

	static double[] numbers(final String text, final int n, final String field,
		final Path xml) throws FormatException
	{
		final String[] parts = text.trim().split("\\s+");
		if (parts.length != n) throw FormatException.field(xml, field, n +
			" numbers", "'" + text.trim() + "'");
		final double[] values = new double[n];
		try {
			for (int i = 0; i < n; i++)
				values[i] = Double.parseDouble(parts[i]);
		}
		catch (final NumberFormatException e) {
			throw FormatException.field(xml, field, n + " numbers", "'" + text
				.trim() + "'");
		}
		return values;
	}
}
