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

class TrackMateXmlFormatTest extends AbstractMarkFormatContractTest {

	/** As TrackMate 7 saves it, shortened: Log, Settings and GUI state cut. */
	private static final String TRACKMATE_FILE =
		"""
				<?xml version="1.0" encoding="UTF-8"?>
				<TrackMate version="7.11.1">
				  <Log>TrackMate v7.11.1 started on: ...</Log>
				  <Model spatialunits="pixel" timeunits="sec">
				    <FeatureDeclarations>
				      <SpotFeatures>
				        <Feature feature="QUALITY" name="Quality" shortname="Quality" dimension="QUALITY" isint="false" />
				      </SpotFeatures>
				    </FeatureDeclarations>
				    <AllSpots nspots="2">
				      <SpotsInFrame frame="0">
				        <Spot ID="1234" name="ID1234" STD_INTENSITY_CH1="3.2" QUALITY="17.5" POSITION_T="0.0" MAX_INTENSITY_CH1="40.0" FRAME="0" RADIUS="4.0" VISIBILITY="1" POSITION_X="10.0" POSITION_Y="20.0" POSITION_Z="2.0" />
				      </SpotsInFrame>
				      <SpotsInFrame frame="3">
				        <Spot ID="1240" name="ID1240" QUALITY="2.0" POSITION_T="6.0" FRAME="3" RADIUS="4.0" VISIBILITY="1" POSITION_X="1.0" POSITION_Y="2.0" POSITION_Z="0.0" />
				      </SpotsInFrame>
				    </AllSpots>
				    <AllTracks />
				    <FilteredTracks />
				  </Model>
				</TrackMate>
				""";

	@Override
	MarkFormat format() {
		return new TrackMateXmlFormat();
	}

	@Override
	void assertKept(final Mark written, final Mark read) {
		assertEquals(written.status(), read.status());
		assertEquals(written.round(), read.round());
		assertEquals(written.score(), read.score());
		assertEquals(written.frame(), read.frame());
		final double[] r = written.radius();
		assertEquals((r[0] + r[1] + r[2]) / 3, read.radius()[0], 1e-12);
	}

	@Test
	void readsWhatTrackMateWritesInPixels() throws IOException {
		final List<Mark> marks = readFixture("tm.xml", TRACKMATE_FILE);
		assertEquals(2, marks.size());
		final Mark first = marks.get(0);
		assertEquals(5.0, first.x());
		assertEquals(5.0, first.y());
		assertEquals(8.0, first.z());
		assertEquals(2.0, first.radius()[0], "RADIUS in pixels times the x size");
		assertEquals(17.5, first.score());
		assertEquals(0, first.frame());
		assertEquals(MarkStatus.UNREVIEWED, first.status());
		assertEquals(1001, first.id(), "name ID1234 is not an id of ours");
		assertEquals(3, marks.get(1).frame());
	}

	@Test
	void missingPositionIsNamed() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.xml", TRACKMATE_FILE.replace("POSITION_Y=\"2.0\" ",
				"")));
		assertTrue(e.getMessage().contains("Spot ID=1240, field 'POSITION_Y'"), e
			.getMessage());
	}

	@Test
	void unknownUnitIsNamed() {
		final MarkFormatException e = assertThrows(MarkFormatException.class,
			() -> readFixture("bad.xml", TRACKMATE_FILE.replace("\"pixel\"",
				"\"furlong\"")));
		assertTrue(e.getMessage().contains("spatialunits"), e.getMessage());
	}
}
