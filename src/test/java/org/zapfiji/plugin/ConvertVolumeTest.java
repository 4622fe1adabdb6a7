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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.ConversionSamples;
import org.zapfiji.data.convert.PlainHdf5Files;
import org.zapfiji.data.tiff.TiffVolumes;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;
import org.zapfiji.plugin.command.ZapCommand;

/**
 * {@code ZAP Convert Volume} run by macro lines through ImageJ's interpreter,
 * with no display, on real files.
 */
class ConvertVolumeTest {

	@TempDir
	Path folder;

	@BeforeAll
	static void registerCommands() throws Exception {
		assertTrue(java.awt.GraphicsEnvironment.isHeadless(),
			"macro tests run headless");
		HeadlessCommands.install(ConvertVolumeTest.class.getClassLoader());
	}

	@Test
	void macroLineWritesZarrV2WithTheChunkingAndCompressionAsked()
		throws Exception
	{
		final Path source = ConversionSamples.writeZarr(folder.resolve(
			"source dir.zarr"));
		final Path out = folder.resolve("out v2.zarr");
		assertNull(BatchMacroRunner.runMacro("run(\"ZAP Convert Volume\", " +
			"\"input=[" + source + "] output=[" + out + "] format=zarr2 " +
			"chunk=10,8,4 compression=blosc_zstd clevel=3 shuffle=bit threads=2\");",
			""));
		final String zarray = Files.readString(out.resolve(".zarray"));
		assertTrue(zarray.contains("\"cname\": \"zstd\"") && zarray.contains(
			"\"clevel\": 3") && zarray.contains("\"shuffle\": 2"), zarray);
		final ArrayMetadata meta = ZarrArray.open(out).metadata();
		assertEquals(List.of(10, 8, 4, 2), java.util.Arrays.stream(meta
			.chunkShape()).boxed().collect(Collectors.toList()));
		ConversionSamples.assertVoxels(new ZarrFormat().open(out), 0, 5);
		assertEquals("", ZapCommand.lastFailure());
	}

	@Test
	void macroLineWritesAPlainHdf5FileBlockByBlock() throws Exception {
		final Path source = ConversionSamples.writeZarr(folder.resolve("s.zarr"));
		final Path out = folder.resolve("fish data.h5");
		assertNull(BatchMacroRunner.runMacro("run(\"ZAP Convert Volume\", " +
			"\"input=[" + source + "] output=[" + out + "] format=hdf5 threads=2\");",
			""));
		try (Dataset read = PlainHdf5Files.read(out)) {
			final Volume back = read.volumes().get(0);
			assertEquals(List.of("x", "y", "z", "t"), back.axes());
			ConversionSamples.assertVoxels(back, 0, 5);
			assertEquals(4, back.spacing()[2], 1e-12);
		}
		assertTrue(BatchMacroRunner.runMacro("run(\"ZAP Convert Volume\", " +
			"\"input=[" + source + "] output=[" + folder.resolve("x.zarr") +
			"] format=hdf5\");", "").contains("Key 'output' expects a file ending " +
				"in .h5, .hdf5 or .hdf for format hdf5"));
		assertEquals(List.of("fish data.h5", "s.zarr"), names(folder));
	}

	@Test
	void demoTiffBecomesZarrV3WithTheSameVoxelsAndCalibration() throws Exception {
		final Path demo = Paths.get("test-data/zebrafish-demo.tif")
			.toAbsolutePath();
		final Path out = folder.resolve("demo.zarr");
		assertNull(BatchMacroRunner.runMacro("run(\"ZAP Convert Volume\", " +
			"\"input=[" + demo + "] output=[" + out + "] chunk=64,64,4\");", ""));
		final Volume tiff = TiffVolumes.open(demo);
		final Volume zarr = new ZarrFormat().open(out);
		assertEquals(tiff.axes(), zarr.axes());
		assertEquals(tiff.spacing()[0], zarr.spacing()[0], 1e-9);
		assertEquals(tiff.spacing()[tiff.axis("z")], zarr.spacing()[zarr.axis("z")],
			1e-9);
		assertEquals(64, zarr.metadata().chunkShape()[0]);
		assertArrayEquals(voxels(tiff.level(0)), voxels(zarr.level(0)));
	}

