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
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkStatus;

class NapariPointsCsvFormatTest extends AbstractMarkFormatContractTest {

	@Override
	MarkFormat format() {
		return new NapariPointsCsvFormat();
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written.status(), read.status());
		assertEquals(written.annotator(), read.annotator());
		assertEquals(written.round(), read.round());
		assertEquals(written.score(), read.score());
		assertEquals(written.frame(), read.frame());
	}

	@Test
	void axesAreZyxVoxels() throws IOException {
		format().write(target(), sample().subList(1, 2), options());
		final List<String> lines = Files.readAllLines(target());
		assertEquals("index,axis-0,axis-1,axis-2,id,status,annotator,round," +
			"score,frame", lines.get(0));
		assertEquals("0,1.0,39.0,13.0,", lines.get(1).substring(0, 16));
	}

	@Test
	void readsWhatNapariWrites() throws IOException {
		final List<Mark> marks = readFixture("points.csv", """
				index,axis-0,axis-1,axis-2,status,confidence
				0,2.0,40.0,12.0,accepted,0.9
				1,0.0,1.5,3.25,rejected,0.1
				""");
		assertEquals(2, marks.size());
		assertEquals(6.0, marks.get(0).x());
		assertEquals(10.0, marks.get(0).y());
		assertEquals(8.0, marks.get(0).z());
		assertEquals(MarkStatus.ACCEPTED, marks.get(0).status());
		assertEquals(1.625, marks.get(1).x());
		assertNull(marks.get(1).frame());
	}

	@Test
	void readsFourDimensionalPointsWithFrame() throws IOException {
		final List<Mark> marks = readFixture("points4d.csv", """
				index,axis-0,axis-1,axis-2,axis-3
				0,7.0,1.0,2.0,3.0
				""");
		assertEquals(7, marks.get(0).frame());
		assertEquals(1.5, marks.get(0).x());
		assertEquals(4.0, marks.get(0).z());
	}
}
