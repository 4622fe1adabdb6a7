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

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.Chunk;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * Damaged N5 input gives a {@link FormatException} that names the file, before
 * anything is allocated from the damaged header.
 */
class N5BadInputTest {

	@TempDir
	Path folder;

	private N5Array array;

	private Path block;

	@BeforeEach
	void writeOneGoodDataset() throws IOException {
		final N5Container n5 = N5Container.create(folder.resolve("c.n5"));
		array = n5.createDataset("a", ArrayMetadata.of(new long[] { 8, 8, 8 },
			new int[] { 4, 4, 4 }, DataType.UINT16, 0L, List.of()), N5Compression
				.gzip(-1));
		array.writeChunk(new long[] { 0, 0, 0 }, new Chunk(new int[] { 4, 4, 4 },
			new short[64]));
		block = folder.resolve("c.n5/a/0/0/0");
	}

	@Test
	void wrongNumberOfDimensions() throws IOException {
		writeHeader(0, 2, 4, 4);
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"number of dimensions");
	}

	@Test
	void blockLargerThanTheBlockSize() throws IOException {
		writeHeader(0, 3, 4, 4, 1 << 30);
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"block size");
	}

	@Test
	void negativeSizeReadAsUnsignedIsRefused() throws IOException {
		writeHeader(0, 3, -1, 4, 4);
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"block size");
	}

	@Test
	void truncatedData() throws IOException {
		final byte[] bytes = Files.readAllBytes(block);
		Files.write(block, java.util.Arrays.copyOf(bytes, bytes.length - 10));
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"gzip");
	}

	@Test
	void truncatedHeader() throws IOException {
		Files.write(block, new byte[] { 0, 0, 0, 3, 0, 0 });
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"header");
	}

	@Test
	void objectModeIsUnsupported() throws IOException {
		writeHeader(2, 3, 4, 4, 4);
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"mode 2");
	}

	@Test
	void varlengthCountMustMatchTheBlockSize() throws IOException {
		writeHeader(1, 3, 4, 4, 4, 1 << 30);
		assertNamesTheBlock(assertThrows(FormatException.class, this::read),
			"element count");
	}

	@Test
	void rawBlockOfTheWrongLength() throws IOException {
		final N5Array raw = N5Container.open(folder.resolve("c.n5")).createDataset(
			"r", array.metadata(), N5Compression.raw());
		raw.writeChunk(new long[] { 0, 0, 0 }, new Chunk(new int[] { 4, 4, 4 },
			new short[64]));
		final Path file = folder.resolve("c.n5/r/0/0/0");
		final byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 1));
		final FormatException e = assertThrows(FormatException.class, () -> raw
			.readChunk(new long[] { 0, 0, 0 }));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}

	@Test
	void corruptAttributesNameTheFile() throws IOException {
		final Path attributes = folder.resolve("c.n5/a/attributes.json");
		Files.writeString(attributes, "{\"dimensions\": [8, 8");
		final FormatException e = assertThrows(FormatException.class,
			() -> N5Container.open(folder.resolve("c.n5")).openDataset("a"));
		assertTrue(e.getMessage().contains(attributes.toString()), e.getMessage());
	}

	@Test
	void overflowingDimensionsAreRefused() throws IOException {
		final Path attributes = folder.resolve("c.n5/a/attributes.json");
		Files.writeString(attributes,
			"{\"dimensions\": [4294967296, 4294967296, 4294967296], " +
				"\"blockSize\": [4, 4, 4], \"dataType\": \"uint16\", " +
				"\"compression\": {\"type\": \"raw\"}}");
		final FormatException e = assertThrows(FormatException.class,
			() -> N5Container.open(folder.resolve("c.n5")).openDataset("a"));
		assertTrue(e.getMessage().contains("overflows"), e.getMessage());
	}

	@Test
	void unknownCompressionIsNamed() throws IOException {
		final Path attributes = folder.resolve("c.n5/a/attributes.json");
		Files.writeString(attributes, "{\"dimensions\": [8, 8, 8], " +
			"\"blockSize\": [4, 4, 4], \"dataType\": \"uint16\", " +
			"\"compression\": {\"type\": \"bzip2\"}}");
		final FormatException e = assertThrows(FormatException.class,
			() -> N5Container.open(folder.resolve("c.n5")).openDataset("a"));
		assertTrue(e.getMessage().contains("bzip2"), e.getMessage());
	}

	@Test
	void datasetPathCannotLeaveTheContainer() throws IOException {
		assertThrows(FormatException.class, () -> N5Container.open(folder.resolve(
			"c.n5")).openDataset("../elsewhere"));
	}

	private void read() throws IOException {
		N5Container.open(folder.resolve("c.n5")).openDataset("a").readChunk(
			new long[] { 0, 0, 0 });
	}

	private void writeHeader(final int mode, final int ndim, final int... values)
		throws IOException
	{
		final ByteBuffer header = ByteBuffer.allocate(4 + 4 * values.length + 16);
		header.putShort((short) mode).putShort((short) ndim);
		for (final int v : values)
			header.putInt(v);
		Files.write(block, header.array());
	}

	private void assertNamesTheBlock(final FormatException e,
		final String problem)
	{
		assertTrue(e.getMessage().contains(block.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
	}
}