	@Test
	void existingOutputNeedsOverwrite() throws Exception {
		final Path source = ConversionSamples.writeZarr(folder.resolve("s.zarr"));
		final Path out = folder.resolve("once.tif");
		final String line = "run(\"ZAP Convert Volume\", \"input=[" + source +
			"] output=[" + out + "] format=tiff";
		assertNull(BatchMacroRunner.runMacro(line + "\");", ""));
		final long size = Files.size(out);
		final String refused = BatchMacroRunner.runMacro(line + " time_to=1\");",
			"");
		assertTrue(refused.startsWith("ZAP Convert Volume: Key 'output': " + out +
			" exists;") && refused.contains("'overwrite'"), refused);
		assertEquals(size, Files.size(out), "the existing output is untouched");
		assertTrue(ZapCommand.lastFailure().contains("exists"));
		assertNull(BatchMacroRunner.runMacro(line + " time_to=1 overwrite\");",
			""));
		assertTrue(Files.size(out) < size, "replaced by two timepoints of five");
		assertEquals(List.of("once.tif", "s.zarr"), names(folder));
	}

	@Test
	void badValuesStopTheMacroNamingTheKey() throws Exception {
		final Path source = ConversionSamples.writeZarr(folder.resolve("s.zarr"));
		final String start = "run(\"ZAP Convert Volume\", \"input=[" + source +
			"] output=[" + folder.resolve("o.zarr") + "] ";
		assertTrue(BatchMacroRunner.runMacro(start + "format=ome_tiff\");", "")
			.startsWith("ZAP Convert Volume: Key 'format' expects one of zarr3, " +
				"zarr2, n5, hdf5, bdv, bdv_n5, tiff, found 'ome_tiff'."));
		assertTrue(BatchMacroRunner.runMacro(start + "chunk=[64 64]\");", "")
			.contains("Key 'chunk' expects whole numbers"));
		assertTrue(BatchMacroRunner.runMacro(start + "format=zarr3 " +
			"compression=zlib\");", "").contains("Key 'compression': zlib is a " +
				"Zarr v2 compressor"));
		assertTrue(BatchMacroRunner.runMacro(start + "threads=-2\");", "").contains(
			"Key 'threads' expects 0 (all cores) to 1024, found '-2'."));
		assertTrue(BatchMacroRunner.runMacro("run(\"ZAP Convert Volume\", " +
			"\"input=[" + folder.resolve("missing.zarr") + "] output=[" + folder
				.resolve("o.zarr") + "]\");", "").contains("Key 'input': " + folder
					.resolve("missing.zarr") + ": no such file or folder"));
		assertEquals(List.of("s.zarr"), names(folder));
	}

	/** Every voxel in array order (x fastest), whatever the chunking. */
	private static long[] voxels(final ChunkedArray array) throws IOException {
		final ArrayMetadata meta = array.metadata();
		final long[] shape = meta.shape();
		final long[] all = new long[Math.toIntExact(java.util.Arrays.stream(shape)
			.reduce(1, (a, b) -> a * b))];
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk c = array.readChunk(p);
			final int[] cell = meta.cellShape(p);
			for (int i = 0; i < c.size(); i++) {
				long rest = i;
				long index = 0;
				long stride = 1;
				for (int d = 0; d < cell.length; d++) {
					index += (p[d] * meta.chunkShape()[d] + rest % cell[d]) * stride;
					rest /= cell[d];
					stride *= shape[d];
				}
				all[(int) index] = ((Number) java.lang.reflect.Array.get(c.data(), i))
					.longValue();
			}
		}
		return all;
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(
				Collectors.toList());
		}
	}
}
