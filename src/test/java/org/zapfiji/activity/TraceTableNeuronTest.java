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

package org.zapfiji.activity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * One neuron's trace read through each format's fast path equals the same
 * column cut out of whole frames, at chunk edges, for float64 and Fortran order
 * too; reads outside the table are refused naming it.
 */
class TraceTableNeuronTest {

	private static final int FRAMES = 700;

	private static final int NEURONS = 37;

	private static final int[] COLUMNS = { 0, 17, NEURONS - 1 };

	/** {from, count}: whole, across the 512-frame chunk edge, edges, empty. */
	private static final int[][] SPANS = { { 0, FRAMES }, { 500, 30 }, { 511, 2 },
		{ 699, 1 }, { 0, 1 }, { 3, 0 }, { 63, 66 } };

	@TempDir
	Path folder;

	/** Random traces with a NaN and an infinity, frame after frame. */
	private static float[] traces() {
		final Random random = new Random(11);
		final float[] v = new float[FRAMES * NEURONS];
		for (int i = 0; i < v.length; i++)
			v[i] = (float) random.nextGaussian();
		v[17] = Float.NaN;
		v[NEURONS * 600] = Float.POSITIVE_INFINITY;
		return v;
	}

	private static void assertColumnsMatchFrames(final TraceTable table,
		final float[] values, final String name) throws IOException
	{
		for (final int column : COLUMNS)
			for (final int[] span : SPANS) {
				final float[] expected = new float[span[1]];
				final float[] frames = table.readFrames(span[0], span[1]);
				for (int t = 0; t < span[1]; t++) {
					expected[t] = frames[t * NEURONS + column];
					// and the frames are the file's values, so the test can fail
					assertTrue(Float.compare(values[(span[0] + t) * NEURONS + column],
						expected[t]) == 0, name);
				}
				assertArrayEquals(expected, table.readNeuron(column, span[0], span[1]),
					name + " column " + column + " frames " + span[0] + "+" + span[1]);
			}
	}

	@Test
	void everyFormatReadsTheSameColumnAsWholeFrames() throws IOException {
		final float[] values = traces();
		final List<TraceTable> tables = new ArrayList<>();
		for (final String name : List.of("traces.csv", "traces.npy",
			"traces.zarr"))
		{
			final Path file = folder.resolve(name);
			try (TraceOutput out = TraceOutput.create(file, FRAMES, NEURONS, false)) {
				out.write(values, FRAMES);
				out.commit();
			}
			tables.add(TraceTables.open(file));
		}
		tables.add(TraceTables.open(npy("float64.npy", values, false, true)));
		tables.add(TraceTables.open(npy("fortran.npy", values, true, false)));
		tables.add(TraceTables.open(zarr("small-chunks", values, new int[] { 5,
			64 })));
		final TraceTable zarr = tables.get(2);
		tables.add(framesOnly(zarr));
		for (final TraceTable t : tables)
			assertColumnsMatchFrames(t, values, t.location());
	}

	@Test
	void readsOutsideTheTableAreRefusedNamingIt() throws IOException {
		final Path file = folder.resolve("t.npy");
		try (TraceOutput out = TraceOutput.create(file, FRAMES, NEURONS, false)) {
			out.write(traces(), FRAMES);
			out.commit();
		}
		final TraceTable t = TraceTables.open(file);
		for (final TraceTable table : List.of(t, framesOnly(t))) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> table.readNeuron(NEURONS, 0, 1));
			assertTrue(e.getMessage().contains(file.toString()) && e.getMessage()
				.contains("no neuron column 37"), e.getMessage());
			e = assertThrows(IllegalArgumentException.class, () -> table.readNeuron(0,
				690, 11));
			assertTrue(e.getMessage().contains("frames 690..700"), e.getMessage());
		}
	}

	/** The interface's default, through whole frames only. */
	private static TraceTable framesOnly(final TraceTable table) {
		return new TraceTable() {

			@Override
			public String location() {
				return table.location();
			}

			@Override
			public int frames() {
				return table.frames();
			}

			@Override
			public int neurons() {
				return table.neurons();
			}

			@Override
			public int frameBlock() {
				return 100;
			}

			@Override
			public float[] readFrames(final int from, final int count)
				throws IOException
			{
				return table.readFrames(from, count);
			}
		};
	}

	/** A version 2 .npy written byte by byte, as NumPy lays it out. */
	private Path npy(final String name, final float[] values,
		final boolean fortran, final boolean doubles) throws IOException
	{
		final String dict = "{'descr': '" + (doubles ? "<f8" : "<f4") +
			"', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" +
			FRAMES + ", " + NEURONS + "), }";
		final ByteBuffer b = ByteBuffer.allocate(12 + dict.length() + 1 +
			values.length * (doubles ? 8 : 4)).order(ByteOrder.LITTLE_ENDIAN);
		b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0 }).putInt(dict
			.length() + 1).put((dict + "\n").getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < values.length; i++) {
			final int index = fortran ? (i % FRAMES) * NEURONS + i / FRAMES : i;
			if (doubles) b.putDouble(values[index]);
			else b.putFloat(values[index]);
		}
		final Path file = folder.resolve(name);
		Files.write(file, b.array());
		return file;
	}

	/**
	 * A Zarr v2 table [frames, neurons] with the given chunks (fastest first).
	 */
	private Path zarr(final String name, final float[] values, final int[] chunk)
		throws IOException
	{
		final Path path = folder.resolve(name);
		final ZarrArray array = ZarrArray.create(path, ArrayMetadata.of(new long[] {
			NEURONS, FRAMES }, chunk, DataType.FLOAT32, 0.0, List.of()), ZarrLayout
				.v2().withCompressor(null));
		final ArrayMetadata meta = array.metadata();
		for (final long[] g : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] cell = meta.cellShape(g);
			final float[] data = new float[cell[0] * cell[1]];
			for (int t = 0; t < cell[1]; t++)
				for (int n = 0; n < cell[0]; n++)
					data[t * cell[0] + n] = values[(int) ((g[1] * chunk[1] + t) *
						NEURONS + g[0] * chunk[0] + n)];
			array.writeChunk(g, new Chunk(cell, data));
		}
		return path;
	}
}
