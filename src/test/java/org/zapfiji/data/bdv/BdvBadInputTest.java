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

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.FormatException;

/**
 * Hostile or broken BigDataViewer XML: no entity is ever resolved, no path
 * leaves the XML's folder, and a missing or damaged file is named.
 */
class BdvBadInputTest {

	@TempDir
	Path folder;

	@Test
	void externalEntitiesAreNeverResolved() throws IOException {
		final Path secret = folder.resolve("secret.txt");
		Files.writeString(secret, "TOP SECRET");
		final Path xml = writeXml("<?xml version=\"1.0\"?>\n" +
			"<!DOCTYPE SpimData [<!ENTITY leak SYSTEM \"" + secret.toUri() +
			"\">]>\n" + spimData("&leak;", "x.h5", "."));
		final FormatException e = assertThrows(FormatException.class,
			() -> BdvXmlReader.read(xml));
		assertTrue(e.getMessage().contains(xml.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("disallow"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP SECRET"), e.getMessage());
	}

	@Test
	void missingHdf5FileIsNamed() throws IOException {
		final Path xml = writeXml(spimData("green", "gone.h5", "."));
		final FormatException e = assertThrows(FormatException.class,
			() -> new BigDataViewerFormat().open(xml));
		assertTrue(e.getMessage().contains(folder.resolve("gone.h5").toString()), e
			.getMessage());
	}

	@Test
	void basePathMayNotLeaveTheFolder() throws IOException {
		final Path xml = writeXml(spimData("green", "x.h5", "../.."));
		final FormatException e = assertThrows(FormatException.class,
			() -> BdvXmlReader.read(xml));
		assertTrue(e.getMessage().contains("BasePath"), e.getMessage());
	}

	@Test
	void imagePathMayNotLeaveTheFolder() throws IOException {
		final Path xml = writeXml(spimData("green", "sub/../../x.h5", "."));
		final FormatException e = assertThrows(FormatException.class,
			() -> BdvXmlReader.read(xml));
		assertTrue(e.getMessage().contains("ImageLoader/hdf5"), e.getMessage());
	}

	@Test
	void absolutePathsAreRefused() throws IOException {
		final Path xml = writeXml(spimData("green", "/etc/passwd", ".").replace(
			"<hdf5 type=\"relative\">", "<hdf5 type=\"absolute\">"));
		final FormatException e = assertThrows(FormatException.class,
			() -> BdvXmlReader.read(xml));
		assertTrue(e.getMessage().contains("absolute"), e.getMessage());
		final Path relative = writeXml(spimData("green", "/etc/passwd", "."));
		assertThrows(FormatException.class, () -> BdvXmlReader.read(relative));
	}

	@Test
	void badNumbersAreNamed() throws IOException {
		final Path xml = writeXml(spimData("green", "x.h5", ".").replace(
			"<size>13 7 5</size>", "<size>13 seven 5</size>"));
		final FormatException e = assertThrows(FormatException.class,
			() -> BdvXmlReader.read(xml));
		assertTrue(e.getMessage().contains("ViewSetup/size"), e.getMessage());
		assertTrue(e.getMessage().contains("seven"), e.getMessage());
	}

	@Test
	void notAnHdf5FileIsNamed() throws IOException {
		Files.writeString(folder.resolve("x.h5"), "not HDF5 at all");
		final Path xml = writeXml(spimData("green", "x.h5", "."));
		final FormatException e = assertThrows(FormatException.class,
			() -> new BigDataViewerFormat().open(xml));
		assertTrue(e.getMessage().contains(folder.resolve("x.h5").toString()), e
			.getMessage());
	}

	/**
	 * A superblock whose base address is negative: jhdf throws an
	 * ArithmeticException of its own (found by BdvFuzzTest), which must reach the
	 * user as a FormatException naming the file.
	 */
	@Test
	void damagedSuperblockIsNamed() throws IOException {
		final Path xml = folder.resolve("fish.xml");
		BdvHdf5Writer.write(xml, java.util.List.of(BdvTestVolumes.uint16Volume()));
		final Path h5 = folder.resolve("fish.h5");
		final byte[] bytes = Files.readAllBytes(h5);
		// superblock v2/v3 base address: -159 as a little-endian long (all ones
		// would be HDF5's "undefined address", which jhdf accepts)
		bytes[12] = (byte) 0x61;
		for (int i = 13; i < 20; i++)
			bytes[i] = (byte) 0xFF;
		Files.write(h5, bytes);
		final FormatException e = assertThrows(FormatException.class,
			() -> new BigDataViewerFormat().open(xml).close());
		assertTrue(e.getMessage().contains(h5.toString()), e.getMessage());
	}

	private Path writeXml(final String text) throws IOException {
		final Path xml = folder.resolve("data.xml");
		Files.writeString(xml, text);
		return xml;
	}

	private static String spimData(final String name, final String hdf5,
		final String base)
	{
		return "<SpimData version=\"0.2\"><BasePath type=\"relative\">" + base +
			"</BasePath><SequenceDescription><ImageLoader format=\"bdv.hdf5\">" +
			"<hdf5 type=\"relative\">" + hdf5 + "</hdf5></ImageLoader><ViewSetups>" +
			"<ViewSetup><id>0</id><name>" + name + "</name><size>13 7 5</size>" +
			"<voxelSize><unit>µm</unit><size>1 1 2</size></voxelSize></ViewSetup>" +
			"</ViewSetups><Timepoints type=\"range\"><first>0</first><last>0</last>" +
			"</Timepoints></SequenceDescription><ViewRegistrations>" +
			"</ViewRegistrations></SpimData>";
	}
}
