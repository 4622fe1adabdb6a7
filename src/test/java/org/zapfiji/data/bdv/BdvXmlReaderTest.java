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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timepoint forms and concatenated registrations of a BigDataViewer XML. */
class BdvXmlReaderTest {

	@TempDir
	Path folder;

	@Test
	void timepointListsAndPatterns() throws IOException {
		assertEquals(List.of(1, 3, 5), read("<Timepoints type=\"list\">" +
			"<integerpattern>1, 3, 5</integerpattern></Timepoints>", "")
			.timepoints());
		assertEquals(List.of(0, 1, 2, 10, 15, 20), read(
			"<Timepoints type=\"pattern\"><integerpattern>0-2,10-20:5" +
				"</integerpattern></Timepoints>", "").timepoints());
	}

	@Test
	void viewTransformsAreConcatenatedFirstOutermost() throws IOException {
		final String registration =
			"<ViewRegistration timepoint=\"0\" setup=\"0\">" +
				"<ViewTransform type=\"affine\"><affine>1 0 0 5 0 1 0 6 0 0 1 7" +
				"</affine></ViewTransform>" +
				"<ViewTransform type=\"affine\"><affine>2 0 0 0 0 3 0 0 0 0 4 0" +
				"</affine></ViewTransform></ViewRegistration>";
		final BdvSpimData data = read(
			"<Timepoints type=\"range\"><first>0</first>" +
				"<last>0</last></Timepoints>", registration);
		// scale first, then translate: x' = 2x + 5
		assertArrayEquals(new double[] { 2, 0, 0, 5, 0, 3, 0, 6, 0, 0, 4, 7 }, data
			.registration(0, 0));
		assertEquals(folder.resolve("sub/x.n5"), data.imagePath());
		assertEquals(BdvSpimData.Loader.N5, data.loader());
	}

	private BdvSpimData read(final String timepoints, final String registrations)
		throws IOException
	{
		final Path xml = folder.resolve("data.xml");
		Files.writeString(xml, "<SpimData version=\"0.2\">" +
			"<BasePath type=\"relative\">sub</BasePath><SequenceDescription>" +
			"<ImageLoader format=\"bdv.n5\" version=\"1.0\"><n5 type=\"relative\">" +
			"x.n5</n5></ImageLoader><ViewSetups><ViewSetup><id>0</id>" +
			"<name>a</name><size>1 2 3</size><voxelSize><unit>µm</unit>" +
			"<size>1 1 1</size></voxelSize></ViewSetup></ViewSetups>" + timepoints +
			"</SequenceDescription><ViewRegistrations>" + registrations +
			"</ViewRegistrations></SpimData>");
		return BdvXmlReader.read(xml);
	}
}
