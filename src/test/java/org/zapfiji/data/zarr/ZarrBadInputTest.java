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

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FillValues;
import org.zapfiji.data.FormatException;

/**
 * Damaged or hostile Zarr input: every case is a {@link FormatException} that
 * names the file and the problem, quickly, without allocating by a size read
 * from the file.
 */
class ZarrBadInputTest {

	@TempDir
	Path folder;

	private static final String V2 = "{\"zarr_format\": 2, \"shape\": [5, 7]," +
		" \"chunks\": [2, 3], \"dtype\": \"<u2\", \"compressor\": %s," +
		" \"fill_value\": 0, \"order\": \"C\", \"filters\": %s%s}";

	private Path v2(final String name, final String compressor,
		final String filters, final String extra) throws IOException
	{
		final Path a = folder.resolve(name);
		Files.createDirectories(a);
		Files.writeString(a.resolve(".zarray"), String.format(V2, compressor,
			filters, extra));
		return a;
	}

	private static FormatException fails(final Path array,
		final String... words)
	{
		final FormatException e = assertThrows(FormatException.class,
			() -> ZarrArray.open(array));
		for (final String w : words)
			assertTrue(e.getMessage().contains(w), "'" + w + "' missing in: " + e
				.getMessage());
		return e;
	}

	@Test
	void corruptJsonNamesFileAndPosition() throws IOException {
		final Path a = folder.resolve("corrupt");
		Files.createDirectories(a);
		Files.writeString(a.resolve(".zarray"),
			"{\"zarr_format\": 2,\n \"shape\": [5, 7");
		fails(a, a.resolve(".zarray").toString(), "line 2", "column");
	}

	@Test
	void unknownCompressorAndFiltersAreNamed() throws IOException {
		fails(v2("lzma", "{\"id\": \"lzma\"}", "null", ""), ".zarray", "lzma");
		fails(v2("delta", "null", "[{\"id\": \"delta\", \"dtype\": \"<u2\"}]", ""),
			".zarray", "filters", "delta");
		final Path complex = v2("complex", "null", "null", "");
		Files.writeString(complex.resolve(".zarray"), Files.readString(complex
			.resolve(".zarray")).replace("<u2", "<c8"));
		fails(complex, ".zarray", "dtype", "<c8");
		fails(folder.resolve("nothing"), "no Zarr array");
	}

	@Test
	void unknownV3CodecAndStorageTransformerAreNamed() throws IOException {
		final String base = "{\"zarr_format\": 3, \"node_type\": \"array\"," +
			" \"shape\": [4], \"data_type\": \"uint8\", \"chunk_grid\": {\"name\":" +
			" \"regular\", \"configuration\": {\"chunk_shape\": [2]}}," +
			" \"fill_value\": 0, \"codecs\": %s%s}";
		final Path a = folder.resolve("v3");
		Files.createDirectories(a);
		Files.writeString(a.resolve("zarr.json"), String.format(base,
			"[{\"name\": \"bytes\"}, {\"name\": \"lzma\"}]", ""));
		fails(a, "zarr.json", "lzma");
		Files.writeString(a.resolve("zarr.json"), String.format(base,
			"[{\"name\": \"bytes\"}]",
			", \"storage_transformers\": [{\"name\": \"chunk-manifest\"}]"));
		fails(a, "zarr.json", "storage_transformers", "chunk-manifest");
		Files.writeString(a.resolve("zarr.json"), String.format(base,
			"[{\"name\": \"bytes\"}]",
			", \"chunk_key_encoding\": {\"name\": \"default\", \"configuration\": {\"separator\": \"/../\"}}"));
		fails(a, "zarr.json", "separator", "/../");
	}

