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

package org.zapfiji.faults;

import java.nio.file.Path;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.CacheLimit;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkCache;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.data.convert.CompressionChoice;
import org.zapfiji.data.convert.OutputFormat;
import org.zapfiji.data.convert.VolumeConversion;
import org.zapfiji.task.Progress;

/**
 * A volume computed chunk by chunk (never held whole, so a test can read or
 * write more than the heap), the source files the fault tests feed to the
 * commands, and the child JVM of {@link LoadTest}.
 */
public final class FaultChild {

	static final int[] CHUNK = { 64, 64, 8, 1 };

	private FaultChild() {}

	/** A uint16 volume of 256 × 256 × 32 × {@code timepoints}, 4 MiB a time. */
	static Volume lazyVolume(final long timepoints) {
		final long[] shape = { 256, 256, 32, timepoints };
		final ArrayMetadata meta = ArrayMetadata.of(shape, CHUNK, DataType.UINT16,
			0L, List.of("x", "y", "z", "t"));
		final ChunkedArray array = new ChunkedArray() {

			@Override
			public ArrayMetadata metadata() {
				return meta;
			}

			@Override
			public String location() {
				return "synthetic";
			}

			@Override
			public Chunk readChunk(final long[] p) {
				final int[] cell = meta.cellShape(p);
				final short[] data = new short[cell[0] * cell[1] * cell[2] * cell[3]];
				// Noise-like values so that compression cannot hide the size.
				long s = p[0] * 31 + p[1] * 131 + p[2] * 1031 + p[3] * 10007 + 1;
				for (int i = 0; i < data.length; i++) {
					s = s * 6364136223846793005L + 1442695040888963407L;
					data[i] = (short) (s >>> 48);
				}
				return new Chunk(cell, data);
			}
		};
		return Volume.single("synthetic", array, meta.axisNames(), new double[] {
			0.406, 0.406, 4, 1 }, List.of("µm", "µm", "µm", "s"));
	}

	/** Writes the lazy volume as uncompressed Zarr v2, a source for commands. */
	static Path writeSource(final Path zarr, final long timepoints)
		throws java.io.IOException
	{
		return write(zarr, "zarr2", timepoints);
	}

	/** Writes the lazy volume, uncompressed, in the format of that id. */
	static Path write(final Path out, final String format, final long timepoints)
		throws java.io.IOException
	{
		VolumeConversion.to(OutputFormat.forId(format)).withCompression(
			new CompressionChoice(format.equals("tiff") ? "auto" : "raw", -1, "byte"))
			.withThreads(1).convert(lazyVolume(timepoints), out, Progress.silent());
		return out;
	}

	/**
	 * {@code read <timepoints>}: reads every chunk of the lazy volume through a
	 * {@link ChunkCache} bounded at half the heap, twice, and prints
	 * {@code read <bytes> cache <max> inuse <bytes>}.
	 */
	public static void main(final String[] args) throws Exception {
		if (!args[0].equals("read")) throw new IllegalArgumentException(
			"unknown mode " + args[0]);
		final Volume volume = lazyVolume(Long.parseLong(args[1]));
		final ChunkedArray array = volume.level(0);
		final ChunkCache cache = ChunkCache.of(CacheLimit.ofHeapFraction(
			CacheLimit.DEFAULT_HEAP_FRACTION));
		final long[] grid = array.metadata().gridShape();
		long bytes = 0;
		long peak = 0;
		for (int pass = 0; pass < 2; pass++)
			for (long t = 0; t < grid[3]; t++)
				for (long z = 0; z < grid[2]; z++)
					for (long y = 0; y < grid[1]; y++)
						for (long x = 0; x < grid[0]; x++) {
							final Chunk c = cache.get(array, new long[] { x, y, z, t });
							bytes += 2L * c.shape()[0] * c.shape()[1] * c.shape()[2] * c
								.shape()[3];
							peak = Math.max(peak, cache.bytesInUse());
						}
		System.out.println("read " + bytes + " cache " + cache.maxBytes() +
			" peak " + peak);
	}
}
