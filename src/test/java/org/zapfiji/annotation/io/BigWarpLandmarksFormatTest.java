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

class BigWarpLandmarksFormatTest extends AbstractMarkFormatContractTest {

	@Override
	MarkFormat format() {
		return new BigWarpLandmarksFormat();
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written.status() == MarkStatus.REJECTED, read
			.status() == MarkStatus.REJECTED);
	}

	@Test
	void readsWhatBigWarpWrites() throws IOException {
		final List<Mark> marks = readFixture("landmarks.csv", """
				"Pt-0","true","10.5","20.25","8.0","11.0","21.0","9.0"
				"Pt-1","false","Infinity","Infinity","Infinity","1.0","2.0","3.0"
				""");
		assertEquals(2, marks.size());
		assertEquals(10.5, marks.get(0).x());
		assertEquals(20.25, marks.get(0).y());
		assertEquals(8.0, marks.get(0).z());
		assertEquals(Set.of("bigwarp:Pt-0"), marks.get(0).tags());
		assertEquals(MarkStatus.UNREVIEWED, marks.get(0).status());
		assertEquals(3.0, marks.get(1).z(), "fixed point where moving is missing");
		assertEquals(MarkStatus.REJECTED, marks.get(1).status());
	}

	@Test
	void readsTwoDimensionalLandmarks() throws IOException {
		final List<Mark> marks = readFixture("2d.csv",
			"\"Pt-0\",\"true\",\"1.0\",\"2.0\",\"1.5\",\"2.5\"\n");
		assertEquals(0.0, marks.get(0).z());
		assertEquals(2.0, marks.get(0).y());
	}

	@Test
	void wrongFieldCountIsNamed() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.csv", "\"Pt-0\",\"true\",\"1.0\"\n"));
		assertTrue(e.getMessage().contains("bad.csv: line 1"), e.getMessage());
	}
}
