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
 * Zarr metadata from a hostile or broken file: one array's .zarray or zarr.json
 * (v3 codecs, sharding, chunk key encoding), or the OME-Zarr group's .zattrs,
 * replaced by fuzz bytes; opening and reading two chunks may only fail with a
 * message. The last input byte picks the file.
 */
class ZarrMetadataFuzzTest {

	private static final int GROUP_ATTRIBUTES = ZarrFuzzFixture.ARRAYS.size();

	@FuzzTest(maxDuration = ReaderFuzzing.BUDGET)
	void metadata(final FuzzedDataProvider data) throws Exception {
		final int which = data.consumeInt(0, GROUP_ATTRIBUTES);
		final byte[] bytes = data.consumeRemainingAsBytes();
		final Path root = ZarrFuzzFixture.get();
		if (which == GROUP_ATTRIBUTES) ReaderFuzzing.withReplaced(root.resolve(
			".zattrs"), bytes, () -> ReaderFuzzing.readCorners(new ZarrFormat()
				.openDataset(root)));
		else {
			final Path array = root.resolve(ZarrFuzzFixture.ARRAYS.get(which));
			ReaderFuzzing.withReplaced(ZarrFuzzFixture.metadataFile(array), bytes,
				() -> ReaderFuzzing.readCorners(ZarrArray.open(array)));
		}
	}

	/** Writes the valid seeds: every metadata file of the fixture. */
	public static void main(final String[] args) throws IOException {
		final Path seeds = SeedFiles.folder(SeedFiles.resources(args),
			ZarrMetadataFuzzTest.class, "metadata");
		final Path fixture = ZarrFuzzFixture.get();
		for (int i = 0; i < GROUP_ATTRIBUTES; i++)
			SeedFiles.write(seeds, "valid-" + ZarrFuzzFixture.ARRAYS.get(i), SeedFiles
				.withSelector(Files.readAllBytes(ZarrFuzzFixture.metadataFile(fixture
					.resolve(ZarrFuzzFixture.ARRAYS.get(i)))), i));
		SeedFiles.write(seeds, "valid-ome-zattrs", SeedFiles.withSelector(Files
			.readAllBytes(fixture.resolve(".zattrs")), GROUP_ATTRIBUTES));
	}
}
