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

package org.zapfiji.data.bdv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;

/**
 * {@link BdvHdf5Writer} through the streaming HDF5 writer: every element type
 * with values that need all its bits, two levels, chunks spanning several
 * timepoints and edge chunks, written on several threads, read back by our
 * reader (jHDF) and by h5py; missing chunks become the fill value; a failing
 * source leaves no file behind.
 */
class BdvHdf5StreamingTest {

	private static final long[] SHAPE = { 19, 11, 6, 4 };

	@TempDir
	Path folder;

	/** Values of every width, with the top bit set at some voxels. */
	private static long value(final long[] p) {
		return (p[0] * 0x9E3779B1L + p[1] * 0x85EBCA77L + p[2] * 0xC2B2AE3DL +
			p[3] * 0x27D4EB2FL) >>> 3;
	}

	private static long truncated(final DataType type, final long v) {
		switch (type) {
			case INT8:
			case UINT8:
				return v & 0xff;
			case INT16:
			case UINT16:
				return v & 0xffff;
			case INT32:
			case UINT32:
				return v & 0xffffffffL;
			case FLOAT32:
				return (long) (float) (v & 0xfffff);
			case FLOAT64:
				return (long) (double) (v & 0xfffffffL);
			default:
				return v;
		}
	}

	private static Volume volume(final DataType type) {
		final ToLongFunction<long[]> full = p -> floatFriendly(type, value(p));
		final ChunkedArray level0 = MemoryArray.of(SHAPE, new int[] { 8, 4, 4, 3 },
			type, full);
		final ChunkedArray level1 = MemoryArray.of(new long[] { 10, 6, 3, 4 },
			new int[] { 4, 4, 2, 1 }, type, p -> full.applyAsLong(new long[] { 2 *
				p[0], 2 * p[1], 2 * p[2], p[3] }));
		return new Volume("v", List.of(level0, level1), List.of(new double[] { 1, 1,
			1, 1 }, new double[] { 2, 2, 2, 1 }), List.of("x", "y", "z", "t"),
			new double[] { 0.5, 0.25, 3, 1 }, List.of("µm", "µm", "µm", "s"), Map
				.of());
	}

	/** Floats hold small integers exactly, so values compare as longs. */
	private static long floatFriendly(final DataType type, final long v) {
		return type.isFloatingPoint() ? truncated(type, v) : v;
	}

	@ParameterizedTest
	@EnumSource(value = DataType.class, names = "BOOL",
		mode = EnumSource.Mode.EXCLUDE)
	void everyTypeRoundTripsOnSeveralThreads(final DataType type)
		throws IOException
	{
		final Path xml = folder.resolve("fish.xml");
		BdvHdf5Writer.write(xml, List.of(volume(type)), 3);
		try (BdvDataset dataset = new BigDataViewerFormat().open(xml)) {
			final Volume back = dataset.volumes().get(0);
			assertEquals(type, back.metadata().dataType());
			assertArrayEquals(SHAPE, back.metadata().shape());
			assertEquals(2, back.numLevels());
			assertArrayEquals(new double[] { 2, 2, 2, 1 }, back.downsampling(1));
			assertArrayEquals(new double[] { 0.5, 0.25, 3, 1 }, back.spacing());
			assertVoxels(back.level(0), p -> truncated(type, floatFriendly(type,
				value(p))));
			assertVoxels(back.level(1), p -> truncated(type, floatFriendly(type,
				value(new long[] { 2 * p[0], 2 * p[1], 2 * p[2], p[3] }))));
		}
	}

	@Test
	void h5pySeesSignedTwinsAndTheDataTypeAttribute() throws IOException {
		DebianPython.assumeModules("h5py", "numpy");
		final Path xml = folder.resolve("fish.xml");
		BdvHdf5Writer.write(xml, List.of(volume(DataType.UINT8), volume(
			DataType.UINT16), volume(DataType.FLOAT64)), 2);
		final String script = String.join("\n", "import sys, h5py, numpy as np",
			"f = h5py.File(sys.argv[1], 'r')", "for s in ('s00', 's01', 's02'):",
			"    g = f[s]", "    print(s, g.attrs.get('dataType', b'-').decode(),",
			"          g['resolutions'].dtype, g['resolutions'][()].tolist(),",
			"          g['subdivisions'].dtype, g['subdivisions'][()].tolist(),",
			"          f['t00003/' + s + '/1/cells'].dtype,",
			"          f['t00003/' + s + '/1/cells'].shape)",
			"c = f['t00002/s00/0/cells'][()].view(np.uint8)",
			"z, y, x = np.meshgrid(range(6), range(11), range(19), indexing='ij')",
			"v = (x * 0x9E3779B1 + y * 0x85EBCA77 + z * 0xC2B2AE3D + 2 * 0x27D4EB2F) >> 3",
			"print(bool((c == (v & 0xff)).all()), int(c.max()) > 127)");
		final String out = DebianPython.run(script, folder.resolve("fish.h5")
			.toString()).expectSuccess();
		assertEquals(String.join("\n",
			"s00 uint8 float64 [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]] int32 " +
				"[[8, 4, 4], [4, 4, 2]] int8 (3, 6, 10)",
			"s01 - float64 [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]] int32 " +
				"[[8, 4, 4], [4, 4, 2]] int16 (3, 6, 10)",
			"s02 float64 float64 [[1.0, 1.0, 1.0], [2.0, 2.0, 2.0]] int32 " +
				"[[8, 4, 4], [4, 4, 2]] float64 (3, 6, 10)", "True True"), out.trim());
	}

