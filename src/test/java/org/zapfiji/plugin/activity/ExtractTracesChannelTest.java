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

package org.zapfiji.plugin.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.activity.MiniZapbenchFiles;
import org.zapfiji.activity.TraceTable;
import org.zapfiji.activity.TraceTables;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.VolumeRegion;
import org.zapfiji.plugin.batch.BatchMacroRunner;
import org.zapfiji.plugin.batch.HeadlessCommands;

/**
 * {@code ZAP Extract Traces} on volumes whose last Zarr axis holds 0 = truth, 1
 * = prediction, through ImageJ's macro interpreter. The volumes are Zarr v3
 * arrays written here by hand from the specification (literal
 * {@code zarr.json}, chunks spelled out in C order, little-endian float32, edge
 * chunks stored whole with padding that must be cut away), holding frames 0 to
 * 3 of the mini-ZAPBench's ΔF/F as prediction and twice it as truth. So the
 * prediction's traces must equal, bit for bit, those of the plain ΔF/F volume,
 * and the truth's must be exactly twice them.
 */
class ExtractTracesChannelTest {

	private static final int X = 256, Y = 192, Z = 8, FRAMES = 4;

	/** Chunks in Zarr order: x, y, z, (t), channel. */
	private static final int CX = 128, CY = 128;

	@TempDir
	static Path shared;

	private static Path root;

	/** [frame][x + X (y + Y z)] of the mini's ΔF/F. */
	private static float[][] dff;

	@TempDir
	Path folder;

	@BeforeAll
	static void setUp() throws Exception {
		HeadlessCommands.install(ExtractTracesChannelTest.class.getClassLoader());
		root = MiniZapbenchFiles.write(shared.resolve("mini"));
		dff = new float[FRAMES][];
		for (int t = 0; t < FRAMES; t++)
			dff[t] = VolumeRegion.read(MiniZapbenchFiles.open(root,
				MiniZapbenchFiles.DFF), t, new long[3], new int[] { X, Y, Z },
				new ChunkCache(64L << 20));
	}

	@Test
	void predictionTracesEqualThePlainVolumesAndTruthIsTwiceThem()
		throws Exception
	{
		final Path pair = pair(shared.resolve("xyztc"), "\"x\", \"y\", \"z\", " +
			"\"t\", \"c\"", "", true);
		final TraceTable plain = extract(root.resolve(MiniZapbenchFiles.DFF),
			"time_to=" + (FRAMES - 1) + " ");
		final TraceTable recorded = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		assertSame(recorded.readFrames(0, FRAMES), plain.readFrames(0, FRAMES), 1,
			"plain ΔF/F against the recorded traces");
		final float[] expected = plain.readFrames(0, FRAMES);
		for (final String channel : new String[] { "", "channel=auto ",
			"channel=prediction ", "channel=1 " })
		{
			final TraceTable p = extract(pair, channel);
			assertEquals(FRAMES, p.frames());
			assertSame(expected, p.readFrames(0, FRAMES), 1, "'" + channel + "'");
		}
		for (final String channel : new String[] { "channel=truth ",
			"channel=TRUTH ", "channel=0 " })
			assertSame(expected, extract(pair, channel).readFrames(0, FRAMES), 2,
				"'" + channel + "'");
	}

	/**
	 * ZAPBench's own video forecasts: [sample, x, y, z, t, g] with dimension
	 * names b and g; and an unnamed last axis, which keeps x, y, z and t named.
	 */
	@Test
	void zapbenchNamesAndAnUnnamedLastAxis() throws Exception {
		final float[] expected = extract(root.resolve(MiniZapbenchFiles.DFF),
			"time_to=" + (FRAMES - 1) + " ").readFrames(0, FRAMES);
		final Path zapbench = pair(folder.resolve("bxyztg"), "\"b\", \"x\", " +
			"\"y\", \"z\", \"t\", \"g\"", "0/", true);
		assertSame(expected, extract(zapbench, "").readFrames(0, FRAMES), 1,
			"ZAPBench's b, x, y, z, t, g");
		final Path unnamed = pair(folder.resolve("xyzt_"), "\"x\", \"y\", " +
			"\"z\", \"t\", null", "", true);
		assertSame(expected, extract(unnamed, "").readFrames(0, FRAMES), 1,
			"x, y, z, t, null");
		assertSame(expected, extract(unnamed, "channel=truth ").readFrames(0,
			FRAMES), 2, "x, y, z, t, null: truth");
	}

	@Test
	void oneFrameWithoutATimeAxis() throws Exception {
		final Path still = pair(folder.resolve("xyzc"), "\"x\", \"y\", \"z\", " +
			"\"channel\"", "", false);
		final float[] frame2 = extract(root.resolve(MiniZapbenchFiles.DFF),
			"time_from=2 time_to=2 ").readFrames(0, 1);
		final TraceTable truth = extract(still, "channel=truth ");
		assertEquals(1, truth.frames());
		assertSame(frame2, truth.readFrames(0, 1), 2, "x, y, z, channel: truth");
		assertSame(frame2, extract(still, "").readFrames(0, 1), 1,
			"x, y, z, channel: auto");
	}

