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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkStatus;

class CellCounterXmlFormatTest extends AbstractMarkFormatContractTest {

	/** As Cell Counter 3 writes it: CRLF, indentation, named types. */
	private static final String FIJI_FILE = "<?xml version=\"1.0\" " +
		"encoding=\"UTF-8\"?>\r\n<CellCounter_Marker_File>\r\n" +
		" <Image_Properties>\r\n     <Image_Filename>fish.tif</Image_Filename>\r\n" +
		" </Image_Properties>\r\n <Marker_Data>\r\n" +
		"     <Current_Type>1</Current_Type>\r\n     <Marker_Type>\r\n" +
		"         <Type>1</Type>\r\n         <Name>Type 1</Name>\r\n" +
		"         <Marker>\r\n             <MarkerX>12</MarkerX>\r\n" +
		"             <MarkerY>40</MarkerY>\r\n" +
		"             <MarkerZ>3</MarkerZ>\r\n         </Marker>\r\n" +
		"     </Marker_Type>\r\n     <Marker_Type>\r\n" +
		"         <Type>2</Type>\r\n         <Name>accepted</Name>\r\n" +
		"         <Marker>\r\n             <MarkerX>1</MarkerX>\r\n" +
		"             <MarkerY>2</MarkerY>\r\n" +
		"             <MarkerZ>1</MarkerZ>\r\n         </Marker>\r\n" +
		"     </Marker_Type>\r\n </Marker_Data>\r\n" +
		"</CellCounter_Marker_File>\r\n";

	@Override
	MarkFormat format() {
		return new CellCounterXmlFormat();
	}

	@Override
	boolean keepsIds() {
		return false;
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written.status(), read.status());
	}

	@Test
	void readsWhatCellCounterWrites() throws IOException {
		final List<Mark> marks = readFixture("cells.xml", FIJI_FILE);
		assertEquals(2, marks.size());
		assertEquals(6.0, marks.get(0).x());
		assertEquals(10.0, marks.get(0).y());
		assertEquals(8.0, marks.get(0).z(), "MarkerZ 3 is the third slice");
		assertEquals(MarkStatus.UNREVIEWED, marks.get(0).status());
		assertEquals(Set.of("cell_counter:Type 1"), marks.get(0).tags());
		assertEquals(MarkStatus.ACCEPTED, marks.get(1).status());
		assertEquals(0.0, marks.get(1).z());
	}

	@Test
	void doctypeIsRefused() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("evil.xml", "<?xml version=\"1.0\"?>\n" +
				"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n" +
				"<CellCounter_Marker_File>&e;</CellCounter_Marker_File>"));
		assertTrue(e.getMessage().contains("evil.xml: line 2"), e.getMessage());
	}

	@Test
	void badMarkerNamesTypeMarkerAndField() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.xml", FIJI_FILE.replace("<MarkerY>2</MarkerY>",
				"<MarkerY>two</MarkerY>")));
		assertTrue(e.getMessage().contains(
			"Marker_Type 2, Marker 1, field 'MarkerY'"), e.getMessage());
	}
}
