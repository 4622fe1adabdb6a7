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

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.Volume;
import org.zapfiji.data.bdv.BigDataViewerFormat;
import org.zapfiji.data.n5.N5Format;
import org.zapfiji.data.tiff.TiffFormat;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrFormat;
import org.zapfiji.data.zarr.ZarrLayout;

/**
 * A small uint16 x, y, z, t recording stored as a real Zarr v3 array, whose
 * chunks do not divide the shape (edge chunks on every axis) and whose values
 * use all 16 bits, and the check that a converted copy holds the same voxels.
 */
public final class ConversionSamples {

	/** Shape x, y, z, t. */
	public static final long[] SHAPE = { 37, 29, 7, 5 };

	/** Source chunks x, y, z, t: edge chunks on every axis. */
	public static final int[] CHUNKS = { 16, 12, 3, 2 };

	/** Voxel size: µm for x, y, z, seconds for t. */
	public static final double[] SPACING = { 0.406, 0.406, 4, 0.9141 };

	private ConversionSamples() {}

	/** The voxel at x, y, z, t, unsigned; the formula the Python checks use. */
	public static int value(final long x, final long y, final long z,
		final long t)
	{
		return (int) ((x * 5003 + y * 307 + z * 41 + t * 9001) % 65536);
	}

	/** Writes the recording as a Zarr v3 array at {@code path}. */
	public static Path writeZarr(final Path path) throws IOException {
		final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNKS, DataType.UINT16,
			0L, List.of("x", "y", "z", "t"));
		final ZarrArray array = ZarrArray.create(path, meta, ZarrLayout.v3())
			.writeAttributes(java.util.Map.of("dimension_units", List.of("0.9141 s",
				"4 um", "0.406 um", "0.406 um")));
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] shape = meta.cellShape(p);
			final short[] data = new short[shape[0] * shape[1] * shape[2] * shape[3]];
			int i = 0;
			for (int t = 0; t < shape[3]; t++)
				for (int z = 0; z < shape[2]; z++)
					for (int y = 0; y < shape[1]; y++)
						for (int x = 0; x < shape[0]; x++)
							data[i++] = (short) value(p[0] * CHUNKS[0] + x, p[1] * CHUNKS[1] +
								y, p[2] * CHUNKS[2] + z, p[3] * CHUNKS[3] + t);
			array.writeChunk(p, new Chunk(shape, data));
		}
		return path;
	}

	/** The recording, opened from {@code zarr} as ZAP Fiji opens it. */
	public static Volume open(final Path zarr) throws IOException {
		return new ZarrFormat().open(zarr);
	}

	/** Opens a converted output with our reader for {@code format}. */
	public static Dataset read(final OutputFormat format, final Path output)
		throws IOException
	{
		switch (format) {
			case ZARR3:
			case ZARR2:
				return new ZarrFormat().openDataset(output);
			case N5:
				return new N5Format().openDataset(output);
			case TIFF:
				return new TiffFormat().openDataset(output);
			case HDF5:
				return PlainHdf5Files.read(output);
			default:
				return new BigDataViewerFormat().openDataset(output);
		}
	}

	/**
	 * Asserts that every voxel of {@code volume} (axes named x, y, z, t in any
	 * order; t may be missing if it has length 1) is the recording's from
	 * timepoint {@code firstT} on, and that it has {@code timepoints} of them.
	 */
	public static void assertVoxels(final Volume volume, final long firstT,
		final long timepoints) throws IOException
	{
		final ChunkedArray array = volume.level(0);
		final ArrayMetadata meta = array.metadata();
		final List<String> axes = volume.axes();
		final int[] role = new int[4];
		final String names = "xyzt";
		for (int a = 0; a < 4; a++)
			role[a] = axes.indexOf(names.substring(a, a + 1));
		final long[] expected = { SHAPE[0], SHAPE[1], SHAPE[2], timepoints };
		for (int a = 0; a < 4; a++)
			assertEquals(expected[a], role[a] < 0 ? 1 : meta.shape()[role[a]],
				"length of axis " + names.charAt(a) + " in " + array.location() +
					" with axes " + axes);
		int checked = 0;
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final Chunk chunk = array.readChunk(p);
			if (chunk == null) throw new AssertionError(array.location() +
				": chunk " + java.util.Arrays.toString(p) + " was not written");
			final int[] shape = meta.cellShape(p);
			final int n = shape.length;
			final long[] at = new long[n];
			for (int i = 0; i < chunk.size(); i++) {
				long rest = i;
				for (int d = 0; d < n; d++) {
					at[d] = p[d] * meta.chunkShape()[d] + rest % shape[d];
					rest /= shape[d];
				}
				final int found = java.lang.reflect.Array.getShort(chunk.data(), i) &
					0xffff;
				final int want = value(at[role[0]], at[role[1]], at[role[2]],
					(role[3] < 0 ? 0 : at[role[3]]) + firstT);
				if (found != want) throw new AssertionError(array.location() +
					": voxel " + java.util.Arrays.toString(at) + " is " + found +
					", expected " + want);
				checked++;
			}
		}
		assertEquals(SHAPE[0] * SHAPE[1] * SHAPE[2] * timepoints, checked);
	}
}
