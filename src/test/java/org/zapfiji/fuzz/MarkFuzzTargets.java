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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.zapfiji.annotation.Mark;
import org.zapfiji.annotation.MarkFormat;
import org.zapfiji.annotation.MarkFormatOptions;
import org.zapfiji.annotation.VoxelSize;
import org.zapfiji.annotation.io.BigWarpLandmarksFormat;
import org.zapfiji.annotation.io.CellCounterXmlFormat;
import org.zapfiji.annotation.io.NapariPointsCsvFormat;
import org.zapfiji.annotation.io.NeuroglancerPrecomputedFormat;
import org.zapfiji.annotation.io.TrackMateXmlFormat;
import org.zapfiji.annotation.io.ZapCsvFormat;
import org.zapfiji.annotation.io.ZapJsonFormat;

/**
 * Fuzzes every mark interchange reader with files it did not write: each fuzzed
 * input is written to a file and read the way the Import Marks command reads
 * it, with a voxel size so the pixel-unit paths run too. Seeds (files each
 * format's writer made, and every crash found) are in
 * {@code src/test/resources/org/zapfiji/fuzz/Mark<Reader>FuzzTestInputs/<method>/};
 * a normal test run reads only those, {@code JAZZER_FUZZ=1} fuzzes. One
 * {@code Mark*FuzzTest} class per reader calls these, as Jazzer fuzzes one fuzz
 * test per JVM.
 */
final class MarkFuzzTargets {

	private MarkFuzzTargets() {}

	static final MarkFormatOptions OPTIONS = MarkFormatOptions.defaults()
		.withVoxelSize(VoxelSize.of(0.5, 0.5, 2)).withTime(Instant.parse(
			"2024-01-01T00:00:00Z")).withAnnotator("fuzz");

	/** One folder per JVM (each fuzz test runs in its own), deleted at exit. */
	static final Path folder = MarkReaderOutcome.folderUntilExit("zap-mark-fuzz");

	static void zapCsv(final byte[] file) throws Exception {
		read(new ZapCsvFormat(), "marks.csv", file);
	}

	static void zapJson(final byte[] file) throws Exception {
		read(new ZapJsonFormat(), "marks.json", file);
	}

	static void napariCsv(final byte[] file) throws Exception {
		read(new NapariPointsCsvFormat(), "points.csv", file);
	}

	static void bigWarpCsv(final byte[] file) throws Exception {
		read(new BigWarpLandmarksFormat(), "landmarks.csv", file);
	}

	static void cellCounterXml(final byte[] file) throws Exception {
		read(new CellCounterXmlFormat(), "CellCounter.xml", file);
	}

	static void trackMateXml(final byte[] file) throws Exception {
		read(new TrackMateXmlFormat(), "TrackMate.xml", file);
	}

	/**
	 * A neuroglancer precomputed folder from one input: the bytes before the
	 * first 0 are the {@code info} file, the rest the spatial index cell
	 * {@code spatial0/0_0_0} (the key our writer uses), so seeds stay files a
	 * person can make.
	 */
	static void neuroglancerPrecomputed(final byte[] input) throws Exception {
		int split = 0;
		while (split < input.length && input[split] != 0)
			split++;
		final Path annotations = folder.resolve("precomputed");
		final Path cells = annotations.resolve("spatial0");
		Files.createDirectories(cells);
		Files.write(annotations.resolve("info"), Arrays.copyOfRange(input, 0,
			split));
		Files.write(cells.resolve("0_0_0"), Arrays.copyOfRange(input, Math.min(
			split + 1, input.length), input.length));
		MarkReaderOutcome.expectFormatException(() -> check(
			new NeuroglancerPrecomputedFormat().read(annotations, OPTIONS)));
	}

	private static void read(final MarkFormat format, final String name,
		final byte[] bytes) throws Exception
	{
		final Path file = folder.resolve(name);
		Files.write(file, bytes);
		MarkReaderOutcome.expectFormatException(() -> check(format.read(file,
			OPTIONS)));
	}

	/** What a read that succeeded must give: whole marks, nothing missing. */
	private static void check(final List<Mark> marks) {
		for (final Mark m : marks) {
			if (m == null) throw new AssertionError("a null mark was read");
			for (final double v : m.position())
				if (!Double.isFinite(v)) throw new AssertionError("mark " + m.id() +
					" has position " + Arrays.toString(m.position()));
		}
	}
}
