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

package org.zapfiji.data.zarr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.zapfiji.fuzz.ReaderFuzzing;
import org.zapfiji.fuzz.SeedFiles;

/**
 * A chunk file from a hostile or broken writer, decoded through our codecs:
 * Blosc frames (lz4, zstd, byte and bit shuffle), gzip, zstd, crc32c and a
 * shard with its index. The last input byte picks the array whose first chunk
 * (or shard) is replaced by the other bytes; reading it may only fail with a
 * message.
 */
class ZarrChunkFuzzTest {

	@FuzzTest(maxDuration = ReaderFuzzing.BUDGET)
	void chunk(final FuzzedDataProvider data) throws Exception {
		final int which = data.consumeInt(0, ZarrFuzzFixture.ARRAYS.size() - 1);
		final byte[] bytes = data.consumeRemainingAsBytes();
		final Path array = ZarrFuzzFixture.get().resolve(ZarrFuzzFixture.ARRAYS.get(
			which));
		ReaderFuzzing.withReplaced(ZarrFuzzFixture.firstChunkFile(array), bytes,
			() -> {
				final ZarrArray a = ZarrArray.open(array);
				// all four 4 x 3 chunks of the 8 x 6 shard, for the sharded array
				for (long y = 0; y < 2; y++)
					for (long x = 0; x < 2; x++)
						a.readChunk(new long[] { x, y });
			});
	}

	/** Writes the valid seeds: the first chunk of every fixture array. */
	public static void main(final String[] args) throws IOException {
		final Path seeds = SeedFiles.folder(SeedFiles.resources(args),
			ZarrChunkFuzzTest.class, "chunk");
		final Path fixture = ZarrFuzzFixture.get();
		for (int i = 0; i < ZarrFuzzFixture.ARRAYS.size(); i++)
			SeedFiles.write(seeds, "valid-" + ZarrFuzzFixture.ARRAYS.get(i), SeedFiles
				.withSelector(Files.readAllBytes(ZarrFuzzFixture.firstChunkFile(fixture
					.resolve(ZarrFuzzFixture.ARRAYS.get(i)))), i));
	}
}
