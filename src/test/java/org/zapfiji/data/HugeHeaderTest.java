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

package org.zapfiji.data;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.n5.N5Container;
import org.zapfiji.data.zarr.ZarrArray;

/**
 * Headers that claim 2^40 elements per chunk (a terabyte of uint8): every
 * reader must refuse them from the header alone, quickly and with a message
 * naming the file and the field. Allocating first would end in an
 * OutOfMemoryError (the test heap is 1 GB) or a NegativeArraySizeException,
 * which these assertions would report instead of the expected FormatException.
 */
class HugeHeaderTest {

	private static final long TWO_TO_THE_20 = 1L << 20;

	@TempDir
	Path folder;

	@Test
	void zarrV2ChunkOf2To40Elements() throws IOException {
		final Path a = folder.resolve("v2");
		Files.createDirectories(a);
		Files.writeString(a.resolve(".zarray"), "{\"zarr_format\": 2," +
			" \"shape\": [" + TWO_TO_THE_20 + ", " + TWO_TO_THE_20 + "]," +
			" \"chunks\": [" + TWO_TO_THE_20 + ", " + TWO_TO_THE_20 + "]," +
			" \"dtype\": \"|u1\", \"compressor\": null, \"fill_value\": 0," +
			" \"order\": \"C\", \"filters\": null}");
		Files.write(a.resolve("0.0"), new byte[16]);
		refusedQuickly(a.resolve(".zarray"), () -> ZarrArray.open(a).readChunk(
			new long[2]));
	}

	@Test
	void zarrV3ChunkOf2To40Elements() throws IOException {
		final Path a = folder.resolve("v3");
		Files.createDirectories(a);
		Files.writeString(a.resolve("zarr.json"), "{\"zarr_format\": 3," +
			" \"node_type\": \"array\", \"shape\": [" + TWO_TO_THE_20 + ", " +
			TWO_TO_THE_20 + "], \"data_type\": \"uint8\", \"chunk_grid\":" +
			" {\"name\": \"regular\", \"configuration\": {\"chunk_shape\": [" +
			TWO_TO_THE_20 + ", " + TWO_TO_THE_20 + "]}}, \"fill_value\": 0," +
			" \"codecs\": [{\"name\": \"bytes\"}]}");
		refusedQuickly(a.resolve("zarr.json"), () -> ZarrArray.open(a).readChunk(
			new long[2]));
	}

	@Test
	void zarrV3ShardIndexOf2To40InnerChunks() throws IOException {
		final Path a = folder.resolve("sharded");
		Files.createDirectories(a);
		Files.writeString(a.resolve("zarr.json"), "{\"zarr_format\": 3," +
			" \"node_type\": \"array\", \"shape\": [" + TWO_TO_THE_20 + ", " +
			TWO_TO_THE_20 + "], \"data_type\": \"uint8\", \"chunk_grid\":" +
			" {\"name\": \"regular\", \"configuration\": {\"chunk_shape\": [" +
			TWO_TO_THE_20 + ", " + TWO_TO_THE_20 + "]}}, \"fill_value\": 0," +
			" \"codecs\": [{\"name\": \"sharding_indexed\", \"configuration\":" +
			" {\"chunk_shape\": [1, 1], \"codecs\": [{\"name\": \"bytes\"}]," +
			" \"index_codecs\": [{\"name\": \"bytes\", \"configuration\":" +
			" {\"endian\": \"little\"}}]}}]}");
		refusedQuickly(a.resolve("zarr.json"), () -> ZarrArray.open(a).readChunk(
			new long[2]));
	}

	@Test
	void n5BlockSizeOf2To40Elements() throws IOException {
		final Path root = folder.resolve("c.n5");
		Files.createDirectories(root.resolve("a"));
		Files.writeString(root.resolve("attributes.json"), "{\"n5\": \"4.0.0\"}");
		Files.writeString(root.resolve("a/attributes.json"), "{\"dimensions\": [" +
			TWO_TO_THE_20 + ", " + TWO_TO_THE_20 + "], \"blockSize\": [" +
			TWO_TO_THE_20 + ", " + TWO_TO_THE_20 + "], \"dataType\": \"uint8\"," +
			" \"compression\": {\"type\": \"raw\"}}");
		refusedQuickly(root.resolve("a/attributes.json"), () -> N5Container.open(
			root).openDataset("a").readChunk(new long[2]));
	}

	private static void refusedQuickly(final Path file, final Executable read) {
		final FormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
			() -> assertThrows(FormatException.class, read));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}
}
