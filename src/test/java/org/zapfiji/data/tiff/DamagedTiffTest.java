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

package org.zapfiji.data.tiff;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.ArrayMetadata;
import org.zapfiji.data.ChunkWriter;
import org.zapfiji.data.DataType;
import org.zapfiji.data.FormatException;

/**
 * Damaged files fail with a {@link FormatException} that names the file and the
 * field, quickly, without allocating what the damage claims.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class DamagedTiffTest {

	@TempDir
	Path folder;

	private Path good;

	private TiffLayout layout;

	@BeforeEach
	void writeGoodFile() throws IOException {
		good = folder.resolve("good.tif");
		final ArrayMetadata meta = ArrayMetadata.of(new long[] { 16, 8, 3 },
			new int[] { 16, 8, 1 }, DataType.UINT16, 0L, List.of("x", "y", "z"));
		try (TiffWriter w = TiffWriter.create(good, meta, new double[] { 1, 1, 1 },
			List.of("", "", "")))
		{
			for (final long[] p : ChunkWriter.gridPositions(meta.gridShape()))
				w.writeChunk(p, new org.zapfiji.data.Chunk(meta.cellShape(p),
					new short[128]));
			w.commit();
		}
		layout = new TiffLayout(16, 8, DataType.UINT16, 3, new ImageJDescription(3,
			1, 3, 1, "", 1, Double.NaN, null).format(), 1, 1);
	}

	@Test
	void truncatedFile() throws IOException {
		final byte[] bytes = Files.readAllBytes(good);
		final Path cut = write("cut.tif", java.util.Arrays.copyOf(bytes,
			bytes.length - 40));
		expectFailure(cut, "IFD");
		expectFailure(write("tiny.tif", new byte[] { 'I', 'I', 42 }), "header");
	}

	@Test
	void directoryOffsetBeyondTheFile() throws IOException {
		final byte[] bytes = Files.readAllBytes(good);
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1 << 30);
		expectFailure(write("far.tif", bytes), "IFD 0");
	}

	@Test
	void stripByteCountBeyondTheFile() throws IOException {
		final byte[] bytes = Files.readAllBytes(good);
		final int at = entryValue(bytes, layout.directoryOffset(1),
			TiffTags.STRIP_BYTE_COUNTS);
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at,
			0x7fffffff);
		expectFailure(write("long-strip.tif", bytes), "StripByteCounts");
	}

	@Test
	void directoryChainThatLoops() throws IOException {
		final byte[] bytes = Files.readAllBytes(good);
		final long last = layout.directoryOffset(2);
		final int next = (int) (last + 2 + 14 * 12);
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(next,
			(int) layout.directoryOffset(1));
		expectFailure(write("loop.tif", bytes), "loops back");
	}

	@Test
	void hugeDimensionsAreRefusedBeforeAllocating() throws IOException {
		final byte[] bytes = Files.readAllBytes(good);
		final int at = entryValue(bytes, layout.directoryOffset(0),
			TiffTags.IMAGE_WIDTH);
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at,
			0x7fffffff);
		expectFailure(write("wide.tif", bytes), "IFD 0");
	}

	/** Byte index of the value field of {@code tag} in the IFD at {@code ifd}. */
	private static int entryValue(final byte[] bytes, final long ifd,
		final int tag)
	{
		final ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		final int n = b.getShort((int) ifd);
		for (int i = 0; i < n; i++) {
			final int entry = (int) ifd + 2 + i * 12;
			if ((b.getShort(entry) & 0xffff) == tag) return entry + 8;
		}
		throw new AssertionError("no tag " + tag);
	}

	private Path write(final String name, final byte[] bytes) throws IOException {
		return Files.write(folder.resolve(name), bytes);
	}

	private static void expectFailure(final Path file, final String field) {
		final FormatException e = assertThrows(FormatException.class,
			() -> VoxelDigest.of(TiffArray.open(file)));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(field), e.getMessage());
	}
}
