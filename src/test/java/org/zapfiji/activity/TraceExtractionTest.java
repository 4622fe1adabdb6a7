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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.data.tiff.TiffFormat;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.Progress;

/**
 * Trace extraction reproduces the mini-ZAPBench's traces bit for bit (they are,
 * by construction, the segment means of the s0 ΔF/F rounded once to float),
 * whatever the threads, the files' chunking and axis order.
 */
class TraceExtractionTest {

	@TempDir
	static Path folder;

	private static Path root;

	private static float[] recorded;

	private static int neurons;

	@BeforeAll
	static void generate() throws IOException {
		root = MiniZapbenchFiles.write(folder.resolve("mini"));
		final TraceTable traces = TraceTables.open(root.resolve(
			MiniZapbenchFiles.TRACES));
		neurons = traces.neurons();
		recorded = traces.readFrames(0, traces.frames()).clone();
	}

	/** Frames {@code from..to} extracted, frame after frame. */
	private static float[] extract(final Volume volume, final Volume labels,
		final int from, final int to, final int threads) throws IOException
	{
		final TraceExtraction extraction = new TraceExtraction(volume, labels,
			new ChunkCache(64L << 20));
		final float[] out = new float[(to - from + 1) * neurons];
		final int[] filled = { 0 };
		final int columns = extraction.extract(from, to, threads, (rows, count) -> {
			System.arraycopy(rows, 0, out, filled[0], count * neurons);
			filled[0] += count * neurons;
		}, Progress.silent());
		assertEquals(neurons, columns);
		assertEquals(out.length, filled[0]);
		return out;
	}

	private static void assertSameBits(final float[] expected,
		final int firstFrame, final float[] actual)
	{
		for (int i = 0; i < actual.length; i++)
			assertEquals(Float.floatToIntBits(expected[firstFrame * neurons + i]),
				Float.floatToIntBits(actual[i]), "frame " + (firstFrame + i / neurons) +
					" column " + i % neurons);
	}

	@Test
	void segmentMeansOfDeltaFOverFAreTheRecordedTraces() throws IOException {
		final Volume dff = MiniZapbenchFiles.open(root, MiniZapbenchFiles.DFF);
		final Volume labels = MiniZapbenchFiles.open(root,
			MiniZapbenchFiles.SEGMENTATION);
		assertSameBits(recorded, 0, extract(dff, labels, 0, 63, 1));
		assertSameBits(recorded, 0, extract(dff, labels, 0, 63, 3));
		assertSameBits(recorded, 17, extract(dff, labels, 17, 30, 2));
	}

	@Test
	void otherChunkingAndAxisOrderGiveTheSameBits() throws IOException {
		final Volume dff = MiniZapbenchFiles.open(root, MiniZapbenchFiles.DFF)
			.atLevel(0);
		final Path tiff = folder.resolve("dff.tif");
		VolumeConversion.to(OutputFormat.TIFF).convert(dff, tiff, Progress
			.silent());
		final Path zarr = folder.resolve("labels.zarr");
		VolumeConversion.to(OutputFormat.ZARR2).withChunk("50,70,3").convert(
			MiniZapbenchFiles.open(root, MiniZapbenchFiles.SEGMENTATION), zarr,
			Progress.silent());
		final Volume planes = new TiffFormat().openDataset(tiff).volumes().get(0);
		final Volume labels = new ZarrFormat().open(zarr);
		assertEquals(List.of("x", "y", "z", "t"), planes.axes().subList(0, 4));
		assertSameBits(recorded, 0, extract(planes, labels, 0, 63, 2));
	}

