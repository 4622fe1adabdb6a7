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

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.DataType;
import org.zapfiji.data.Volume;
import org.zapfiji.task.Progress;

/**
 * Run in a child JVM with a small heap by {@link BdvHdf5MemoryTest}: converts a
 * lazy uint16 volume of 512 × 512 × 64 × 8 (256 MiB, computed chunk by chunk
 * and never stored) to BigDataViewer XML + HDF5 on two threads. Exits 0 and
 * prints the heap limit when done; a conversion that needed the volume in
 * memory dies with OutOfMemoryError instead.
 */
public final class LargeBdvConversionMain {

	static final long[] SHAPE = { 512, 512, 64, 8 };

	static final int[] CHUNK = { 128, 128, 16, 1 };

	private LargeBdvConversionMain() {}

	/** The voxel at x, y, z, t; the formula the checks use. */
	static int value(final long x, final long y, final long z, final long t) {
		return (int) ((x * 7 + y * 13 + z * 31 + t * 1009) & 0xffff);
	}

	/** A volume whose chunks are computed when read. */
	static Volume lazyVolume() {
		final ArrayMetadata meta = ArrayMetadata.of(SHAPE, CHUNK, DataType.UINT16,
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
				int i = 0;
				for (int t = 0; t < cell[3]; t++)
					for (int z = 0; z < cell[2]; z++)
						for (int y = 0; y < cell[1]; y++)
							for (int x = 0; x < cell[0]; x++)
								data[i++] = (short) value(p[0] * CHUNK[0] + x, p[1] * CHUNK[1] +
									y, p[2] * CHUNK[2] + z, p[3] * CHUNK[3] + t);
				return new Chunk(cell, data);
			}
		};
		return Volume.single("synthetic", array, meta.axisNames(), new double[] {
			0.406, 0.406, 4, 1 }, List.of("µm", "µm", "µm", "s"));
	}

	public static void main(final String[] args) throws Exception {
		final Path xml = Paths.get(args[0]);
		VolumeConversion.to(OutputFormat.BDV).withThreads(2).convert(lazyVolume(),
			xml, Progress.silent());
		System.out.println("converted with max heap " + Runtime.getRuntime()
			.maxMemory());
	}
}
