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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.zapfiji.data.FormatException;

/**
 * Reads a BigDataViewer XML: {@code BasePath}, the {@code ImageLoader}
 * ({@code bdv.hdf5} or {@code bdv.n5}), {@code ViewSetups}, {@code Timepoints}
 * and {@code ViewRegistrations}.
 * <p>
 * Paths in the XML must stay inside the XML's folder: an absolute path or a
 * {@code ..} that leaves it is refused, so that opening a downloaded XML cannot
 * make us read (or later write) files elsewhere.
 */
public final class BdvXmlReader {

	private final Path xml;

	private final Path folder;

	private BdvXmlReader(final Path xml) {
		this.xml = xml.toAbsolutePath().normalize();
		this.folder = this.xml.getParent();
	}

	/**
	 * @throws FormatException naming the XML, the element and what was found
	 */
	public static BdvSpimData read(final Path xml) throws IOException {
		return new BdvXmlReader(xml).parse();
	}

	private BdvSpimData parse() throws IOException {
		final Element root = SafeXml.parse(xml).getDocumentElement();
		if (!root.getTagName().equals("SpimData")) throw FormatException.field(xml,
			"root element", "<SpimData>", "<" + root.getTagName() + ">");
		final Path base = confined(optionalChild(root, "BasePath"), folder,
			"BasePath");
		final Element sequence = child(root, "SequenceDescription");
		final Element loaderElement = child(sequence, "ImageLoader");
		final BdvSpimData.Loader loader = loader(loaderElement);
		final Path image = confined(child(loaderElement, loader.element()), base,
			"ImageLoader/" + loader.element());
		final List<BdvViewSetup> setups = BdvXmlElements.setups(child(sequence,
			"ViewSetups"), xml);
		final List<Integer> timepoints = BdvXmlElements.timepoints(child(sequence,
			"Timepoints"), xml);
		final Element registrations = optionalChild(root, "ViewRegistrations");
		final Map<String, double[]> affines = registrations == null
			? new HashMap<>() : BdvXmlElements.registrations(registrations, xml);
		return new BdvSpimData(loader, image, setups, timepoints, affines);
	}

	private BdvSpimData.Loader loader(final Element element)
		throws FormatException
	{
		final String format = element.getAttribute("format");
		for (final BdvSpimData.Loader l : BdvSpimData.Loader.values())
			if (l.format().equals(format)) return l;
		throw FormatException.field(xml, "ImageLoader format", "bdv.hdf5 or bdv.n5",
			"'" + format + "'");
	}

	/**
	 * The path an element names, relative to {@code base}, checked to stay in the
	 * XML's folder. A missing element means {@code base} itself.
	 */
	private Path confined(final Element element, final Path base,
		final String field) throws FormatException
	{
		if (element == null) return base;
		final String type = element.getAttribute("type");
		final String text = element.getTextContent().trim();
		if (!type.isEmpty() && !type.equals("relative")) throw FormatException
			.field(xml, field + " type", "relative (absolute paths are refused)",
				"'" + type + "'");
		final Path relative;
		try {
			relative = Path.of(text.isEmpty() ? "." : text);
		}
		catch (final java.nio.file.InvalidPathException e) {
			throw FormatException.field(xml, field, "a relative path", "'" + text +
				"'");
		}
		final Path resolved = base.resolve(relative).normalize();
		if (relative.isAbsolute() || !resolved.startsWith(folder))
			throw FormatException.field(xml, field,
				"a path inside the XML's folder " + folder, "'" + text + "'");
		return resolved;
	}

	static Element child(final Element parent, final String name, final Path xml)
		throws FormatException
	{
		final Element e = optionalChild(parent, name);
		if (e == null) throw FormatException.field(xml, parent.getTagName() + "/" +
			name, "an element", "none");
		return e;
	}

	private Element child(final Element parent, final String name)
		throws FormatException
	{
		return child(parent, name, xml);
	}

	static Element optionalChild(final Element parent, final String name) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element && ((Element) n).getTagName().equals(name))
				return (Element) n;
		return null;
	}

	static List<Element> children(final Element parent, final String name) {
		final List<Element> list = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element && ((Element) n).getTagName().equals(name)) list
				.add((Element) n);
		return list;
	}

}
