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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;

/**
 * Files past 4 GiB become BigTIFF (the planes are left unwritten, so the test
 * file is sparse and costs no disk), large planes are read in bands of rows,
 * and the floating-point predictor, which tifffile cannot write here without
 * imagecodecs, is checked against its definition.
 */
class LargeAndPredictorTest {

	@TempDir
	Path folder;

	@Test
	void beyondFourGibibytesTheWriterSwitchesToBigTiff() throws IOException {
		Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"),
			"NTFS fills unwritten ranges with zeros: 5 GiB on disk");
		final Path file = folder.resolve("big.tif");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 32768, 32768, 5 },
			new int[] { 32768, 64, 1 }, DataType.UINT8, 0L, List.of("x", "y", "z"));
		try (TiffWriter w = TiffWriter.create(file, meta, new double[] { 0.5, 0.5,
			2 }, List.of("\u00b5m", "\u00b5m", "\u00b5m")))
		{
			assertTrue(w.isBigTiff());
			final byte[] band = new byte[32768 * 64];
			band[5] = 42;
			w.writeChunk(new long[] { 0, 511, 4 }, new Chunk(new int[] { 32768, 64,
				1 }, band));
			w.commit();
		}
		assertTrue(Files.size(file) > 5L << 30);
		final TiffArray read = TiffArray.open(file);
		assertArrayEquals(new long[] { 32768, 32768, 5 }, read.metadata().shape());
		assertEquals(TiffArray.MAX_BAND_BYTES / 32768, read.metadata()
			.chunkShape()[1], "a 1 GiB plane is read in 16 MiB bands");
		final byte[] last = (byte[]) read.readChunk(new long[] { 0, 63, 4 }).data();
		assertEquals(42, last[last.length - 32768 * 64 + 5]);
		assertArrayEquals(new double[] { 0.5, 0.5, 2 }, read.spacing(), 1e-7);
		DebianPython.assumeModules("tifffile");
		assertEquals("True (5, 32768, 32768) ZYX", DebianPython.run(String.join(
			"\n", "import sys, tifffile", "t = tifffile.TiffFile(sys.argv[1])",
			"print(t.is_bigtiff, t.series[0].shape, t.series[0].axes)"), file
				.toString()).expectSuccess().trim());
	}

	@Test
	void floatingPointPredictorIsUndone() {
		final float[] row = { 1.5f, -2.25f, 1e-20f, 3.4e38f, 0f, Float.NaN };
		for (final ByteOrder order : new ByteOrder[] { ByteOrder.LITTLE_ENDIAN,
			ByteOrder.BIG_ENDIAN })
		{
			final byte[] encoded = encodeFloatPredictor(row);
			Predictors.undo(3, encoded, 1, row.length, 1, 4, order);
			final float[] back = new float[row.length];
			ByteBuffer.wrap(encoded).order(order).asFloatBuffer().get(back);
			assertArrayEquals(row, back, 0, order.toString());
		}
	}

	/**
	 * TIFF Technical Note 3: bytes of each sample most significant first, in byte
	 * planes, then differenced byte by byte along the row.
	 */
	private static byte[] encodeFloatPredictor(final float[] row) {
		final int n = row.length;
		final byte[] planes = new byte[n * 4];
		for (int i = 0; i < n; i++) {
			final int bits = Float.floatToRawIntBits(row[i]);
			for (int k = 0; k < 4; k++)
				planes[k * n + i] = (byte) (bits >>> 24 - 8 * k);
		}
		for (int i = planes.length - 1; i > 0; i--)
			planes[i] -= planes[i - 1];
		return planes;
	}
}
