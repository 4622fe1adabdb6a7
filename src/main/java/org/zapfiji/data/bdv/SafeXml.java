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
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.zapfiji.data.FormatException;
import org.zapfiji.io.SecureXml;

/**
 * XML parsing that never fetches anything: a BigDataViewer XML comes from
 * wherever a user found it, so DOCTYPEs are refused outright (no external
 * entities, no entity expansion bombs), and secure processing caps what is
 * left.
 */
final class SafeXml {

	private SafeXml() {}

	/**
	 * @throws FormatException naming the file if it is not well-formed XML or
	 *           declares a DOCTYPE
	 */
	static Document parse(final Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return builder().parse(in, file.toUri().toString());
		}
		catch (final SAXException e) {
			throw new FormatException(file +
				": not a valid (DOCTYPE-free) XML file: " + e.getMessage(), e);
		}
	}

	/** A new empty document to fill and {@link #write}. */
	static Document newDocument() {
		try {
			return builder().newDocument();
		}
		catch (final IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Writes {@code document} indented, UTF-8, atomically. */
	static void write(final Document document, final Path file)
		throws IOException
	{
		final java.io.ByteArrayOutputStream bytes =
			new java.io.ByteArrayOutputStream();
		try (OutputStream out = bytes) {
			final TransformerFactory factory = TransformerFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			final Transformer t = factory.newTransformer();
			t.setOutputProperty(OutputKeys.INDENT, "yes");
			t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			document.setXmlStandalone(true);
			t.transform(new DOMSource(document), new StreamResult(out));
		}
		catch (final TransformerException e) {
			throw new IOException(file + ": could not write XML: " + e.getMessage(),
				e);
		}
		org.zapfiji.io.AtomicFiles.write(file, bytes.toByteArray());
	}

	private static DocumentBuilder builder() throws IOException {
		return SecureXml.newDocumentBuilder();
	}
}
