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

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;

/**
 * We read what others write: files made by tifffile (ImageJ hyperstacks,
 * Deflate, predictors, tiles, BigTIFF, big endian, planar channels) and by
 * Pillow/libtiff (LZW, PackBits), checked voxel for voxel by digest.
 */
class TifffileWrittenTest {

	/**
	 * Writes every variant into {@code sys.argv[1]} and prints name -> shape,
	 * dtype, digest as JSON.
	 */
	private static final String SCRIPT = String.join("\n",
		"import sys, json, hashlib", "import numpy as np, tifffile",
		"from PIL import Image", "out = sys.argv[1]", "info = {}",
		"def data(shape, dtype):", "    n = int(np.prod(shape))",
		"    v = (np.arange(n, dtype=np.uint64) * 2654435761) % 4294967291",
		"    dt = np.dtype(dtype)", "    if dt.kind == 'f':",
		"        a = (v.astype(np.float64) / 7.0 - 3e8).astype(dt)", "    else:",
		"        a = v.astype(np.uint64).astype(dt)", "    return a.reshape(shape)",
		"def note(name, a):",
		"    info[name] = {'shape': list(a.shape), 'dtype': a.dtype.name,",
		"        'sha': hashlib.sha256(a.astype(a.dtype.newbyteorder('<')).tobytes()).hexdigest()}",
		"def save(name, a, **kw):",
		"    tifffile.imwrite(out + '/' + name + '.tif', a, **kw)",
		"    note(name, a)",
		"save('imagej', data((3, 4, 2, 33, 47), 'uint16'), imagej=True,",
		"    resolution=(1 / 0.5, 1 / 0.25), metadata={'axes': 'TZCYX', 'spacing': 2.5,",
		"    'unit': 'um', 'finterval': 0.75})",
		"save('zlib', data((5, 40, 50), 'uint16'), compression='zlib')",
		"save('zlib_predictor', data((5, 40, 50), 'int16'), compression='zlib', predictor=True)",
		"save('float_zlib', data((3, 40, 50), 'float32'), compression='zlib')",
		"save('tiled', data((4, 70, 90), 'uint16'), tile=(32, 48), compression='zlib')",
		"save('tiled_raw', data((4, 70, 90), 'float64'), tile=(32, 16))",
		"save('bigtiff', data((6, 30, 20), 'int32'), bigtiff=True)",
		"save('bigendian', data((6, 30, 20), 'uint32'), byteorder='>')",
		"save('bigendian_zlib_pred', data((2, 30, 20), 'uint16'), byteorder='>', compression='zlib', predictor=True)",
		"save('float64', data((2, 30, 20), 'float64'))",
		"save('int8', data((2, 30, 20), 'int8'), rowsperstrip=7)",
		"save('planar', data((3, 30, 20), 'uint16'), planarconfig='separate', photometric='minisblack')",
		"rgb = data((30, 20, 3), 'uint8')",
		"tifffile.imwrite(out + '/rgb.tif', rgb, photometric='rgb')",
		"note('rgb', np.moveaxis(rgb, 2, 0))", "p = data((40, 50), 'uint8')",
		"Image.fromarray(p).save(out + '/lzw8.tif', compression='tiff_lzw')",
		"note('lzw8', p)",
		"Image.fromarray(p).save(out + '/packbits.tif', compression='packbits')",
		"note('packbits', p)", "q = data((40, 50), 'uint16')",
		"Image.fromarray(q).save(out + '/lzw16.tif', compression='tiff_lzw')",
		"note('lzw16', q)", "print(json.dumps(info))");

	@TempDir
	static Path folder;

	private static JsonObject written;

	@BeforeAll
	static void writeWithPython() {
		DebianPython.assumeModules("tifffile", "numpy", "PIL");
		written = JsonParser.parseString(DebianPython.run(SCRIPT, folder.toString())
			.expectSuccess()).getAsJsonObject();
	}

	@ParameterizedTest
	@ValueSource(strings = { "imagej", "zlib", "zlib_predictor", "float_zlib",
		"tiled", "tiled_raw", "bigtiff", "bigendian", "bigendian_zlib_pred",
		"float64", "int8", "planar", "rgb", "lzw8", "packbits", "lzw16" })
	void readsEveryVoxelAsWritten(final String name) throws IOException {
		final JsonObject expected = written.getAsJsonObject(name);
		final TiffArray array = TiffArray.open(folder.resolve(name + ".tif"));
		final long[] shape = new long[expected.getAsJsonArray("shape").size()];
		for (int d = 0; d < shape.length; d++)
			shape[d] = expected.getAsJsonArray("shape").get(shape.length - 1 - d)
				.getAsLong();
		assertArrayEquals(shape, array.metadata().shape(), name + " shape");
		assertEquals(expected.get("dtype").getAsString(), array.metadata()
			.dataType().id(), name + " dtype");
		assertEquals(expected.get("sha").getAsString(), VoxelDigest.of(array),
			name + " voxels");
	}

	@Test
	void imagejHyperstackGivesAxesSpacingAndUnits() throws IOException {
		final Volume v = TiffVolumes.open(folder.resolve("imagej.tif"));
		assertEquals(List.of("x", "y", "c", "z", "t"), v.axes());
		assertArrayEquals(new double[] { 0.5, 0.25, 1, 2.5, 0.75 }, v.spacing(),
			1e-6);
		assertEquals(List.of("\u00b5m", "\u00b5m", "", "\u00b5m", "s"), v.units());
		assertEquals("imagej", v.name());
		assertEquals(Map.of(), v.attributes());
	}
}