	@Test
	void separatorThatEscapesTheRootIsRefused() throws IOException {
		fails(v2("sep", "null", "null", ", \"dimension_separator\": \"/../\""),
			"dimension_separator", "/../");
		final Path group = folder.resolve("ome");
		ZarrGroup.create(group, 2, Map.of("multiscales", List.of(Map.of("axes", List
			.of("y", "x"), "datasets", List.of(Map.of("path", "../v2-outside"))))));
		final FormatException e = assertThrows(FormatException.class,
			() -> new ZarrFormat().open(group));
		assertTrue(e.getMessage().contains("../v2-outside"), e.getMessage());
	}

	@Test
	void elementCountOverflowIsRefused() throws IOException {
		final Path a = folder.resolve("overflow");
		Files.createDirectories(a);
		Files.writeString(a.resolve(".zarray"), "{\"zarr_format\": 2, \"shape\":" +
			" [4294967296, 4294967296, 4294967296], \"chunks\": [1, 1, 1]," +
			" \"dtype\": \"|u1\", \"compressor\": null, \"fill_value\": 0," +
			" \"order\": \"C\", \"filters\": null}");
		fails(a, ".zarray", "overflows");
	}

	private ZarrArray writtenArray(final ZarrCompressor compressor)
		throws IOException
	{
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 7, 5 }, new int[] {
			3, 2 }, DataType.UINT16, 0L, List.of());
		final ZarrArray array = ZarrArray.create(folder.resolve("written-" +
			compressor), meta, ZarrLayout.v2().withCompressor(compressor));
		array.writeChunk(new long[] { 0, 0 }, new Chunk(new int[] { 3, 2 },
			FillValues.filled(DataType.UINT16, 1000, 6)));
		return array;
	}

	@Test
	void chunkOfTheWrongSizeNamesTheFile() throws IOException {
		final ZarrArray array = writtenArray(null);
		final Path chunk = Path.of(array.location(), "0.0");
		Files.write(chunk, new byte[6]); // three uint16, not six: a dtype mismatch
		final FormatException e = assertThrows(FormatException.class, () -> array
			.readChunk(new long[] { 0, 0 }));
		assertTrue(e.getMessage().contains(chunk.toString()) && e.getMessage()
			.contains("expected 12"), e.getMessage());
	}

	@Test
	void truncatedChunkNamesTheFile() throws IOException {
		final ZarrArray array = writtenArray(ZarrCompressor.gzip(5));
		final Path chunk = Path.of(array.location(), "0.0");
		final byte[] bytes = Files.readAllBytes(chunk);
		Files.write(chunk, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		final FormatException e = assertThrows(FormatException.class, () -> array
			.readChunk(new long[] { 0, 0 }));
		assertTrue(e.getMessage().contains(chunk.toString()), e.getMessage());
	}

	/**
	 * A sparse 3 GiB chunk file: refused from its size alone, before any read
	 * (reading it would take seconds and more memory than a chunk needs).
	 */
	@Test
	void oversizedChunkFileIsRefusedBeforeReading() throws IOException {
		final ZarrArray array = writtenArray(ZarrCompressor.gzip(5));
		final Path chunk = Path.of(array.location(), "0.0");
		try (RandomAccessFile f = new RandomAccessFile(chunk.toFile(), "rw")) {
			f.setLength(3L << 30);
		}
		final FormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
			() -> assertThrows(FormatException.class, () -> array.readChunk(
				new long[] { 0, 0 })));
		assertTrue(e.getMessage().contains(chunk.toString()) && e.getMessage()
			.contains("at most"), e.getMessage());
	}

	@Test
	void groupWithoutMultiscalesOrLevelsSaysWhatItHas() throws IOException {
		final Path group = folder.resolve("plain");
		ZarrGroup.create(group, 3, Map.of("a", 1L));
		final FormatException e = assertThrows(FormatException.class,
			() -> new ZarrFormat().open(group));
		assertTrue(e.getMessage().contains("multiscales"), e.getMessage());
		Files.writeString(group.resolve("zarr.json"), "{\"zarr_format\": 3," +
			" \"node_type\": \"group\", \"attributes\": [1, 2]}",
			StandardCharsets.UTF_8);
		assertThrows(FormatException.class, () -> ZarrGroup.open(group));
	}
}
