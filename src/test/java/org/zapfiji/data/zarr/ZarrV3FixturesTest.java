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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.FormatException;

/**
 * Zarr v3 arrays built by hand from the specification (no v3 writer but ours is
 * available here): each {@code zarr.json} is literal text, each chunk is
 * spelled out byte by byte (or compressed with the JDK's own gzip stream), the
 * CRC-32C comes from {@link CRC32C}, checked first against the standard check
 * value of "123456789". The comments say how each fixture is laid out.
 */
class ZarrV3FixturesTest {

	@TempDir
	Path folder;

	private static void write(final Path file, final byte[] bytes)
		throws IOException
	{
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
	}

	private static void json(final Path array, final String text)
		throws IOException
	{
		write(array.resolve("zarr.json"), text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] crc32c(final byte[] data) {
		final CRC32C crc = new CRC32C();
		crc.update(data);
		return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(
			(int) crc.getValue()).array();
	}

	private static byte[] concat(final byte[]... parts) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (final byte[] p : parts)
			out.writeBytes(p);
		return out.toByteArray();
	}

	@Test
	void crc32cReferenceIsTheCastagnoliChecksum() {
		assertArrayEquals(new byte[] { (byte) 0x83, (byte) 0x92, 0x06,
			(byte) 0xe3 }, crc32c("123456789".getBytes(StandardCharsets.US_ASCII)));
	}

	/**
	 * uint16, C shape (3, 4), chunks (2, 4), codec bytes little-endian, keys
	 * c/i/j. Chunk c/0/0 holds 0..7; chunk c/1/0 is the edge chunk, stored whole:
	 * 8..11 then a padding row of 0xffff that must be cropped away.
	 */
	@Test
	void bytesLittleEndianWithEdgeChunk() throws IOException {
		final Path a = folder.resolve("u16");
		json(a,
			"{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": [3, 4]," +
				" \"data_type\": \"uint16\", \"chunk_grid\": {\"name\": \"regular\"," +
				" \"configuration\": {\"chunk_shape\": [2, 4]}}, \"chunk_key_encoding\":" +
				" {\"name\": \"default\", \"configuration\": {\"separator\": \"/\"}}," +
				" \"fill_value\": 0, \"codecs\": [{\"name\": \"bytes\", \"configuration\":" +
				" {\"endian\": \"little\"}}], \"dimension_names\": [\"y\", \"x\"]," +
				" \"attributes\": {\"note\": \"hand-made\"}}");
		write(a.resolve("c/0/0"), new byte[] { 0, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0,
			6, 0, 7, 0 });
		write(a.resolve("c/1/0"), new byte[] { 8, 0, 9, 0, 10, 0, 11, 0, -1, -1, -1,
			-1, -1, -1, -1, -1 });
		final ZarrArray array = ZarrArray.open(a);
		assertEquals("uint16 [4, 3] in chunks of [4, 2] axes [x, y]", array
			.metadata().toString());
		assertEquals("hand-made", array.attributes().get("note"));
		assertArrayEquals(new short[] { 0, 1, 2, 3, 4, 5, 6, 7 }, (short[]) array
			.readChunk(new long[] { 0, 0 }).data());
		final Chunk edge = array.readChunk(new long[] { 0, 1 });
		assertArrayEquals(new int[] { 4, 1 }, edge.shape());
		assertArrayEquals(new short[] { 8, 9, 10, 11 }, (short[]) edge.data());
	}

