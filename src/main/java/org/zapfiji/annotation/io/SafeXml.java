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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.io.SecureXml;

/**
 * Parses XML files from other tools without trusting them: a DOCTYPE is
 * refused, so neither external entities (which could read local files or reach
 * the network) nor entity expansion bombs get a chance.
 */
final class SafeXml {

	private SafeXml() {}

	static Document parse(final Path file) throws IOException {
		if (Files.size(file) > CsvRows.MAX_BYTES) throw new MarkFormatException(
			file, "file size", "expected at most " + CsvRows.MAX_BYTES +
				" bytes, found " + Files.size(file));
		try {
			return SecureXml.newDocumentBuilder().parse(file.toFile());
		}
		catch (final SAXParseException e) {
			throw new MarkFormatException(file, "line " + e.getLineNumber() +
				", column " + e.getColumnNumber(), "expected well-formed XML " +
					"without a DOCTYPE: " + e.getMessage(), e);
		}
		catch (final SAXException e) {
			throw new MarkFormatException(file, "XML", e.getMessage(), e);
		}
	}

	/** The child elements of {@code parent} named {@code name}, in order. */
	static List<Element> children(final Element parent, final String name) {
		final List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element && ((Element) n).getTagName().equals(name)) found
				.add((Element) n);
		return found;
	}

	/** The one child element named {@code name}. */
	static Element child(final Path file, final Element parent, final String name)
		throws MarkFormatException
	{
		final List<Element> found = children(parent, name);
		if (found.size() != 1) throw new MarkFormatException(file, "element " +
			parent.getTagName(), "expected one child <" + name + ">, found " + found
				.size());
		return found.get(0);
	}

	/** The trimmed text of the one child element named {@code name}. */
	static String childText(final Path file, final Element parent,
		final String name) throws MarkFormatException
	{
		return child(file, parent, name).getTextContent().trim();
	}

	/** Escapes text for an element body or a double-quoted attribute. */
	static String escape(final String text) {
		final StringBuilder b = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			final char c = text.charAt(i);
			switch (c) {
				case '&':
					b.append("&amp;");
					break;
				case '<':
					b.append("&lt;");
					break;
				case '>':
					b.append("&gt;");
					break;
				case '"':
					b.append("&quot;");
					break;
				case '\n':
					b.append("&#10;");
					break;
				case '\t':
					b.append("&#9;");
					break;
				case '\r':
					b.append("&#13;");
					break;
				default:
					if (c < 0x20) b.append(' ');
					else b.append(c);
			}
		}
		return b.toString();
	}
}
