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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.DebianPython;
import org.zapfiji.data.Volume;

/**
 * What we write is N5 byte for byte: the example block of the N5 README, the
 * container and dataset attributes, truncated edge blocks; and an independent
 * reader (Python's gzip and struct) reads our gzip blocks.
 */
class N5LayoutTest {

	@TempDir
	Path folder;

	@Test
	void rawBlockMatchesTheExampleOfTheSpecification() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		final N5Array array = n5.createDataset("a", ArrayMetadata.of(new long[] { 1,
			2, 3 }, new int[] { 1, 2, 3 }, DataType.UINT16, 0L, List.of()),
			N5Compression.raw());
		array.writeChunk(new long[] { 0, 0, 0 }, new Chunk(new int[] { 1, 2, 3 },
			new short[] { 1, 2, 3, 4, 5, 6 }));
		final byte[] expected = { 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0,
			1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6 };
		assertArrayEquals(expected, Files.readAllBytes(folder.resolve(
			"c.n5/a/0/0/0")));
	}

	@Test
	void attributesSayVersionShapeTypeAndCompression() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		n5.createDataset("g/volume", ArrayMetadata.of(new long[] { 100, 200, 30 },
			new int[] { 64, 64, 8 }, DataType.FLOAT32, 0L, List.of()), N5Compression
				.gzip(5));
		final JsonObject root = json(folder.resolve("c.n5/attributes.json"));
		assertEquals("4.0.0", root.get("n5").getAsString());
		final JsonObject dataset = json(folder.resolve(
			"c.n5/g/volume/attributes.json"));
		assertEquals("[100,200,30]", dataset.get("dimensions").toString());
		assertEquals("[64,64,8]", dataset.get("blockSize").toString());
		assertEquals("float32", dataset.get("dataType").getAsString());
		assertEquals("gzip", dataset.getAsJsonObject("compression").get("type")
			.getAsString());
		assertEquals(5, dataset.getAsJsonObject("compression").get("level")
			.getAsInt());
	}

	@Test
	void edgeBlocksAreStoredTruncated() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 5, 3 }, new int[] {
			4, 2 }, DataType.UINT8, 0L, List.of());
		final N5Array array = n5.createDataset("a", meta, N5Compression.raw());
		array.writeChunk(new long[] { 1, 1 }, new Chunk(new int[] { 1, 1 },
			new byte[] { 42 }));
		final ByteBuffer block = ByteBuffer.wrap(Files.readAllBytes(folder.resolve(
			"c.n5/a/1/1")));
		assertEquals(4 + 8 + 1, block.capacity());
		assertEquals(1, block.getInt(4));
		assertEquals(1, block.getInt(8));
		assertEquals(42, block.get(12));
	}

	@Test
	void groupsKeepTheirAttributes() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		final JsonObject attributes = new JsonObject();
		attributes.addProperty("description", "fish 3");
		n5.setAttributes("experiments/fish3", attributes);
		final JsonObject more = new JsonObject();
		more.addProperty("frames", 7879);
		n5.setAttributes("experiments/fish3", more);
		final JsonObject read = N5Container.open(folder.resolve("c.n5")).attributes(
			"experiments/fish3");
		assertEquals("fish 3", read.get("description").getAsString());
		assertEquals(7879, read.get("frames").getAsInt());
		assertEquals(List.of("fish3"), n5.list("experiments"));
	}

	@Test
	void pythonReadsOurGzipBlocks() throws IOException {
		DebianPython.assumeModules("numpy");
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		final N5Array array = n5.createDataset("a", ArrayMetadata.of(new long[] { 3,
			2 }, new int[] { 3, 2 }, DataType.UINT16, 0L, List.of()), N5Compression
				.gzip(6));
		array.writeChunk(new long[] { 0, 0 }, new Chunk(new int[] { 3, 2 },
			new short[] { 1, 2, 3, 400, 500, (short) 60000 }));
		final String out = DebianPython.run(String.join("\n",
			"import gzip, struct, sys", "import numpy as np",
			"b = open(sys.argv[1], 'rb').read()",
			"mode, n = struct.unpack('>HH', b[:4])",
			"shape = struct.unpack('>' + 'I' * n, b[4:4 + 4 * n])",
			"v = np.frombuffer(gzip.decompress(b[4 + 4 * n:]), '>u2')",
			"print(mode, shape, list(v.reshape(shape[::-1]).ravel()))"), folder
				.resolve("c.n5/a/0/0").toString()).expectSuccess();
		assertEquals("0 (3, 2) [1, 2, 3, 400, 500, 60000]", out.trim());
	}

	@Test
	void aGroupOfScaleLevelsOpensAsOneVolume() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		n5.createDataset("s0", ArrayMetadata.of(new long[] { 64, 32, 8 },
			new int[] { 16, 16, 8 }, DataType.UINT16, 0L, List.of("x", "y", "z")),
			N5Compression.raw());
		n5.createDataset("s1", ArrayMetadata.of(new long[] { 32, 16, 8 },
			new int[] { 16, 16, 8 }, DataType.UINT16, 0L, List.of("x", "y", "z")),
			N5Compression.raw());
		final JsonObject resolution = JsonParser.parseString(
			"{\"resolution\": [0.406, 0.406, 4.0]}").getAsJsonObject();
		n5.setAttributes("", resolution);
		final N5Format format = new N5Format();
		assertTrue(format.recognizes(folder.resolve("c.n5")));
		final Volume volume = format.open(folder.resolve("c.n5"));
		assertEquals(2, volume.numLevels());
		assertArrayEquals(new double[] { 2, 2, 1 }, volume.downsampling(1));
		assertArrayEquals(new double[] { 0.406, 0.406, 4.0 }, volume.spacing());
		assertEquals(List.of("x", "y", "z"), volume.axes());
	}

	@Test
	void paddedEdgeBlocksOfOtherWritersAreCut() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		final N5Array array = n5.createDataset("a", ArrayMetadata.of(new long[] { 3,
			3 }, new int[] { 2, 2 }, DataType.UINT8, 0L, List.of()), N5Compression
				.raw());
		// block (1, 1) holds one voxel of the array, stored padded to 2 x 2
		Files.createDirectories(folder.resolve("c.n5/a/1"));
		Files.write(folder.resolve("c.n5/a/1/1"), new byte[] { 0, 0, 0, 2, 0, 0, 0,
			2, 0, 0, 0, 2, 9, 8, 7, 6 });
		final Chunk chunk = array.readChunk(new long[] { 1, 1 });
		assertArrayEquals(new int[] { 1, 1 }, chunk.shape());
		assertArrayEquals(new byte[] { 9 }, (byte[]) chunk.data());
	}

	private static JsonObject json(final Path file) throws IOException {
		return JsonParser.parseString(Files.readString(file,
			StandardCharsets.UTF_8)).getAsJsonObject();
	}
}
