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

package org.zapfiji.data.bdv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.zapfiji.data.n5.N5Compression;
import org.zapfiji.fuzz.ReaderFuzzing;
import org.zapfiji.fuzz.SeedFiles;

/**
 * BigDataViewer datasets from a hostile or broken source: the dataset XML (HDF5
 * or N5 loader; ViewSetups, registrations, BasePath) replaced by fuzz bytes, or
 * the HDF5 file damaged in place (superblock, object headers, B-trees, chunk
 * data) by a few fuzzed byte patches and a fuzzed length. Opening through
 * {@link BigDataViewerFormat} and reading the first and last cell of every
 * level may only fail with a message. The last input byte picks the case.
 */
class BdvFuzzTest {

	private static final int HDF5_XML = 0;

	private static final int N5_XML = 1;

	private static final int HDF5_PATCHED = 2;

	private static Path fixture;

	@FuzzTest(maxDuration = ReaderFuzzing.BUDGET)
	void bdv(final FuzzedDataProvider data) throws Exception {
		final int which = data.consumeInt(HDF5_XML, HDF5_PATCHED);
		final Path root = fixture();
		if (which == HDF5_PATCHED) {
			final Path h5 = root.resolve("h5.h5");
			final byte[] bytes = patched(Files.readAllBytes(h5), data);
			ReaderFuzzing.withReplaced(h5, bytes, () -> open(root.resolve("h5.xml")));
		}
		else {
			final Path xml = root.resolve(which == HDF5_XML ? "h5.xml" : "n5.xml");
			ReaderFuzzing.withReplaced(xml, data.consumeRemainingAsBytes(),
				() -> open(xml));
		}
	}

	private static void open(final Path xml) throws IOException {
		ReaderFuzzing.readCorners(new BigDataViewerFormat().open(xml));
	}

	/**
	 * The valid file with up to 16 fuzzed runs of bytes written over it, then cut
	 * to a fuzzed length (most inputs keep it whole).
	 */
	private static byte[] patched(final byte[] valid,
		final FuzzedDataProvider data)
	{
		byte[] bytes = valid.clone();
		final int patches = data.consumeInt(0, 16);
		for (int p = 0; p < patches && data.remainingBytes() > 4; p++) {
			final int offset = data.consumeInt(0, bytes.length - 1);
			final byte[] run = data.consumeBytes(8);
			System.arraycopy(run, 0, bytes, offset, Math.min(run.length,
				bytes.length - offset));
		}
		if (data.consumeBoolean()) bytes = java.util.Arrays.copyOf(bytes, data
			.consumeInt(0, bytes.length));
		return bytes;
	}

	/** One uint16 volume, two levels, as HDF5 and as N5 with its XMLs. */
	private static synchronized Path fixture() throws IOException {
		if (fixture == null) {
			final Path root = ReaderFuzzing.emptyFolder("bdv-fixture");
			BdvHdf5Writer.write(root.resolve("h5.xml"), List.of(BdvTestVolumes
				.uint16Volume()));
			BdvN5Writer.write(root.resolve("n5.xml"), List.of(BdvTestVolumes
				.uint16Volume()), N5Compression.gzip(-1));
			fixture = root;
		}
		return fixture;
	}

	/** Writes the valid seeds: both XMLs, and the HDF5 file left whole. */
	public static void main(final String[] args) throws IOException {
		final Path seeds = SeedFiles.folder(SeedFiles.resources(args),
			BdvFuzzTest.class, "bdv");
		final Path root = fixture();
		SeedFiles.write(seeds, "valid-hdf5-xml", SeedFiles.withSelector(Files
			.readAllBytes(root.resolve("h5.xml")), HDF5_XML));
		SeedFiles.write(seeds, "valid-n5-xml", SeedFiles.withSelector(Files
			.readAllBytes(root.resolve("n5.xml")), N5_XML));
		// selector, then "no patches" and "no cut" read from the end as zeros
		SeedFiles.write(seeds, "valid-hdf5-file", new byte[] { 0, 0, 0,
			HDF5_PATCHED });
	}
}
