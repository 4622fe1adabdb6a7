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

package org.zapfiji.data.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.CanceledException;
import org.zapfiji.task.Progress;

/**
 * {@link VolumeConversion} on real files: a multi-chunk uint16 recording with
 * edge chunks, converted into every format and read back through our readers;
 * what an existing output, a cancel and a bad option leave behind.
 */
class VolumeConversionTest {

	@TempDir
	Path folder;

	private Path source;

	private Volume volume;

	@BeforeEach
	void writeSource() throws IOException {
		source = ConversionSamples.writeZarr(folder.resolve("source.zarr"));
		volume = ConversionSamples.open(source);
	}

	private static String outputName(final OutputFormat format) {
		switch (format) {
			case BDV:
			case BDV_N5:
				return "out.xml";
			case TIFF:
				return "out.tif";
			case HDF5:
				return "out.h5";
			default:
				return "out." + format.id();
		}
	}

	@ParameterizedTest
	@EnumSource(OutputFormat.class)
	void everyFormatHoldsTheSameVoxels(final OutputFormat format)
		throws IOException
	{
		final Path out = folder.resolve(outputName(format));
		VolumeConversion conversion = VolumeConversion.to(format).withThreads(2);
		if (format == OutputFormat.ZARR3 || format == OutputFormat.ZARR2 ||
			format == OutputFormat.N5) conversion = conversion.withChunk("10,8,4");
		final AtomicLong last = new AtomicLong();
		final AtomicLong total = new AtomicLong();
		conversion.convert(volume, out, progress(last, total, Long.MAX_VALUE));
		assertTrue(total.get() > 1 && last.get() == total.get(),
			"progress reaches its total: " + last + " of " + total);
		try (Dataset read = ConversionSamples.read(format, out)) {
			final Volume back = read.volumes().get(0);
			ConversionSamples.assertVoxels(back, 0, 5);
			assertEquals(0.406, back.spacing()[back.axis("x")], 1e-9);
			assertEquals(4, back.spacing()[back.axis("z")], 1e-9);
			if (format == OutputFormat.ZARR3 || format == OutputFormat.ZARR2 ||
				format == OutputFormat.N5) assertArrayEquals(new int[] { 10, 8, 4, 2 },
					back.metadata().chunkShape());
		}
		assertEquals(List.of(source.getFileName().toString()), leftovers(conversion
			.products(out)), "nothing but the products and the source");
	}

	@Test
	void zarrAutoCompressionIsBloscLz4Level5ByteShuffle() throws IOException {
		final Path out = folder.resolve("auto.zarr");
		VolumeConversion.to(OutputFormat.ZARR3).withShard("32,24,0,2").convert(
			volume, out, Progress.silent());
		final String json = Files.readString(out.resolve("zarr.json"));
		assertTrue(json.contains("\"cname\": \"lz4\"") && json.contains(
			"\"clevel\": 5") && json.contains("\"shuffle\": \"shuffle\"") && json
				.contains("sharding_indexed"), json);
		ConversionSamples.assertVoxels(ConversionSamples.open(out), 0, 5);
		final Path v2 = folder.resolve("auto2.zarr");
		VolumeConversion.to(OutputFormat.ZARR2).convert(volume, v2, Progress
			.silent());
		final String zarray = Files.readString(v2.resolve(".zarray"));
		assertTrue(zarray.contains("\"cname\": \"lz4\"") && zarray.contains(
			"\"clevel\": 5") && zarray.contains("\"shuffle\": 1"), zarray);
	}

	@Test
	void timeRangeKeepsThoseTimepoints() throws IOException {
		final Path out = folder.resolve("cut.zarr");
		VolumeConversion.to(OutputFormat.ZARR3).withTimeRange(1, 3).convert(volume,
			out, Progress.silent());
		ConversionSamples.assertVoxels(ConversionSamples.open(out), 1, 3);
		final Path tif = folder.resolve("last.tif");
		VolumeConversion.to(OutputFormat.TIFF).withTimeRange(4, -1).convert(volume,
			tif, Progress.silent());
		try (Dataset read = ConversionSamples.read(OutputFormat.TIFF, tif)) {
			ConversionSamples.assertVoxels(read.volumes().get(0), 4, 1);
		}
	}

