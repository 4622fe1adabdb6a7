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

package org.zapfiji.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/** {@code ZAP Open Volume} driven by macros with no display. */
class OpenVolumeTest {

	/** Writes dimensions, calibration and two voxels of the current image. */
	private static final String DESCRIBE = String.join("\n",
		"getDimensions(w, h, c, z, t); getVoxelSize(vw, vh, vd, unit);",
		"Stack.setPosition(1, z, t); v = getPixel(w - 1, h - 1);",
		"File.saveString(w + ' ' + h + ' ' + c + ' ' + z + ' ' + t + ' ' + vw + ' ' + vd + ' ' + unit + ' ' + v, OUT);");

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		HeadlessCommands.install(OpenVolumeTest.class.getClassLoader());
	}

	@Test
	void zarrArrayBecomesTheMacrosCurrentImage() throws Exception {
		final Path zarr = folder.resolve("frame.zarr");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 20, 10, 3, 2 },
			new int[] { 8, 8, 1, 1 }, DataType.UINT16, 0L, List.of("x", "y", "z",
				"t"));
		final ZarrArray array = ZarrArray.create(zarr, meta, ZarrLayout.v3());
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] shape = meta.cellShape(p);
			final short[] data = new short[shape[0] * shape[1]];
			java.util.Arrays.fill(data, (short) (1000 * p[3] + 100 * p[2] + p[0] +
				p[1]));
			array.writeChunk(p, new Chunk(shape, data));
		}
		assertEquals("20 10 1 3 2 1 1 pixels 1203", describe(zarr, ""));
	}

	/**
	 * ZAPBench stores its volumes with a transpose codec, so they open with x as
	 * the slowest dimension; ImageJ still gets x, y planes.
	 */
	@Test
	void transposedZarrLikeZapbenchShowsXyPlanes() throws Exception {
		final Path zarr = folder.resolve("transposed.zarr");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 2, 3, 10, 20 },
			new int[] { 1, 1, 8, 8 }, DataType.UINT16, 0L, List.of("t", "z", "y",
				"x"));
		final ZarrArray array = ZarrArray.create(zarr, meta, ZarrLayout.v3()
			.withTranspose(3, 2, 1, 0));
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] shape = meta.cellShape(p);
			final short[] data = new short[shape[2] * shape[3]];
			for (int i = 0; i < data.length; i++) {
				final long y = p[2] * 8 + i % shape[2]; // y varies fastest here
				final long x = p[3] * 8 + i / shape[2];
				data[i] = (short) (1000 * p[0] + 100 * p[1] + 10 * y + x);
			}
			array.writeChunk(p, new Chunk(shape, data));
		}
		assertEquals("20 10 1 3 2 1 1 pixels 1309", describe(zarr, ""));
	}

	@Test
	void demoTiffKeepsItsCalibration() throws Exception {
		final String d = describe(Paths.get("test-data/zebrafish-demo.tif")
			.toAbsolutePath(), "");
		assertTrue(d.startsWith("192 160 1 12 8 0.406 4 "), d);
	}

	@Test
	void bigDataViewerSetupAndLevelAreChosenByKey() throws Exception {
		final Path xml = Paths.get(
			"../shared/data/real/bdv-tgmm/tgmm_mini_27_31.xml").toAbsolutePath()
			.normalize();
		Assumptions.assumeTrue(Files.exists(xml),
			"the real BigDataViewer dataset is absent");
		assertTrue(describe(xml, "volume=0 level=0").startsWith("70 40 1 29 5 "));
		final Path out = folder.resolve("err.txt");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Open Volume\", \"input=[" + xml + "] volume=3\");", "");
		assertTrue(failure.contains(
			"holds 1 volume(s); key 'volume' must be 0..0, was 3"), failure);
		assertTrue(!Files.exists(out));
	}

	@Test
	void unknownFilesAreNamedWithTheInstalledFormats() throws Exception {
		final Path text = Files.writeString(folder.resolve("notes.txt"), "hello");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Open Volume\", \"input=[" + text + "]\");", "");
		assertTrue(failure.contains(text +
			": not a volume any installed format recognises; " + "installed: "),
			failure);
		assertTrue(failure.contains("Zarr") && failure.contains("TIFF") && failure
			.contains("N5"), failure);
	}

	private String describe(final Path input, final String more)
		throws Exception
	{
		final Path out = folder.resolve("described.txt");
		assertNull(BatchMacroRunner.runMacro("setBatchMode(true);\nOUT = '" + out +
			"';\n" + "run(\"ZAP Open Volume\", \"input=[" + input + "] " + more +
			"\");\n" + DESCRIBE, ""));
		return Files.readString(out);
	}
}