	@Test
	void aChannelOfAVolumeWithoutTheAxisOrPastItIsNamed() throws Exception {
		final Path s0 = root.resolve(MiniZapbenchFiles.DFF).resolve("s0");
		String failure = fail(s0, "channel=truth ");
		assertTrue(failure.contains("Key 'channel': " + s0 + ": channel 0: " +
			"expected a last axis (Zarr order) besides x, y, z and t"), failure);
		assertTrue(failure.contains("found axes x 256, y 192, z 8, t 64"), failure);
		final Path pair = pair(folder.resolve("pair"), "\"x\", \"y\", \"z\", " +
			"\"t\", \"c\"", "", true);
		failure = fail(pair, "channel=2 ");
		assertTrue(failure.contains("channel 2: expected an index below the size " +
			"of axis c, found axes x 256, y 192, z 8, t 4, c 2"), failure);
		failure = fail(pair, "channel=both ");
		assertTrue(failure.contains("Key 'channel': expected auto, truth, " +
			"prediction or an index from 0, found 'both'"), failure);
		try (java.util.stream.Stream<Path> left = Files.list(folder)) {
			assertEquals(1, left.count(), "no output was written");
		}
	}

	/**
	 * {@code expected} times {@code factor}, bit for bit: doubling a float is
	 * exact, and so is the mean of doubled values.
	 */
	private static void assertSame(final float[] expected, final float[] actual,
		final int factor, final String what)
	{
		assertEquals(expected.length, actual.length, what);
		for (int i = 0; i < expected.length; i++)
			assertEquals(Float.floatToIntBits(factor * expected[i]), Float
				.floatToIntBits(actual[i]), what + ": value " + i);
	}

	private TraceTable extract(final Path volume, final String keys)
		throws IOException
	{
		final Path output = Files.createTempDirectory(folder, "out").resolve(
			"traces.npy");
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Extract Traces\", \"volume=[" + volume + "] segmentation=[" +
				root.resolve(MiniZapbenchFiles.SEGMENTATION) + "] output=[" + output +
				"] " + keys + "threads=2\");", "");
		assertNull(failure, failure);
		return TraceTables.open(output);
	}

	private String fail(final Path volume, final String keys) {
		final String failure = BatchMacroRunner.runMacro(
			"run(\"ZAP Extract Traces\", \"volume=[" + volume + "] segmentation=[" +
				root.resolve(MiniZapbenchFiles.SEGMENTATION) + "] output=[" + folder
					.resolve("none.npy") + "] " + keys + "\");", "");
		assertNotNull(failure, "expected a failure for " + keys);
		return failure;
	}

	/**
	 * A Zarr v3 array of the ΔF/F (index 1) and twice it (index 0) along a last
	 * axis of size 2: {@code names} are its dimension names, {@code lead} the
	 * chunk key of leading axes of size 1, and without {@code time} it holds
	 * frame 2 alone.
	 */
	private static Path pair(final Path array, final String names,
		final String lead, final boolean time) throws IOException
	{
		final int frames = time ? FRAMES : 1;
		final String leading = lead.isEmpty() ? "" : "1, ";
		final String chunkLead = lead.isEmpty() ? "" : "1, ";
		Files.createDirectories(array);
		Files.write(array.resolve("zarr.json"), ("{\"zarr_format\": 3, " +
			"\"node_type\": \"array\", \"shape\": [" + leading + X + ", " + Y + ", " +
			Z + (time ? ", " + frames : "") + ", 2], \"data_type\": \"float32\", " +
			"\"chunk_grid\": {\"name\": \"regular\", \"configuration\": " +
			"{\"chunk_shape\": [" + chunkLead + CX + ", " + CY + ", " + Z + (time
				? ", 1" : "") + ", 2]}}, \"chunk_key_encoding\": {\"name\": " +
			"\"default\", \"configuration\": {\"separator\": \"/\"}}, " +
			"\"fill_value\": 0.0, \"codecs\": [{\"name\": \"bytes\", " +
			"\"configuration\": {\"endian\": \"little\"}}], \"dimension_names\": [" +
			names + "]}").getBytes(StandardCharsets.UTF_8));
		for (int t = 0; t < frames; t++)
			for (int gx = 0; gx * CX < X; gx++)
				for (int gy = 0; gy * CY < Y; gy++) {
					final float[] values = dff[time ? t : 2];
					// C order: x slowest, then y, z, the channel fastest
					final ByteBuffer chunk = ByteBuffer.allocate(CX * CY * Z * 2 * 4)
						.order(ByteOrder.LITTLE_ENDIAN);
					for (int lx = 0; lx < CX; lx++)
						for (int ly = 0; ly < CY; ly++)
							for (int z = 0; z < Z; z++) {
								final int x = gx * CX + lx, y = gy * CY + ly;
								final boolean inside = x < X && y < Y;
								final float v = inside ? values[x + X * (y + Y * z)] : 1e6f;
								chunk.putFloat(2 * v).putFloat(v);
							}
					final Path file = array.resolve("c/" + lead + gx + "/" + gy + "/0" +
						(time ? "/" + t : "") + "/0");
					Files.createDirectories(file.getParent());
					Files.write(file, chunk.array());
				}
		return array;
	}
}
