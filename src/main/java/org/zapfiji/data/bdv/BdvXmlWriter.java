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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a BigDataViewer XML ({@code SpimData} version 0.2) whose image file
 * sits next to it: setups with a channel attribute each, a range of timepoints,
 * and one affine per view.
 */
final class BdvXmlWriter {

	private BdvXmlWriter() {}

	/**
	 * @param imageName file or folder name of the voxels, relative to the XML
	 * @param timepoints how many timepoints, numbered from 0
	 */
	static void write(final Path xml, final BdvSpimData.Loader loader,
		final String imageName, final List<BdvViewSetup> setups,
		final int timepoints, final BdvRegistrations registrations)
		throws IOException
	{
		final Document doc = SafeXml.newDocument();
		final Element root = add(doc, doc, "SpimData");
		root.setAttribute("version", "0.2");
		final Element base = text(doc, root, "BasePath", ".");
		base.setAttribute("type", "relative");
		final Element sequence = add(doc, root, "SequenceDescription");
		final Element loaderElement = add(doc, sequence, "ImageLoader");
		loaderElement.setAttribute("format", loader.format());
		if (loader == BdvSpimData.Loader.N5) loaderElement.setAttribute("version",
			"1.0");
		text(doc, loaderElement, loader.element(), imageName).setAttribute("type",
			"relative");
		final Element viewSetups = add(doc, sequence, "ViewSetups");
		for (final BdvViewSetup s : setups)
			setup(doc, viewSetups, s);
		final Element channels = add(doc, viewSetups, "Attributes");
		channels.setAttribute("name", "channel");
		for (final BdvViewSetup s : setups) {
			final Element channel = add(doc, channels, "Channel");
			text(doc, channel, "id", Integer.toString(s.id()));
			text(doc, channel, "name", Integer.toString(s.id()));
		}
		final Element range = add(doc, sequence, "Timepoints");
		range.setAttribute("type", "range");
		text(doc, range, "first", "0");
		text(doc, range, "last", Integer.toString(timepoints - 1));
		final Element views = add(doc, root, "ViewRegistrations");
		for (int t = 0; t < timepoints; t++)
			for (final BdvViewSetup s : setups) {
				final Element r = add(doc, views, "ViewRegistration");
				r.setAttribute("timepoint", Integer.toString(t));
				r.setAttribute("setup", Integer.toString(s.id()));
				final Element transform = add(doc, r, "ViewTransform");
				transform.setAttribute("type", "affine");
				text(doc, transform, "affine", numbers(registrations.affine(s, t)));
			}
		SafeXml.write(doc, xml);
	}

	private static void setup(final Document doc, final Element parent,
		final BdvViewSetup s)
	{
		final Element e = add(doc, parent, "ViewSetup");
		text(doc, e, "id", Integer.toString(s.id()));
		text(doc, e, "name", s.name());
		final long[] size = s.size();
		text(doc, e, "size", size[0] + " " + size[1] + " " + size[2]);
		final Element voxel = add(doc, e, "voxelSize");
		text(doc, voxel, "unit", s.unit());
		text(doc, voxel, "size", numbers(s.voxelSize()));
		final Element attributes = add(doc, e, "attributes");
		text(doc, attributes, "channel", Integer.toString(s.id()));
	}

	private static String numbers(final double[] values) {
		final StringBuilder b = new StringBuilder();
		for (final double v : values)
			b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT,
				"%s", v));
		return b.toString();
	}

	private static Element add(final Document doc, final org.w3c.dom.Node parent,
		final String name)
	{
		final Element e = doc.createElement(name);
		parent.appendChild(e);
		return e;
	}

	private static Element text(final Document doc, final Element parent,
		final String name, final String text)
	{
		final Element e = add(doc, parent, name);
		e.setTextContent(text);
		return e;
	}
}
