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
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.MarkStatus;

class ZapCsvFormatTest extends AbstractMarkFormatContractTest {

	@Override
	MarkFormat format() {
		return new ZapCsvFormat();
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written, read);
	}

	@Test
	void headerAndVoxelColumnsAreWritten() throws IOException {
		format().write(target(), sample().subList(1, 2), options());
		final List<String> lines = Files.readAllLines(target());
		assertEquals(String.join(",", ZapCsvFormat.COLUMNS), lines.get(0));
		assertTrue(lines.get(1).contains(",13.0,39.0,1.0,"), lines.get(1));
	}

	@Test
	void handWrittenFileWithVoxelColumnsOnly() throws IOException {
		final List<Mark> marks = readFixture("hand.csv", """
				x_px,y_px,z_px,status,comment
				10,20,3,accepted,"big, bright"
				1.5,2,0,,
				""");
		assertEquals(2, marks.size());
		assertEquals(5.0, marks.get(0).x());
		assertEquals(5.0, marks.get(0).y());
		assertEquals(12.0, marks.get(0).z());
		assertEquals(MarkStatus.ACCEPTED, marks.get(0).status());
		assertEquals("big, bright", marks.get(0).comment());
		assertEquals("importer", marks.get(0).annotator());
		assertEquals(IMPORTED, marks.get(0).created());
		assertEquals(MarkStatus.UNREVIEWED, marks.get(1).status());
		assertEquals(1002, marks.get(1).id());
	}

	@Test
	void voxelColumnsWithoutVoxelSizeAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> readFixtureWithout());
	}

	private void readFixtureWithout() throws IOException {
		Files.writeString(dir.resolve("v.csv"), "x_px,y_px,z_px\n1,2,3\n");
		format().read(dir.resolve("v.csv"), MarkFormatOptions.defaults());
	}

	@Test
	void badCellNamesLineColumnExpectedAndFound() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.csv", "id,x_um,y_um,z_um,status\n" +
				"5,1,2,3,accepted\n6,1,two,3,accepted\n"));
		assertTrue(e.getMessage().contains("bad.csv: line 3, field 'y_um'"), e
			.getMessage());
		assertTrue(e.getMessage().contains("found 'two'"), e.getMessage());
	}

	@Test
	void unknownStatusIsNamed() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.csv", "x_um,y_um,z_um,status\n1,2,3,maybe\n"));
		assertTrue(e.getMessage().contains("line 2, field 'status'"), e
			.getMessage());
	}

	@Test
	void shortRowIsNamed() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.csv", "x_um,y_um,z_um\n1,2\n"));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
	}
}
