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

package org.zapfiji.data.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;

/**
 * tifffile, an implementation independent of ours, reads the hyperstacks we
 * write: axes, shape, dtype, ImageJ calibration and every voxel.
 */
class TiffWrittenReadByTifffileTest {

	private static final String SCRIPT = String.join("\n",
		"import sys, json, hashlib, tifffile, numpy as np",
		"with tifffile.TiffFile(sys.argv[1]) as t:", "    s = t.series[0]",
		"    a = s.asarray()", "    p = t.pages[0]", "    ij = t.imagej_metadata",
		"    xr = p.tags['XResolution'].value",
		"    yr = p.tags['YResolution'].value",
		"    print(json.dumps({'axes': s.axes, 'shape': list(a.shape),",
		"        'dtype': a.dtype.name, 'imagej': t.is_imagej, 'bigtiff': t.is_bigtiff,",
		"        'unit': ij.get('unit'), 'spacing': ij.get('spacing'),",
		"        'finterval': ij.get('finterval'), 'channels': ij.get('channels'),",
		"        'x': xr[1] / xr[0], 'y': yr[1] / yr[0],",
		"        'resunit': int(p.tags['ResolutionUnit'].value),",
		"        'sha': hashlib.sha256(a.astype(a.dtype.newbyteorder('<')).tobytes()).hexdigest()}))");

	@TempDir
	Path folder;

	@Test
	void uint16TimeSeriesOfStacks() throws IOException {
		DebianPython.assumeModules("tifffile", "numpy");
		final Path file = folder.resolve("tzyx.tif");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 47, 33, 4, 3 },
			new int[] { 47, 33, 1, 1 }, DataType.UINT16, 0L, List.of("x", "y", "z",
				"t"));
		write(file, meta, new double[] { 0.406, 0.406, 4.0, 0.9141 }, List.of(
			"\u00b5m", "\u00b5m", "\u00b5m", "s"));
		final JsonObject r = read(file);
		assertEquals("TZYX", r.get("axes").getAsString());
		assertEquals("[3,4,33,47]", r.get("shape").toString());
		assertEquals("uint16", r.get("dtype").getAsString());
		assertEquals("micron", r.get("unit").getAsString());
		assertEquals(4.0, r.get("spacing").getAsDouble(), 1e-12);
		assertEquals(0.9141, r.get("finterval").getAsDouble(), 1e-12);
		assertEquals(0.406, r.get("x").getAsDouble(), 1e-7);
		assertEquals(0.406, r.get("y").getAsDouble(), 1e-7);
		assertEquals(1, r.get("resunit").getAsInt());
		assertFalse(r.get("bigtiff").getAsBoolean());
		assertEquals(VoxelDigest.of(TiffArray.open(file)), r.get("sha")
			.getAsString());
	}

	@Test
	void float32ChannelsSlicesFramesInAnyArrayOrder() throws IOException {
		DebianPython.assumeModules("tifffile", "numpy");
		final Path file = folder.resolve("tzcyx.tif");
		// array axes x, y, t, c, z: the writer reorders pages to c, z, t
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 20, 10, 3, 2, 5 },
			new int[] { 20, 10, 1, 1, 1 }, DataType.FLOAT32, 0L, List.of("x", "y",
				"t", "c", "z"));
		write(file, meta, new double[] { 0.5, 0.5, 2, 1, 3 }, List.of("\u00b5m",
			"\u00b5m", "s", "", "\u00b5m"));
		final JsonObject r = read(file);
		assertEquals("TZCYX", r.get("axes").getAsString());
		assertEquals("[3,5,2,10,20]", r.get("shape").toString());
		assertEquals("float32", r.get("dtype").getAsString());
		assertEquals(2, r.get("channels").getAsInt());
		final TiffArray back = TiffArray.open(file);
		assertEquals(List.of("x", "y", "c", "z", "t"), back.axes());
		assertEquals(VoxelDigest.of(back), r.get("sha").getAsString());
	}

	@Test
	void nothingIsLeftBehindAndTheTargetAppearsOnlyOnCommit() throws IOException {
		final Path file = folder.resolve("atomic.tif");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 8, 8, 2 },
			new int[] { 8, 8, 1 }, DataType.UINT8, 0L, List.of("x", "y", "z"));
		try (TiffWriter w = TiffWriter.create(file, meta, new double[] { 1, 1, 1 },
			List.of("", "", "")))
		{
			w.writeChunk(new long[] { 0, 0, 0 }, new Chunk(new int[] { 8, 8, 1 },
				new byte[64]));
			assertFalse(Files.exists(file));
		}
		assertFalse(Files.exists(file), "closed without commit: no file");
		assertEquals(0, Files.list(folder).count(), "temporary file removed");
	}

	private static void write(final Path file, final ArrayMetadata meta,
		final double[] spacing, final List<String> units) throws IOException
	{
		final Random random = new Random(1);
		try (TiffWriter w = TiffWriter.create(file, meta, spacing, units)) {
			for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
				final int[] cell = meta.cellShape(p);
				final int n = cell[0] * cell[1];
				final Object data = meta.dataType().allocate(n);
				for (int i = 0; i < n; i++)
					java.lang.reflect.Array.set(data, i, meta
						.dataType() == DataType.UINT16 ? (Object) (short) random.nextInt(
							65536) : (Object) (float) random.nextGaussian());
				w.writeChunk(p, new Chunk(cell, data));
			}
			w.commit();
		}
	}

	private static JsonObject read(final Path file) {
		return JsonParser.parseString(DebianPython.run(SCRIPT, file.toString())
			.expectSuccess()).getAsJsonObject();
	}
}
