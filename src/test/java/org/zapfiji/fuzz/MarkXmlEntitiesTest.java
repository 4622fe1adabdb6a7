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

package org.zapfiji.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.io.CellCounterXmlFormat;
import org.zapfiji.annotation.io.TrackMateXmlFormat;

/** The XML mark readers refuse DTDs and external entities. */
class MarkXmlEntitiesTest {

	/**
	 * An XML file may not pull in another file: a DOCTYPE with an external entity
	 * naming a local file is refused, and the file's text shows up nowhere,
	 * neither in marks nor in the error.
	 */
	@Test
	void xmlReadersRefuseExternalEntities() throws IOException {
		final Path secret = MarkFuzzTargets.folder.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-42");
		final String uri = secret.toUri().toString();
		final String[] payloads = { "<?xml version=\"1.0\"?>\n" +
			"<!DOCTYPE CellCounter_Marker_File [<!ENTITY e SYSTEM \"" + uri +
			"\">]>\n<CellCounter_Marker_File><Image_Properties><Image_Filename>&e;" +
			"</Image_Filename></Image_Properties><Marker_Data><Marker_Type><Type>1" +
			"</Type><Name>&e;</Name><Marker><MarkerX>1</MarkerX><MarkerY>1" +
			"</MarkerY><MarkerZ>1</MarkerZ></Marker></Marker_Type></Marker_Data>" +
			"</CellCounter_Marker_File>", "<?xml version=\"1.0\"?>\n" +
				"<!DOCTYPE TrackMate SYSTEM \"" + uri + "\">\n<TrackMate><Model>" +
				"<AllSpots><SpotsInFrame frame=\"0\"><Spot ID=\"1\" name=\"&e;\" " +
				"POSITION_X=\"1\" POSITION_Y=\"1\" POSITION_Z=\"1\" FRAME=\"0\"/>" +
				"</SpotsInFrame></AllSpots></Model></TrackMate>",
			"<?xml version=\"1.0\"?>\n<!DOCTYPE TrackMate [<!ENTITY % p SYSTEM \"" +
				uri + "\"> %p;]>\n<TrackMate/>" };
		for (final MarkFormat format : List.of(new CellCounterXmlFormat(),
			new TrackMateXmlFormat()))
			for (final String payload : payloads) {
				final Path file = MarkFuzzTargets.folder.resolve("xxe.xml");
				Files.writeString(file, payload);
				final MarkFormatException e = assertThrows(MarkFormatException.class,
					() -> format.read(file, MarkFuzzTargets.OPTIONS));
				assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
				assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
				assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
			}
	}
}
