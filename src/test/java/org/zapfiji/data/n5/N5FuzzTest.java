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

package org.zapfiji.data.n5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.fuzz.ReaderFuzzing;
import org.zapfiji.fuzz.SeedFiles;

/**
 * N5 from a hostile or broken writer: a dataset's attributes.json, the
 * container's root attributes.json, or a block (header: mode, dimensions,
 * sizes, element count; then raw, gzip, zstd or Blosc data) replaced by fuzz
 * bytes. Opening the dataset and reading two blocks may only fail with a
 * message. The last input byte picks the file.
 */
class N5FuzzTest {

	private static final List<String> DATASETS = List.of("raw", "gzip", "zstd",
		"blosc");

	/** Selectors: blocks 0-3, dataset attributes 4-7, root attributes 8. */
	private static final int ROOT = 2 * DATASETS.size();

	private static Path fixture;

	@FuzzTest(maxDuration = ReaderFuzzing.BUDGET)
	void n5(final FuzzedDataProvider data) throws Exception {
		final int which = data.consumeInt(0, ROOT);
		final byte[] bytes = data.consumeRemainingAsBytes();
		final Path root = fixture();
		final String dataset = DATASETS.get(which % DATASETS.size());
		ReaderFuzzing.withReplaced(file(root, which), bytes, () -> ReaderFuzzing
			.readCorners(N5Container.open(root).openDataset(dataset)));
	}

	private static Path file(final Path root, final int which) {
		if (which == ROOT) return root.resolve("attributes.json");
		final Path dataset = root.resolve(DATASETS.get(which % DATASETS.size()));
		return which < DATASETS.size() ? dataset.resolve("0/0") : dataset.resolve(
			"attributes.json");
	}

	/** Four 12 x 6 uint16 datasets in 4 x 3 blocks, one per compression. */
	private static synchronized Path fixture() throws IOException {
		if (fixture == null) {
			final Path root = ReaderFuzzing.emptyFolder("n5-fixture").resolve("c.n5");
			final N5Container n5 = N5Container.create(root);
			final ArrayMetadata meta = ArrayMetadata.of(new long[] { 12, 6 },
				new int[] { 4, 3 }, DataType.UINT16, 0L, List.of());
			final N5Compression[] compressions = { N5Compression.raw(), N5Compression
				.gzip(5), N5Compression.zstd(3), N5Compression.blosc("lz4", 5, 1, 0,
					DataType.UINT16) };
			for (int i = 0; i < compressions.length; i++) {
				final N5Array a = n5.createDataset(DATASETS.get(i), meta,
					compressions[i]);
				for (long y = 0; y < 2; y++)
					for (long x = 0; x < 3; x++) {
						final short[] values = new short[12];
						for (int v = 0; v < values.length; v++)
							values[v] = (short) (1000 * x + 100 * y + v);
						a.writeChunk(new long[] { x, y }, new Chunk(new int[] { 4, 3 },
							values));
					}
			}
			fixture = root;
		}
		return fixture;
	}

	/** Writes the valid seeds: every block and attributes file replaced. */
	public static void main(final String[] args) throws IOException {
		final Path seeds = SeedFiles.folder(SeedFiles.resources(args),
			N5FuzzTest.class, "n5");
		final Path root = fixture();
		for (int which = 0; which <= ROOT; which++)
			SeedFiles.write(seeds, "valid-" + root.relativize(file(root, which))
				.toString().replace('/', '-'), SeedFiles.withSelector(Files
					.readAllBytes(file(root, which)), which));
	}
}
