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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.fuzz.ReaderFuzzing;

/**
 * A small valid Zarr folder for the fuzzers to damage: one array per codec path
 * we read (v2 raw, gzip, zstd, two Blosc flavours; v3 gzip with crc32c, sharded
 * with a crc32c index, Blosc), all 12 x 6 uint16 in 4 x 3 chunks, inside an
 * OME-Zarr v2 group whose multiscales names the v2 gzip array.
 */
final class ZarrFuzzFixture {

	static final List<String> ARRAYS = List.of("v2-raw", "v2-gzip", "v2-zstd",
		"v2-blosc-lz4", "v2-blosc-zstd-bit", "v3-gzip-crc32c", "v3-sharded",
		"v3-blosc");

	private static Path fixture;

	private ZarrFuzzFixture() {}

	/** The fixture, written once per JVM. */
	static synchronized Path get() throws IOException {
		if (fixture == null) {
			final Path root = ReaderFuzzing.emptyFolder("zarr-fixture");
			write(root);
			fixture = root;
		}
		return fixture;
	}

	private static void write(final Path root) throws IOException {
		ZarrGroup.create(root, 2, Map.of("multiscales", List.of(Map.of("version",
			"0.4", "axes", List.of(Map.of("name", "y", "type", "space"), Map.of(
				"name", "x", "type", "space")), "datasets", List.of(Map.of("path",
					"v2-gzip", "coordinateTransformations", List.of(Map.of("type",
						"scale", "scale", List.of(1.0, 1.0)))))))));
		final ZarrLayout[] layouts = { ZarrLayout.v2(), ZarrLayout.v2()
			.withCompressor(ZarrCompressor.gzip(5)), ZarrLayout.v2().withCompressor(
				ZarrCompressor.zstd(3)), ZarrLayout.v2().withCompressor(ZarrCompressor
					.blosc("lz4", 5, BloscCodec.Shuffle.BYTE, 0)), ZarrLayout.v2()
						.withCompressor(ZarrCompressor.blosc("zstd", 3,
							BloscCodec.Shuffle.BIT, 0)), ZarrLayout.v3().withCompressor(
								ZarrCompressor.gzip(5)).withCrc32c(), ZarrLayout.v3()
									.withCrc32c().withShards(8, 6), ZarrLayout.v3()
										.withCompressor(ZarrCompressor.blosc("lz4", 5,
											BloscCodec.Shuffle.BYTE, 0)) };
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 12, 6 },
			new int[] { 4, 3 }, DataType.UINT16, 0L, List.of());
		for (int i = 0; i < layouts.length; i++) {
			final ZarrArray a = ZarrArray.create(root.resolve(ARRAYS.get(i)), meta,
				layouts[i]);
			for (long y = 0; y < 2; y++)
				for (long x = 0; x < 3; x++)
					a.writeChunk(new long[] { x, y }, ramp(x, y));
		}
	}

	private static Chunk ramp(final long x, final long y) {
		final short[] values = new short[12];
		for (int i = 0; i < values.length; i++)
			values[i] = (short) (1000 * x + 100 * y + i);
		return new Chunk(new int[] { 4, 3 }, values);
	}

	/** The metadata file of array {@code folder}: zarr.json or .zarray. */
	static Path metadataFile(final Path folder) {
		final Path v3 = folder.resolve("zarr.json");
		return Files.exists(v3) ? v3 : folder.resolve(".zarray");
	}

	/**
	 * The chunk (or shard) file holding grid position 0, 0 of array
	 * {@code folder}.
	 */
	static Path firstChunkFile(final Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(f -> !f.getFileName()
				.toString().startsWith(".") && !f.getFileName().toString().equals(
					"zarr.json")).sorted().findFirst().orElseThrow(() -> new IOException(
						"no chunk in " + folder));
		}
	}
}