	@Test
	void labelWithoutVoxelsGivesNaNAndColumnsFollowLabels() throws IOException {
		// 3 × 2 voxels, 2 frames; labels 1, 2, 4 (no 3)
		final Volume volume = volume("v", new long[] { 3, 2, 1, 2 },
			DataType.FLOAT32, new float[] { 1, 2, 3, 4, 5, 6, 10, 20, 30, 40, 50,
				60 }, List.of("x", "y", "z", "t"));
		final Volume labels = volume("s", new long[] { 3, 2, 1 }, DataType.UINT8,
			new byte[] { 1, 1, 2, 0, 4, 4 }, List.of("x", "y", "z"));
		final TraceExtraction e = new TraceExtraction(volume, labels,
			new ChunkCache(1 << 20));
		final float[][] rows = new float[2][];
		final int[] frame = { 0 };
		assertEquals(4, e.extract(0, 1, 2, (r, count) -> {
			for (int t = 0; t < count; t++)
				rows[frame[0]++] = java.util.Arrays.copyOfRange(r, t * 4, t * 4 + 4);
		}, Progress.silent()));
		org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] { 1.5f, 3,
			Float.NaN, 5.5f }, rows[0]);
		org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] { 15, 30,
			Float.NaN, 55 }, rows[1]);
	}

	@Test
	void mismatchedSizesNameBothFiles() throws IOException {
		final Volume half = MiniZapbenchFiles.open(root, MiniZapbenchFiles.DFF)
			.atLevel(1);
		final Volume labels = MiniZapbenchFiles.open(root,
			MiniZapbenchFiles.SEGMENTATION);
		final FormatException e = assertThrows(FormatException.class,
			() -> new TraceExtraction(half, labels, new ChunkCache(1 << 20)));
		assertEquals("volume " + root.resolve(MiniZapbenchFiles.DFF + "/s1") +
			" and segmentation " + root.resolve(MiniZapbenchFiles.SEGMENTATION) +
			" differ in size along x: 128 and 256 voxels; the segmentation must " +
			"label the volume's voxels one to one (full resolution)", e.getMessage());
	}

	@Test
	void channelsAndFloatLabelsAreRefused() throws IOException {
		final Volume twoChannels = volume("c", new long[] { 3, 2, 1, 2 },
			DataType.FLOAT32, new float[12], List.of("x", "y", "z", "c"));
		final Volume labels = volume("s", new long[] { 3, 2, 1 }, DataType.UINT8,
			new byte[6], List.of("x", "y", "z"));
		FormatException e = assertThrows(FormatException.class,
			() -> new TraceExtraction(twoChannels, labels, new ChunkCache(1 << 20)));
		assertTrue(e.getMessage().endsWith(": axis c: expected x, y, z and t " +
			"only (or size 1), found 2 values"), e.getMessage());
		final Volume floats = volume("f", new long[] { 3, 2, 1 }, DataType.FLOAT32,
			new float[6], List.of("x", "y", "z"));
		final Volume frame = volume("v", new long[] { 3, 2, 1 }, DataType.FLOAT32,
			new float[6], List.of("x", "y", "z"));
		e = assertThrows(FormatException.class, () -> new TraceExtraction(frame,
			floats, new ChunkCache(1 << 20)));
		assertTrue(e.getMessage().endsWith("data type: expected integer labels, " +
			"found float32"), e.getMessage());
		final Volume background = volume("b", new long[] { 3, 2, 1 },
			DataType.UINT8, new byte[6], List.of("x", "y", "z"));
		e = assertThrows(FormatException.class, () -> new TraceExtraction(frame,
			background, new ChunkCache(1 << 20)).scan(1, Progress.silent()));
		assertTrue(e.getMessage().endsWith(
			"labels: expected at least one segment " +
				"(labels above 0), found background only"), e.getMessage());
	}

	/** A one-chunk Zarr v3 array of {@code data} as a volume. */
	private static Volume volume(final String name, final long[] shape,
		final DataType type, final Object data, final List<String> axes)
		throws IOException
	{
		final int[] chunk = new int[shape.length];
		for (int d = 0; d < shape.length; d++)
			chunk[d] = (int) shape[d];
		final ZarrArray array = ZarrArray.create(folder.resolve(name + System
			.nanoTime()), ArrayMetadata.of(shape, chunk, type, 0L, axes), ZarrLayout
				.v3());
		array.writeChunk(new long[shape.length], new Chunk(chunk, data));
		final double[] ones = new double[shape.length];
		java.util.Arrays.fill(ones, 1);
		return Volume.single(name, array, axes, ones, java.util.Collections.nCopies(
			shape.length, ""));
	}
}
