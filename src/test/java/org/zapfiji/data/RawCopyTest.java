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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zapfiji.data.codec.BloscCodec;
import org.zapfiji.data.tiff.TiffArray;
import org.zapfiji.data.tiff.TiffVolumes;
import org.zapfiji.data.zarr.ZarrArray;
import org.zapfiji.data.zarr.ZarrCompressor;
import org.zapfiji.data.zarr.ZarrLayout;
import org.zapfiji.task.Progress;

/**
 * {@link ChunkWriter#copy} from arrays with raw chunks (uncompressed Zarr,
 * TIFF) moves bytes without Java arrays, into raw or encoding targets; it must
 * give the same voxels as the decoding path, with edge chunks, a missing chunk
 * and either byte order.
 */
class RawCopyTest {

	private static final long[] SHAPE = { 37, 23, 9, 2 };

	private static final List<String> AXES = List.of("x", "y", "z", "t");

	@TempDir
	Path folder;

	/** Voxel value; plane z = 4 is not stored and reads as the fill value 3. */
	private static int expected(final long x, final long y, final long z,
		final long t)
	{
		return z == 4 ? 3 : (int) ((x + 37 * y) * 7 + z * 1000 + t * 20000) &
			0xffff;
	}

	private ZarrArray source() throws IOException {
		final ZarrArray source = ZarrArray.create(folder.resolve("source.zarr"),
			ArrayMetadata.of(SHAPE, new int[] { 16, 23, 1, 1 }, DataType.UINT16, 3,
				AXES), ZarrLayout.v3().withCompressor(null));
		for (final long[] p : ChunkWriter.gridPositions(source.metadata()
			.gridShape()))
		{
			if (p[2] == 4) continue;
			final int[] shape = source.metadata().cellShape(p);
			final short[] data = new short[shape[0] * shape[1]];
			for (int y = 0; y < shape[1]; y++)
				for (int x = 0; x < shape[0]; x++)
					data[y * shape[0] + x] = (short) expected(p[0] * 16 + x, y, p[2],
						p[3]);
			source.writeChunk(p, new Chunk(shape, data));
		}
		return source;
	}

	private static void assertVoxels(final ChunkedArray array)
		throws IOException
	{
		final ArrayMetadata meta = array.metadata();
		for (final long[] p : ChunkWriter.gridPositions(meta.gridShape())) {
			final int[] shape = meta.cellShape(p);
			final short[] data = (short[]) array.readChunk(p).data();
			int i = 0;
			for (int t = 0; t < shape[3]; t++)
				for (int z = 0; z < shape[2]; z++)
					for (int y = 0; y < shape[1]; y++)
						for (int x = 0; x < shape[0]; x++, i++)
							assertEquals(expected(p[0] * meta.chunkShape()[0] + x, p[1] * meta
								.chunkShape()[1] + y, p[2] * meta.chunkShape()[2] + z, p[3] *
									meta.chunkShape()[3] + t), data[i] & 0xffff, array
										.location() + " chunk " + java.util.Arrays.toString(p) +
										" element " + i);
		}
	}

	private ZarrArray copyTo(final String name, final ZarrLayout layout)
		throws IOException
	{
		final ZarrArray target = ZarrArray.create(folder.resolve(name),
			ArrayMetadata.of(SHAPE, new int[] { 8, 5, 4, 2 }, DataType.UINT16, 0,
				AXES), layout);
		ChunkWriter.copy(source(), target, 2, Progress.silent());
		return target;
	}

	@Test
	void zarrToZarrAcrossChunkingsAndByteOrders() throws IOException {
		final ZarrArray raw = copyTo("raw.zarr", ZarrLayout.v3().withCompressor(
			null));
		assertTrue(raw.hasRawChunks());
		assertVoxels(raw);
		assertVoxels(copyTo("big-endian.zarr", ZarrLayout.v3().withCompressor(null)
			.withByteOrder(ByteOrder.BIG_ENDIAN)));
		assertVoxels(copyTo("blosc.zarr", ZarrLayout.v3().withCompressor(
			ZarrCompressor.blosc("lz4", 5, BloscCodec.Shuffle.BYTE, 0))));
	}

	/**
	 * Raw chunks into compressed, transposed, checksummed or sharded targets: the
	 * bytes go to the target's codecs without a Java array.
	 */
	@Test
	void rawChunksIntoEncodingTargets() throws IOException {
		final ZarrCompressor zstd = ZarrCompressor.blosc("zstd", 4,
			BloscCodec.Shuffle.BIT, 0);
		assertVoxels(copyTo("zstd.zarr", ZarrLayout.v3().withCompressor(zstd)));
		assertVoxels(copyTo("transposed.zarr", ZarrLayout.v3().withCompressor(zstd)
			.withTranspose(1, 0, 2, 3)));
		assertVoxels(copyTo("crc.zarr", ZarrLayout.v3().withCompressor(
			ZarrCompressor.gzip(5)).withCrc32c()));
		assertVoxels(copyTo("sharded.zarr", ZarrLayout.v3().withCompressor(zstd)
			.withShards(16, 10, 4, 2)));
		assertVoxels(copyTo("v2.zarr", ZarrLayout.v2().withCompressor(ZarrCompressor
			.zstd(3))));
	}

	@Test
	void zarrToTiffAndBack() throws IOException {
		final Path tiff = folder.resolve("copy.tif");
		TiffVolumes.write(Volume.single("copy", source(), AXES, new double[] { 1, 1,
			1, 1 }, List.of("", "", "", "")), tiff, 2, Progress.silent());
		final TiffArray written = TiffArray.open(tiff);
		assertVoxels(written);
		final ZarrArray back = ZarrArray.create(folder.resolve("back.zarr"),
			ArrayMetadata.of(SHAPE, new int[] { 8, 5, 4, 2 }, DataType.UINT16, 0,
				AXES), ZarrLayout.v3().withCompressor(null));
		ChunkWriter.copy(written, back, 2, Progress.silent());
		assertVoxels(back);
	}
}
