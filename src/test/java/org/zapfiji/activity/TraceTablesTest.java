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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * Traces written in each format read back bit for bit, NumPy reads what we
 * write and we read what NumPy writes, and bad files are refused naming the
 * field.
 */
class TraceTablesTest {

	private static final int FRAMES = 700;

	private static final int NEURONS = 37;

	@TempDir
	Path folder;

	/** Random traces with a NaN and an infinity, frame after frame. */
	private static float[] traces() {
		final Random random = new Random(3);
		final float[] v = new float[FRAMES * NEURONS];
		for (int i = 0; i < v.length; i++)
			v[i] = (float) random.nextGaussian();
		v[5] = Float.NaN;
		v[77] = Float.NEGATIVE_INFINITY;
		return v;
	}

	private static void write(final Path target, final float[] values)
		throws IOException
	{
		try (TraceOutput out = TraceOutput.create(target, FRAMES, NEURONS, false)) {
			for (int from = 0; from < FRAMES; from += 300) {
				final int count = Math.min(300, FRAMES - from);
				out.write(java.util.Arrays.copyOfRange(values, from * NEURONS, (from +
					count) * NEURONS), count);
			}
			out.commit();
		}
	}

	private static float[] readAll(final TraceTable table) throws IOException {
		assertEquals(FRAMES, table.frames());
		assertEquals(NEURONS, table.neurons());
		final float[] all = new float[FRAMES * NEURONS];
		for (int from = 0; from < FRAMES; from += 123) {
			final int count = Math.min(123, FRAMES - from);
			System.arraycopy(table.readFrames(from, count), 0, all, from * NEURONS,
				count * NEURONS);
		}
		return all;
	}