	/**
	 * float32 big-endian, C shape (2, 3) in one chunk, codecs transpose [1, 0],
	 * bytes big, crc32c; key encoding v2 with "." (key "0.0"); fill value as the
	 * hex bits of NaN. Element a[i][j] = 3i + j + 0.5; the transposed chunk is
	 * stored column by column: a00 a10 a01 a11 a02 a12.
	 */
	@Test
	void transposeBigEndianCrc32c() throws IOException {
		final Path a = folder.resolve("f32");
		json(a,
			"{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": [2, 3]," +
				" \"data_type\": \"float32\", \"chunk_grid\": {\"name\": \"regular\"," +
				" \"configuration\": {\"chunk_shape\": [2, 3]}}, \"chunk_key_encoding\":" +
				" {\"name\": \"v2\", \"configuration\": {\"separator\": \".\"}}," +
				" \"fill_value\": \"0x7fc00000\", \"codecs\": [{\"name\": \"transpose\"," +
				" \"configuration\": {\"order\": [1, 0]}}, {\"name\": \"bytes\"," +
				" \"configuration\": {\"endian\": \"big\"}}, {\"name\": \"crc32c\"}]}");
		final byte[] data = { 0x3f, 0, 0, 0, /* 0.5 */ 0x40, 0x60, 0, 0, /* 3.5 */
			0x3f, (byte) 0xc0, 0, 0, /* 1.5 */ 0x40, (byte) 0x90, 0, 0, /* 4.5 */
			0x40, 0x20, 0, 0, /* 2.5 */ 0x40, (byte) 0xb0, 0, 0 /* 5.5 */ };
		write(a.resolve("0.0"), concat(data, crc32c(data)));
		final ZarrArray array = ZarrArray.open(a);
		assertTrue(Double.isNaN(array.metadata().fillValue().doubleValue()));
		assertArrayEquals(new float[] { 0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f },
			(float[]) array.readChunk(new long[] { 0, 0 }).data());
		final byte[] stored = Files.readAllBytes(a.resolve("0.0"));
		stored[3] ^= 1; // a flipped bit: the stored checksum no longer matches
		write(a.resolve("0.0"), stored);
		final FormatException e = assertThrows(FormatException.class, () -> array
			.readChunk(new long[] { 0, 0 }));
		assertTrue(e.getMessage().contains("0.0") && e.getMessage().contains(
			"crc32c"), e.getMessage());
	}

