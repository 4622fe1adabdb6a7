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

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatException;
import org.zapfiji.annotation.MarkStatus;

class ZapJsonFormatTest extends AbstractMarkFormatContractTest {

	@Override
	MarkFormat format() {
		return new ZapJsonFormat();
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written, read);
	}

	@Test
	void handWrittenFileWithNumericId() throws IOException {
		final List<Mark> marks = readFixture("hand.json", """
				{"format": "zap-fiji-marks", "version": 1, "marks": [
				 {"id": 9007199254740993, "position_um": [1, 2, 3],
				  "radius_um": [2, 2, 3], "status": "uncertain", "annotator": "cy",
				  "round": 4, "created": "2024-01-01T00:00:00Z",
				  "modified": "2024-01-02T00:00:00Z", "click_um": [1, 2, 3.5],
				  "refinement": "none", "score": null, "comment": "",
				  "tags": ["x"], "frame": null}]}
				""");
		assertEquals(9007199254740993L, marks.get(0).id());
		assertEquals(MarkStatus.UNCERTAIN, marks.get(0).status());
		assertEquals(3.5, marks.get(0).click()[2]);
		assertTrue(Double.isNaN(marks.get(0).score()));
	}

	@Test
	void missingFieldIsNamed() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.json", "{\"format\": \"zap-fiji-marks\", " +
				"\"version\": 1, \"marks\": [{\"id\": \"5\", \"position_um\": [1, 2]}]}"));
		assertTrue(e.getMessage().contains("marks[0], field 'position_um'"), e
			.getMessage());
	}
}