	@Test
	void everyFormatReadsBackBitForBit() throws IOException {
		final float[] values = traces();
		for (final String name : List.of("traces.csv", "traces.npy",
			"traces.zarr"))
		{
			final Path file = folder.resolve(name);
			write(file, values);
			assertArrayEquals(values, readAll(TraceTables.open(file)), name);
		}
		final ZarrArray zarr = ZarrArray.open(folder.resolve("traces.zarr"));
		assertEquals(3, zarr.zarrVersion());
		assertArrayEquals(new int[] { 37, 512 }, zarr.metadata().chunkShape(),
			"ZAPBench's 512 × 512 chunks, cut to the neurons");
		assertEquals("frame,label_1,label_2", Files.readAllLines(folder.resolve(
			"traces.csv")).get(0).substring(0, 21));
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(List.of("traces.csv", "traces.npy", "traces.zarr"), left.map(
				p -> p.getFileName().toString()).sorted().collect(Collectors.toList()),
				"no staging folders left behind");
		}
	}

	/**
	 * Zarr traces keep the row of chunks a one-frame read came from: frames in
	 * any order, on both sides of a row's edge, read what the file holds, and a
	 * frame handed out is the reader's to change.
	 */
	@Test
	void framesReadOneByOneInAnyOrderMatchTheFile() throws IOException {
		final float[] values = traces();
		final Path file = folder.resolve("traces.zarr");
		write(file, values);
		final TraceTable table = TraceTables.open(file);
		for (final int t : new int[] { 0, 511, 512, 699, 3, 600, 510, 5 })
			assertArrayEquals(java.util.Arrays.copyOfRange(values, t * NEURONS, (t +
				1) * NEURONS), table.readFrames(t, 1), "frame " + t);
		table.readFrames(5, 1)[0] = 42;
		assertEquals(values[5 * NEURONS], table.readFrames(5, 1)[0]);
		assertArrayEquals(java.util.Arrays.copyOfRange(values, 510 * NEURONS, 514 *
			NEURONS), table.readFrames(510, 4), "across the edge of two rows");
	}

	@Test
	void unfinishedOutputLeavesNothing() throws IOException {
		final Path target = folder.resolve("half.npy");
		try (TraceOutput out = TraceOutput.create(target, FRAMES, NEURONS, false)) {
			out.write(new float[NEURONS], 1);
		}
		try (Stream<Path> left = Files.list(folder)) {
			assertEquals(0, left.count());
		}
		Files.writeString(target, "keep");
		final IOException e = assertThrows(IOException.class, () -> TraceOutput
			.create(target, 1, 1, false));
		assertTrue(e.getMessage().contains("only replaced with overwrite"));
		assertEquals("keep", Files.readString(target));
	}

	@Test
	void numpyReadsOursAndWeReadNumpys() throws IOException {
		DebianPython.assumeModules("numpy");
		final float[] values = traces();
		write(folder.resolve("ours.npy"), values);
		write(folder.resolve("ours.csv"), values);
		final String script = String.join("\n", "import sys, json", //
			"import numpy as np", //
			"a = np.load(sys.argv[1] + '/ours.npy')", //
			"c = np.genfromtxt(sys.argv[1] + '/ours.csv', delimiter=',', " +
				"skip_header=1, dtype=np.float32)[:, 1:]", //
			"assert a.dtype == np.float32 and a.shape == c.shape", //
			"np.save(sys.argv[1] + '/c.npy', a)", //
			"with open(sys.argv[1] + '/v2.npy', 'wb') as f:", //
			"    np.lib.format.write_array(f, a.astype(np.float64), version=(2, 0))",
			"np.save(sys.argv[1] + '/fortran.npy', np.asfortranarray(a))", //
			"print(json.dumps([list(a.shape), bool(np.array_equal(a, c, " +
				"equal_nan=True)), float(np.nansum(a[np.isfinite(a)]))]))", "");
		final JsonArray out = JsonParser.parseString(DebianPython.run(script, folder
			.toString()).expectSuccess()).getAsJsonArray();
		assertEquals("[700,37]", out.get(0).toString());
		assertTrue(out.get(1).getAsBoolean(), "the CSV holds the same values");
		for (final String name : List.of("c.npy", "v2.npy", "fortran.npy"))
			assertArrayEquals(values, readAll(TraceTables.open(folder.resolve(name))),
				name);
	}

	@Test
	void npyVersion2HeaderWrittenByHand() throws IOException {
		final String dict =
			"{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }";
		final ByteBuffer b = ByteBuffer.allocate(12 + dict.length() + 1 + 48).order(
			ByteOrder.LITTLE_ENDIAN);
		b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0 }).putInt(dict
			.length() + 1).put((dict + "\n").getBytes(StandardCharsets.US_ASCII));
		for (int i = 0; i < 6; i++)
			b.putDouble(i + 0.5);
		final Path file = folder.resolve("v2.npy");
		Files.write(file, b.array());
		final TraceTable t = TraceTables.open(file);
		assertArrayEquals(new float[] { 3.5f, 4.5f, 5.5f }, t.readFrames(1, 1));
	}

	@Test
	void csvWithoutFrameColumnAndWithEmptyCells() throws IOException {
		final Path file = folder.resolve("t.csv");
		Files.writeString(file, "a,b\n1,2\n,nan\n-inf,\"3.5\"\n");
		final TraceTable t = TraceTables.open(file);
		assertEquals(3, t.frames());
		assertArrayEquals(new float[] { 1, 2, Float.NaN, Float.NaN,
			Float.NEGATIVE_INFINITY, 3.5f }, t.readFrames(0, 3));
	}

	@Test
	void badFilesNameTheField() throws IOException {
		final Path bigEndian = folder.resolve("big.npy");
		Files.write(bigEndian, npy("{'descr': '>f4', 'fortran_order': False, " +
			"'shape': (2, 3), }", 24));
		assertEquals(bigEndian +
			": descr: expected '<f4' or '<f8' (little-endian " +
			"float32 or float64), found '>f4'", message(bigEndian));
		final Path cube = folder.resolve("cube.npy");
		Files.write(cube, npy("{'descr': '<f4', 'fortran_order': False, " +
			"'shape': (2, 3, 4), }", 96));
		assertEquals(cube + ": shape: expected two dimensions (frames, neurons), " +
			"found (2, 3, 4)", message(cube));
		final Path shortFile = folder.resolve("short.npy");
		Files.write(shortFile, npy("{'descr': '<f4', 'fortran_order': False, " +
			"'shape': (2, 3), }", 20));
		assertTrue(message(shortFile).startsWith(shortFile +
			": data: expected 24 bytes"), message(shortFile));
		final Path ragged = folder.resolve("ragged.csv");
		Files.writeString(ragged, "frame,label_1,label_2\n0,1,2\n1,2\n");
		assertEquals(ragged + ": line 3: expected 3 cells like the header row, " +
			"found 2 cells", message(ragged));
		final Path word = folder.resolve("word.csv");
		Files.writeString(word, "frame,label_1\n0,high\n");
		assertEquals(word + ": line 2 column 2: expected a number, found 'high'",
			message(word));
		final Path ints = folder.resolve("ints.zarr");
		ZarrArray.create(ints, ArrayMetadata.of(new long[] { 3, 2 }, new int[] { 3,
			2 }, DataType.UINT16, 0L, List.of()), ZarrLayout.v3());
		assertEquals(ints + ": data type: expected float32 or float64 (traces), " +
			"found uint16", message(ints));
		assertFalse(message(folder.resolve("none.npy")).isEmpty());
	}

	private static String message(final Path file) {
		return assertThrows(FormatException.class, () -> TraceTables.open(file))
			.getMessage();
	}

	/** A version 1 .npy file with {@code dict} and {@code dataBytes} zeros. */
	private static byte[] npy(final String dict, final int dataBytes) {
		final ByteBuffer b = ByteBuffer.allocate(10 + dict.length() + 1 + dataBytes)
			.order(ByteOrder.LITTLE_ENDIAN);
		b.put(new byte[] { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 }).putShort(
			(short) (dict.length() + 1)).put((dict + "\n").getBytes(
				StandardCharsets.US_ASCII));
		return b.array();
	}
}