	/**
	 * int32, C shape (2, 2), one chunk, bytes little + gzip (JDK's
	 * GZIPOutputStream), fill value "-Infinity" refused for an integer type in a
	 * second array.
	 */
	@Test
	void gzipChunkFromTheJdk() throws IOException {
		final Path a = folder.resolve("gz");
		json(a,
			"{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": [2, 2]," +
				" \"data_type\": \"int32\", \"chunk_grid\": {\"name\": \"regular\"," +
				" \"configuration\": {\"chunk_shape\": [2, 2]}}, \"fill_value\": -5," +
				" \"codecs\": [{\"name\": \"bytes\", \"configuration\": {\"endian\":" +
				" \"little\"}}, {\"name\": \"gzip\", \"configuration\": {\"level\": 1}}]}");
		final ByteArrayOutputStream gz = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
			out.write(new byte[] { 1, 0, 0, 0, -1, -1, -1, -1, 0, 0, 0, -128, 42, 0,
				0, 0 });
		}
		write(a.resolve("c/0/0"), gz.toByteArray());
		final ZarrArray array = ZarrArray.open(a);
		assertEquals(-5L, array.metadata().fillValue());
		assertArrayEquals(new int[] { 1, -1, Integer.MIN_VALUE, 42 }, (int[]) array
			.readChunk(new long[] { 0, 0 }).data());
	}

	private static String shardedJson(final String location) {
		return "{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": [4, 4]," +
			" \"data_type\": \"uint8\", \"chunk_grid\": {\"name\": \"regular\"," +
			" \"configuration\": {\"chunk_shape\": [4, 4]}}, \"fill_value\": 9," +
			" \"codecs\": [{\"name\": \"sharding_indexed\", \"configuration\":" +
			" {\"chunk_shape\": [2, 2], \"codecs\": [{\"name\": \"bytes\"}]," +
			" \"index_codecs\": [{\"name\": \"bytes\", \"configuration\": {\"endian\":" +
			" \"little\"}}, {\"name\": \"crc32c\"}], \"index_location\": \"" +
			location + "\"}}]}";
	}

	/** 4 index entries (offset, nbytes) as little-endian uint64, then CRC-32C. */
	private static byte[] index(final long... entries) {
		final ByteBuffer b = ByteBuffer.allocate(8 * entries.length).order(
			ByteOrder.LITTLE_ENDIAN);
		for (final long e : entries)
			b.putLong(e);
		return concat(b.array(), crc32c(b.array()));
	}

	/**
	 * uint8, C shape (4, 4) in one shard c/0/0 of 2 × 2 inner chunks (2, 2).
	 * Inner chunk (0,0) = 1 2 3 4, (0,1) empty (2^64-1 twice), (1,0) = 5 6 7 8,
	 * (1,1) = 9 10 11 12; stored out of order: (1,1) at 0, (0,0) at 4, (1,0) at
	 * 8, then the 64-byte index and its CRC-32C at the end (or, second variant,
	 * index first and every offset 68 larger).
	 */
	@Test
	void shardWithIndexAtEndAndAtStart() throws IOException {
		final byte[] chunks = { 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8 };
		for (final String location : List.of("end", "start")) {
			final Path a = folder.resolve("shard-" + location);
			json(a, shardedJson(location));
			final long shift = location.equals("start") ? 68 : 0;
			final byte[] index = index(4 + shift, 4, -1, -1, 8 + shift, 4, shift, 4);
			write(a.resolve("c/0/0"), location.equals("start") ? concat(index, chunks)
				: concat(chunks, index));
			final ZarrArray array = ZarrArray.open(a);
			assertEquals("uint8 [4, 4] in chunks of [2, 2]", array.metadata()
				.toString());
			assertArrayEquals(new byte[] { 1, 2, 3, 4 }, (byte[]) array.readChunk(
				new long[] { 0, 0 }).data());
			assertNull(array.readChunk(new long[] { 1, 0 }));
			assertArrayEquals(new byte[] { 5, 6, 7, 8 }, (byte[]) array.readChunk(
				new long[] { 0, 1 }).data());
			assertArrayEquals(new byte[] { 9, 10, 11, 12 }, (byte[]) array.readChunk(
				new long[] { 1, 1 }).data());
		}
	}

	/** An index whose entry points past the end of the shard, and a bad CRC. */
	@Test
	void damagedShardIndexIsReported() throws IOException {
		final Path a = folder.resolve("bad-shard");
		json(a, shardedJson("end"));
		final byte[] chunks = { 1, 2, 3, 4 };
		write(a.resolve("c/0/0"), concat(chunks, index(0, 4, -1, -1, 1000, 4, -1,
			-1)));
		final ZarrArray array = ZarrArray.open(a);
		assertArrayEquals(chunks, (byte[]) array.readChunk(new long[] { 0, 0 })
			.data());
		final FormatException outside = assertThrows(FormatException.class,
			() -> array.readChunk(new long[] { 0, 1 }));
		assertTrue(outside.getMessage().contains("c/0/0") && outside.getMessage()
			.contains("offset 1000"), outside.getMessage());
		final byte[] broken = concat(chunks, index(0, 4, -1, -1, -1, -1, -1, -1));
		broken[broken.length - 1] ^= 1;
		write(a.resolve("c/0/0"), broken);
		final FormatException crc = assertThrows(FormatException.class, () -> array
			.readChunk(new long[] { 0, 0 }));
		assertTrue(crc.getMessage().contains("shard index") && crc.getMessage()
			.contains("crc32c"), crc.getMessage());
	}

	/**
	 * {@code dimension_names} with some nulls: the named axes keep their names
	 * and each null, fastest first, takes the first of x, y, z, t, c no axis has,
	 * so ZAPBench's {@code ["x", "y", "z", "t", null]} ends in c; all nulls mean
	 * no names.
	 */
	@Test
	void someNullDimensionNamesKeepTheOthers() throws IOException {
		final String[][] cases = { { "\"x\", \"y\", \"z\", \"t\", null",
			"[c, t, z, y, x]" }, { "\"t\", null, \"x\", null, null",
				"[y, z, x, c, t]" }, { "null, null, null, null, null",
					"[x, y, z, t, c]" } };
		for (final String[] c : cases) {
			final Path a = folder.resolve("names" + c[1].hashCode());
			json(a, "{\"zarr_format\": 3, \"node_type\": \"array\", \"shape\": " +
				"[1, 1, 1, 1, 2], \"data_type\": \"uint8\", \"chunk_grid\": " +
				"{\"name\": \"regular\", \"configuration\": {\"chunk_shape\": " +
				"[1, 1, 1, 1, 2]}}, \"chunk_key_encoding\": {\"name\": \"default\"}, " +
				"\"fill_value\": 0, \"codecs\": [{\"name\": \"bytes\"}], " +
				"\"dimension_names\": [" + c[0] + "]}");
			assertEquals(c[1], new ZarrFormat().open(a).axes().toString(), c[0]);
		}
	}
}
