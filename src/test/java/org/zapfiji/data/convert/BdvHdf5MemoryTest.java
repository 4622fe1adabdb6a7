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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.ChunkedArray;
import org.zapfiji.data.Dataset;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;

/**
 * {@code format=bdv} converts a volume four times larger than the heap: a child
 * JVM with {@value #HEAP} converts the 256 MiB lazy volume of
 * {@link LargeBdvConversionMain}, which would end in OutOfMemoryError if the
 * volume (or one timepoint per thread, 32 MiB each) were held in memory. Then
 * h5py checks one whole timepoint and samples of all the others, and our reader
 * checks shape, voxel size, level count and chunks from corners and middle.
 */
class BdvHdf5MemoryTest {

	private static final String HEAP = "-Xmx64m";

	@TempDir
	Path folder;

	@Test
	void convertsFourTimesTheHeapBlockByBlock() throws Exception {
		final Path xml = folder.resolve("big.xml");
		final Process child = new ProcessBuilder(Paths.get(System.getProperty(
			"java.home"), "bin", "java").toString(), HEAP, "-XX:TieredStopAtLevel=1",
			"-cp", System.getProperty("java.class.path"), LargeBdvConversionMain.class
				.getName(), xml.toString()).redirectErrorStream(true).start();
		final byte[] output = child.getInputStream().readAllBytes();
		assertTrue(child.waitFor(10, TimeUnit.MINUTES), "child finished");
		final String log = new String(output, StandardCharsets.UTF_8);
		assertEquals(0, child.exitValue(), log);
		final long heap = Long.parseLong(log.replaceAll(
			"(?s).*converted with max heap (\\d+).*", "$1"));
		final Path h5 = folder.resolve("big.h5");
		assertTrue(Files.size(h5) >= 4 * heap, Files.size(h5) + " bytes from a " +
			heap + "-byte heap");
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("big.h5", "big.xml"), files.map(p -> p.getFileName()
				.toString()).sorted().collect(java.util.stream.Collectors.toList()));
		}
		checkWithOurReader(xml);
		checkWithH5py(h5);
	}

	private static void checkWithOurReader(final Path xml) throws IOException {
		try (Dataset read = ConversionSamples.read(OutputFormat.BDV, xml)) {
			final Volume v = read.volumes().get(0);
			assertArrayEquals(LargeBdvConversionMain.SHAPE, v.metadata().shape());
			assertEquals(1, v.numLevels());
			assertEquals(0.406, v.spacing()[0], 1e-12);
			assertEquals(4, v.spacing()[2], 1e-12);
			final ChunkedArray array = v.level(0);
			final ArrayMetadata meta = array.metadata();
			final long[] grid = meta.gridShape();
			final long[][] positions = { { 0, 0, 0, 0 }, { grid[0] - 1, grid[1] - 1,
				grid[2] - 1, grid[3] - 1 }, { grid[0] / 2, 1, grid[2] / 2, 5 } };
			for (final long[] g : positions) {
				final Chunk c = array.readChunk(g);
				final int[] cell = c.shape();
				final short[] data = (short[]) c.data();
				int i = 0;
				for (int t = 0; t < cell[3]; t++)
					for (int z = 0; z < cell[2]; z++)
						for (int y = 0; y < cell[1]; y++)
							for (int x = 0; x < cell[0]; x++, i++)
								assertEquals(LargeBdvConversionMain.value(g[0] * meta
									.chunkShape()[0] + x, g[1] * meta.chunkShape()[1] + y, g[2] *
										meta.chunkShape()[2] + z, g[3] * meta.chunkShape()[3] + t),
									data[i] & 0xffff);
			}
		}
	}

	private static void checkWithH5py(final Path h5) {
		DebianPython.assumeModules("h5py", "numpy");
		final String script = String.join("\n", "import sys, h5py, numpy as np",
			"f = h5py.File(sys.argv[1], 'r')",
			"def value(x, y, z, t): return (x * 7 + y * 13 + z * 31 + t * 1009) & 0xffff",
			"c = f['t00007/s00/0/cells']",
			"z, y, x = np.meshgrid(range(64), range(512), range(512), indexing='ij')",
			"whole = bool((c[()].view(np.uint16) == value(x, y, z, 7)).all())",
			"rng = np.random.default_rng(7)", "bad = 0", "for t in range(8):",
			"    d = f['t%05d/s00/0/cells' % t]",
			"    assert d.shape == (64, 512, 512) and d.dtype == np.int16",
			"    for _ in range(300):",
			"        zz, yy, xx = (int(rng.integers(n)) for n in (64, 512, 512))",
			"        bad += int(d[zz, yy, xx]) & 0xffff != value(xx, yy, zz, t)",
			"print(whole, bad, f['s00/resolutions'][()].tolist(),",
			"      f['s00/subdivisions'][()].tolist())");
		assertEquals("True 0 [[1.0, 1.0, 1.0]] [[128, 128, 16]]", DebianPython.run(
			script, h5.toString()).expectSuccess().trim());
	}
}