	@Test
	void missingChunksReadAsTheFillValue() throws IOException {
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 9, 5, 4 },
			new int[] { 4, 5, 2 }, DataType.INT16, 5L, List.of());
		final MemoryArray sparse = new MemoryArray(meta);
		sparse.writeChunk(new long[] { 1, 0, 1 }, new Chunk(new int[] { 4, 5, 2 },
			new short[40]));
		final MemoryArray zeroFill = new MemoryArray(ArrayMetadata.of(meta.shape(),
			meta.chunkShape(), DataType.INT16, 0L, List.of()));
		final Path xml = folder.resolve("sparse.xml");
		BdvHdf5Writer.write(xml, List.of(Volume.single("five", sparse, List.of("x",
			"y", "z"), new double[] { 1, 1, 1 }, List.of("", "", "")), Volume.single(
				"zero", zeroFill, List.of("x", "y", "z"), new double[] { 1, 1, 1 }, List
					.of("", "", ""))));
		try (BdvDataset dataset = new BigDataViewerFormat().open(xml)) {
			assertVoxels(dataset.volumes().get(0).level(0), p -> p[0] >= 4 &&
				p[0] < 8 && p[2] >= 2 ? 0 : 5);
			assertVoxels(dataset.volumes().get(1).level(0), p -> 0);
		}
	}

	@Test
	void aFailingSourceLeavesNoFiles() throws IOException {
		final ChunkedArray good = volume(DataType.UINT16).level(0);
		final ChunkedArray failing = new ChunkedArray() {

			@Override
			public ArrayMetadata metadata() {
				return good.metadata();
			}

			@Override
			public String location() {
				return "failing";
			}

			@Override
			public Chunk readChunk(final long[] p) throws IOException {
				if (p[0] == 1 && p[3] == 1) throw new IOException("disk gone at " +
					java.util.Arrays.toString(p));
				return good.readChunk(p);
			}
		};
		final Path xml = folder.resolve("fail.xml");
		final IOException e = assertThrows(IOException.class, () -> BdvHdf5Writer
			.write(xml, List.of(Volume.single("bad", failing, List.of("x", "y", "z",
				"t"), new double[] { 1, 1, 1, 1 }, List.of("", "", "", ""))), 2));
		assertTrue(e.getMessage().startsWith("disk gone"), e.getMessage());
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.collect(Collectors.toList()));
		}
	}

	private static void assertVoxels(final ChunkedArray array,
		final ToLongFunction<long[]> expected) throws IOException
	{
		final ArrayMetadata meta = array.metadata();
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk c = array.readChunk(g);
			final int[] cell = c.shape();
			for (int i = 0; i < c.size(); i++) {
				final long[] p = new long[cell.length];
				int rest = i;
				for (int d = 0; d < cell.length; d++) {
					p[d] = g[d] * meta.chunkShape()[d] + rest % cell[d];
					rest /= cell[d];
				}
				assertEquals(expected.applyAsLong(p), bits(c.data(), i, meta
					.dataType()), "voxel " + java.util.Arrays.toString(p) + " of " + array
						.location());
			}
		}
	}

	private static long bits(final Object data, final int i,
		final DataType type)
	{
		if (data instanceof byte[]) return ((byte[]) data)[i] & 0xff;
		if (data instanceof short[]) return ((short[]) data)[i] & 0xffff;
		if (data instanceof int[]) return ((int[]) data)[i] & 0xffffffffL;
		if (data instanceof long[]) return ((long[]) data)[i];
		if (data instanceof float[]) return (long) ((float[]) data)[i];
		return (long) ((double[]) data)[i];
	}
}