	/** ZAPBench stores x slowest; TIFF and BigDataViewer still get x, y first. */
	@Test
	void transposedSourceBecomesAnImageJOrderedTiff() throws IOException {
		final Path zarr = folder.resolve("tzyx.zarr");
		final long[] shape = { 5, 7, 29, 37 };
		final ArrayMetadata meta = ArrayMetadata.of(shape, new int[] { 2, 3, 12,
			16 }, DataType.UINT16, 0L, List.of("t", "z", "y", "x"));
		final ZarrArray array = ZarrArray.create(zarr, meta, ZarrLayout.v3());
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] cell = meta.cellShape(p);
			final short[] data = new short[cell[0] * cell[1] * cell[2] * cell[3]];
			int i = 0;
			for (int x = 0; x < cell[3]; x++)
				for (int y = 0; y < cell[2]; y++)
					for (int z = 0; z < cell[1]; z++)
						for (int t = 0; t < cell[0]; t++)
							data[i++] = (short) ConversionSamples.value(p[3] * 16 + x, p[2] *
								12 + y, p[1] * 3 + z, p[0] * 2 + t);
			array.writeChunk(p, new Chunk(cell, data));
		}
		final Path tif = folder.resolve("xyzt.tif");
		VolumeConversion.to(OutputFormat.TIFF).convert(ConversionSamples.open(zarr),
			tif, Progress.silent());
		try (Dataset read = ConversionSamples.read(OutputFormat.TIFF, tif)) {
			assertEquals(List.of("x", "y", "z", "t"), read.volumes().get(0).axes());
			ConversionSamples.assertVoxels(read.volumes().get(0), 0, 5);
		}
	}

	@Test
	void existingOutputIsRefusedAndUntouchedWithoutOverwrite()
		throws IOException
	{
		final Path out = folder.resolve("taken.zarr");
		Files.createDirectories(out);
		final Path mine = Files.writeString(out.resolve("notes.txt"), "mine");
		final InvalidOptionException e = assertThrows(InvalidOptionException.class,
			() -> VolumeConversion.to(OutputFormat.ZARR3).convert(volume, out,
				Progress.silent()));
		assertEquals("output", e.key());
		assertTrue(e.getMessage().contains("'overwrite'"), e.getMessage());
		assertEquals("mine", Files.readString(mine));
		assertEquals(List.of("notes.txt"), names(out));

		VolumeConversion.to(OutputFormat.ZARR3).withOverwrite(true).convert(volume,
			out, Progress.silent());
		assertFalse(Files.exists(mine), "the old output was replaced");
		ConversionSamples.assertVoxels(ConversionSamples.open(out), 0, 5);
		assertEquals(List.of("source.zarr", "taken.zarr"), names(folder));
	}

	@Test
	void bigDataViewerRefusesWhenItsDataFileExists() throws IOException {
		final Path xml = folder.resolve("fish.xml");
		final Path h5 = Files.writeString(folder.resolve("fish.h5"), "not mine");
		final InvalidOptionException e = assertThrows(InvalidOptionException.class,
			() -> VolumeConversion.to(OutputFormat.BDV).convert(volume, xml, Progress
				.silent()));
		assertEquals("output", e.key());
		assertTrue(e.getMessage().contains(h5.toString()), e.getMessage());
		assertEquals("not mine", Files.readString(h5));
		assertFalse(Files.exists(xml));
	}

	@Test
	void bigDataViewerRefusesAnExistingXmlAndReplacesItOnlyWithOverwrite()
		throws IOException
	{
		final Path xml = Files.writeString(folder.resolve("fish.xml"), "old");
		final InvalidOptionException e = assertThrows(InvalidOptionException.class,
			() -> VolumeConversion.to(OutputFormat.BDV).convert(volume, xml, Progress
				.silent()));
		assertEquals("output", e.key());
		assertTrue(e.getMessage().contains(xml.toString()), e.getMessage());
		assertEquals("old", Files.readString(xml));
		assertEquals(List.of("fish.xml", "source.zarr"), names(folder));

		VolumeConversion.to(OutputFormat.BDV).withOverwrite(true).withThreads(2)
			.convert(volume, xml, Progress.silent());
		try (Dataset read = ConversionSamples.read(OutputFormat.BDV, xml)) {
			ConversionSamples.assertVoxels(read.volumes().get(0), 0, 5);
		}
		assertEquals(List.of("fish.h5", "fish.xml", "source.zarr"), names(folder));
	}

	/** Several threads writing into one HDF5 file stop and leave nothing. */
	@Test
	void bigDataViewerCanceledOnTwoThreadsLeavesNothing() throws IOException {
		final Path xml = folder.resolve("fish.xml");
		final AtomicLong last = new AtomicLong();
		final AtomicLong total = new AtomicLong();
		assertThrows(CanceledException.class, () -> VolumeConversion.to(
			OutputFormat.BDV).withThreads(2).convert(volume, xml, progress(last,
				total, 4)));
		assertTrue(last.get() >= 4 && last.get() < total.get(),
			"canceled part way: " + last + " of " + total);
		assertEquals(List.of("source.zarr"), names(folder));
	}

	@ParameterizedTest
	@EnumSource(OutputFormat.class)
	void cancelLeavesNoOutputAndNoTemporaryFiles(final OutputFormat format)
		throws IOException
	{
		final Path out = folder.resolve(outputName(format));
		final AtomicLong last = new AtomicLong();
		final AtomicLong total = new AtomicLong();
		assertThrows(CanceledException.class, () -> VolumeConversion.to(format)
			.withThreads(1).convert(volume, out, progress(last, total, 3)));
		assertTrue(last.get() >= 3 && last.get() < total.get(),
			"canceled part way: " + last + " of " + total);
		assertEquals(List.of("source.zarr"), names(folder));
	}

	@Test
	void cancelWhileReplacingKeepsTheOldOutput() throws IOException {
		final Path out = folder.resolve("old.zarr");
		VolumeConversion.to(OutputFormat.ZARR2).convert(volume, out, Progress
			.silent());
		final List<String> before = names(out);
		assertThrows(CanceledException.class, () -> VolumeConversion.to(
			OutputFormat.ZARR3).withOverwrite(true).withThreads(1).convert(volume,
				out, progress(new AtomicLong(), new AtomicLong(), 2)));
		assertEquals(before, names(out));
		assertTrue(Files.exists(out.resolve(".zarray")));
		assertEquals(List.of("old.zarr", "source.zarr"), names(folder));
	}

	@Test
	void badOptionsNameTheirKey() {
		final Path out = folder.resolve("bad.zarr");
		assertKey("chunk", () -> VolumeConversion.to(OutputFormat.ZARR3).withChunk(
			"64,x").check(volume, out));
		assertKey("chunk", () -> VolumeConversion.to(OutputFormat.ZARR3).withChunk(
			"1,2,3,4,5").check(volume, out));
		assertKey("chunk", () -> VolumeConversion.to(OutputFormat.TIFF).withChunk(
			"8,8").check(volume, folder.resolve("bad.tif")));
		assertKey("shard", () -> VolumeConversion.to(OutputFormat.ZARR2).withShard(
			"32,32").check(volume, out));
		assertKey("shard", () -> VolumeConversion.to(OutputFormat.ZARR3).withChunk(
			"8,8").withShard("12,8").check(volume, out));
		assertKey("compression", () -> VolumeConversion.to(OutputFormat.ZARR3)
			.withCompression(new CompressionChoice("zlib", -1, "byte")).check(volume,
				out));
		assertKey("compression", () -> VolumeConversion.to(OutputFormat.TIFF)
			.withCompression(new CompressionChoice("gzip", -1, "byte")).check(volume,
				folder.resolve("bad.tif")));
		assertKey("compression", () -> new CompressionChoice("lzma", -1, "byte"));
		assertKey("clevel", () -> new CompressionChoice("gzip", 12, "byte"));
		assertKey("shuffle", () -> new CompressionChoice("blosc_lz4", 5, "bits"));
		assertKey("format", () -> OutputFormat.forId("ome_tiff"));
		assertKey("output", () -> VolumeConversion.to(OutputFormat.HDF5).check(
			volume, out));
		assertKey("chunk", () -> VolumeConversion.to(OutputFormat.HDF5).withChunk(
			"8,8").check(volume, folder.resolve("bad.h5")));
		assertKey("compression", () -> VolumeConversion.to(OutputFormat.HDF5)
			.withCompression(new CompressionChoice("gzip", -1, "byte")).check(volume,
				folder.resolve("bad.h5")));
		assertKey("time_to", () -> VolumeConversion.to(OutputFormat.ZARR3)
			.withTimeRange(2, 9).check(volume, out));
		assertKey("time_from", () -> VolumeConversion.to(OutputFormat.ZARR3)
			.withTimeRange(-1, -1).check(volume, out));
		assertKey("output", () -> VolumeConversion.to(OutputFormat.TIFF).check(
			volume, out));
		assertKey("output", () -> VolumeConversion.to(OutputFormat.BDV).check(
			volume, folder.resolve("fish.h5")));
		assertKey("output", () -> VolumeConversion.to(OutputFormat.ZARR3).check(
			volume, folder.resolve("no/such/folder/out.zarr")));
		assertKey("volume", () -> VolumeConversion.choose(source, List.of(volume),
			1, 0));
		assertKey("level", () -> VolumeConversion.choose(source, List.of(volume), 0,
			2));
		final InvalidOptionException e = assertThrows(InvalidOptionException.class,
			() -> VolumeConversion.to(OutputFormat.ZARR3).withChunk("64,x").check(
				volume, out));
		assertEquals("Key 'chunk' expects whole numbers >= 0 separated by " +
			"commas, in the order x,y,z,t (0 = the whole axis), found '64,x'.", e
				.getMessage());
		assertFalse(Files.exists(out));
	}

	private static void assertKey(final String key,
		final org.junit.jupiter.api.function.Executable call)
	{
		final InvalidOptionException e = assertThrows(InvalidOptionException.class,
			call);
		assertEquals(key, e.key(), e.getMessage());
		assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
	}

	/** Counts progress; cancels once {@code cancelAt} units are done. */
	private static Progress progress(final AtomicLong last,
		final AtomicLong total, final long cancelAt)
	{
		return new Progress() {

			@Override
			public void update(final long done, final long all) {
				last.accumulateAndGet(done, Math::max);
				total.set(all);
			}

			@Override
			public void status(final String message) {}

			@Override
			public boolean isCanceled() {
				return last.get() >= cancelAt;
			}
		};
	}

	/** What the folder holds besides the source and {@code products}. */
	private List<String> leftovers(final List<Path> products) throws IOException {
		final List<String> names = names(folder);
		for (final Path p : products)
			names.remove(p.getFileName().toString());
		return names;
	}

	private static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(
				Collectors.toList());
		}
	}
}
