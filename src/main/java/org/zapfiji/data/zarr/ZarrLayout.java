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

import java.nio.ByteOrder;
import java.util.Arrays;

import org.zapfiji.data.codec.BloscCodec;

/**
 * How a new Zarr array is stored: version, compressor, byte order, element
 * order, chunk keys, checksum and sharding. Immutable; each {@code with...}
 * returns a changed copy.
 * <p>
 * The default is Zarr v3 with {@code bytes} (little-endian) and Blosc zstd
 * clevel 5 with byte shuffle: ZAPBench's compressor (it uses clevel 4 for its
 * raw video), one level tighter for exports that are written once.
 */
public final class ZarrLayout {

	private final int version;

	private final ZarrCompressor compressor;

	private final ByteOrder byteOrder;

	private final int[] transpose;

	private final String separator;

	private final boolean v2Keys;

	private final boolean crc32c;

	private final int[] shardShape;

	private ZarrLayout(final int version, final ZarrCompressor compressor,
		final ByteOrder byteOrder, final int[] transpose, final String separator,
		final boolean v2Keys, final boolean crc32c, final int[] shardShape)
	{
		this.version = version;
		this.compressor = compressor;
		this.byteOrder = byteOrder;
		this.transpose = transpose;
		this.separator = separator;
		this.v2Keys = v2Keys;
		this.crc32c = crc32c;
		this.shardShape = shardShape;
	}

	private static final ZarrCompressor DEFAULT_COMPRESSOR = ZarrCompressor.blosc(
		"zstd", 5, BloscCodec.Shuffle.BYTE, 0);

	/** Zarr v3, keys {@code c/i/j/k}, bytes little-endian, Blosc zstd 5. */
	public static ZarrLayout v3() {
		return new ZarrLayout(3, DEFAULT_COMPRESSOR, ByteOrder.LITTLE_ENDIAN, null,
			"/", false, false, null);
	}

	/** Zarr v2, order C, keys {@code i.j.k}, little-endian, Blosc zstd 5. */
	public static ZarrLayout v2() {
		return new ZarrLayout(2, DEFAULT_COMPRESSOR, ByteOrder.LITTLE_ENDIAN, null,
			".", true, false, null);
	}

	/** @param c null stores chunks uncompressed */
	public ZarrLayout withCompressor(final ZarrCompressor c) {
		return new ZarrLayout(version, c, byteOrder, transpose, separator, v2Keys,
			crc32c, shardShape);
	}

	public ZarrLayout withByteOrder(final ByteOrder order) {
		return new ZarrLayout(version, compressor, order, transpose, separator,
			v2Keys, crc32c, shardShape);
	}

	/**
	 * Element order inside a chunk, as a Zarr v3 {@code transpose} order (C-order
	 * axis indices, slowest first). For v2 only the identity (order "C") and the
	 * reversal (order "F") exist.
	 */
	public ZarrLayout withTranspose(final int... order) {
		return new ZarrLayout(version, compressor, byteOrder, order.clone(),
			separator, v2Keys, crc32c, shardShape);
	}

	/** Order "F" in v2; the reversing {@code transpose} in v3. */
	public ZarrLayout withFortranOrder(final int numDimensions) {
		final int[] order = new int[numDimensions];
		for (int d = 0; d < numDimensions; d++)
			order[d] = numDimensions - 1 - d;
		return withTranspose(order);
	}

	/** "/" or "." between chunk indices. */
	public ZarrLayout withSeparator(final String s) {
		if (!s.equals("/") && !s.equals(".")) throw new IllegalArgumentException(
			"chunk key separator must be '/' or '.', was '" + s + "'");
		return new ZarrLayout(version, compressor, byteOrder, transpose, s, v2Keys,
			crc32c, shardShape);
	}

	/** v3 only: keys without the {@code c} prefix, as v2 writes them. */
	public ZarrLayout withV2ChunkKeys() {
		return new ZarrLayout(version, compressor, byteOrder, transpose, separator,
			true, crc32c, shardShape);
	}

	/** v3 only: append a CRC-32C to every chunk. */
	public ZarrLayout withCrc32c() {
		return new ZarrLayout(version, compressor, byteOrder, transpose, separator,
			v2Keys, true, shardShape);
	}

	/**
	 * v3 only: store chunks in shards of {@code shape} (fastest first, a multiple
	 * of the chunk shape), index at the end with a CRC-32C.
	 */
	public ZarrLayout withShards(final int... shape) {
		return new ZarrLayout(version, compressor, byteOrder, transpose, separator,
			v2Keys, crc32c, shape.clone());
	}

	public int version() {
		return version;
	}

	public ZarrCompressor compressor() {
		return compressor;
	}

	public ByteOrder byteOrder() {
		return byteOrder;
	}

	/** The transpose order (C-order indices), or null for none. */
	public int[] transpose() {
		return transpose == null ? null : transpose.clone();
	}

	public String separator() {
		return separator;
	}

	public boolean v2ChunkKeys() {
		return v2Keys;
	}

	public boolean crc32c() {
		return crc32c;
	}

	/** Shard shape, fastest first, or null for no sharding. */
	public int[] shardShape() {
		return shardShape == null ? null : shardShape.clone();
	}

	@Override
	public String toString() {
		return "zarr v" + version + ", " + (compressor == null ? "uncompressed"
			: compressor) + ", " + byteOrder + (transpose == null ? ""
				: ", transpose " + Arrays.toString(transpose)) + (crc32c ? ", crc32c"
					: "") + (shardShape == null ? "" : ", shards " + Arrays.toString(
						shardShape));
	}
}
